/** Below both engines' limit on a statement's parameters (SQLite 32,766, PostgreSQL 65,535). */
export const PARAMETERS_A_STATEMENT = 30_000;

/**
 * Writes `rows` in as few statements as the parameter limit allows, one after another and in order:
 * `write` makes one statement of a part (an insert, with its conflict clause if it has one). A row binds
 * one parameter a column, and a multi-row insert names every column any of its rows has, so the size of
 * a part is reckoned from all the columns the rows have between them.
 */
export async function inStatements<T extends object>(
  rows: readonly T[],
  write: (part: T[]) => Promise<unknown>,
  limit = PARAMETERS_A_STATEMENT,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  const size = Math.max(1, Math.floor(limit / Math.max(1, columns.size)));
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
