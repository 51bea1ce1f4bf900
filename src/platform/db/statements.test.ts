import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PARAMETERS_A_STATEMENT, inStatements } from './statements.ts';

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
    const rows = Array.from({ length: 25_001 }, (_, i) => ({ id: i, a: 'x', b: null }));
    const seen = await parts(rows);
    // Three columns: 10,000 rows a statement.
    assert.deepEqual(
      seen.map((p) => p.length),
      [10_000, 10_000, 5_001],
    );
    for (const p of seen) assert.ok(p.length * 3 <= PARAMETERS_A_STATEMENT);
    assert.deepEqual(
      seen.flat().map((r) => r.id),
      rows.map((r) => r.id),
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
