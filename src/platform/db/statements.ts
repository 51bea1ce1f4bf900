/** Below both engines' limit on a statement's parameters (SQLite 32,766, PostgreSQL 65,535). */
export const PARAMETERS_A_STATEMENT = 30_000;

/**
 * Rows a statement at most: parts of one size share one statement text, which the SQLite
 * connection prepares once and keeps (connect.ts); a part of thousands of rows would be prepared
 * anew each time and kept, a large text, among the connection's 500 statements.
 */
export const ROWS_A_STATEMENT = 500;

/**
 * Writes `rows` in as few statements as the parameter limit allows (and at most ROWS_A_STATEMENT
 * rows each), one after another and in order:
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
  const size = Math.max(1, Math.min(ROWS_A_STATEMENT, Math.floor(limit / Math.max(1, columns.size))));
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
