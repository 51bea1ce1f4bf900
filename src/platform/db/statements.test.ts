import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PARAMETERS_A_STATEMENT, ROWS_A_STATEMENT, inStatements } from './statements.ts';

/** The parts `inStatements` hands to its statement, as their row counts and the rows in order. */
async function parts<T extends object>(rows: readonly T[], limit?: number) {
  const seen: T[][] = [];
  await inStatements(
    rows,
    async (part) => {
      seen.push(part);
    },
    limit,
  );
  return seen;
}

describe('rows in statements under the parameter limit', () => {
  it('makes no statement for no rows', async () => {
    assert.deepEqual(await parts([]), []);
  });

  it('keeps every statement under the limit, in as few statements as that allows, rows in order', async () => {
    // A hundred columns: 300 rows a statement, fewer than ROWS_A_STATEMENT.
    const rows = Array.from({ length: 1_001 }, (_, i) => ({
      id: i,
      ...Object.fromEntries(Array.from({ length: 99 }, (_, c) => [`c${c}`, c])),
    }));
    const seen = await parts(rows);
    assert.deepEqual(
      seen.map((p) => p.length),
      [300, 300, 300, 101],
    );
    for (const p of seen) assert.ok(p.length * 100 <= PARAMETERS_A_STATEMENT);
    assert.deepEqual(
      seen.flat().map((r) => r.id),
      rows.map((r) => r.id),
    );
  });

  it('writes at most ROWS_A_STATEMENT rows a statement, so full parts share one statement text', async () => {
    const rows = Array.from({ length: 1_201 }, (_, i) => ({ term: `w${i}` }));
    assert.deepEqual(
      (await parts(rows)).map((p) => p.length),
      [ROWS_A_STATEMENT, ROWS_A_STATEMENT, 201],
    );
  });

  it('counts every column any row has, since a multi-row insert names them all', async () => {
    const rows: Array<Record<string, number>> = [{ a: 1 }, { a: 2, b: 2, c: 2, d: 2 }, { a: 3 }, { a: 4 }, { a: 5 }];
    assert.deepEqual(
      (await parts(rows, 8)).map((p) => p.length),
      [2, 2, 1],
    );
  });

  it('writes a row a statement when one row alone reaches the limit', async () => {
    const rows = [
      { a: 1, b: 1, c: 1 },
      { a: 2, b: 2, c: 2 },
    ];
    assert.deepEqual(
      (await parts(rows, 2)).map((p) => p.length),
      [1, 1],
    );
  });
});
