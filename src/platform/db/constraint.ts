/**
 * A write refused by a unique constraint is the user's problem (that year
 * already has a plan), not a server fault. Both engines say so in their own
 * words; this reads the column out of either.
 */
export function uniqueViolation(error: unknown): { column: string | null } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, detail } = error as { code?: unknown; message?: unknown; detail?: unknown };
  // better-sqlite3: "UNIQUE constraint failed: action_plan.year"
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const column = /constraint failed: \w+\.(\w+)/.exec(String(message))?.[1];
    return { column: column ?? null };
  }
  // PostgreSQL 23505: "Key (year)=(7) already exists."
  if (code === '23505') {
    const column = /^Key \((\w+)\)/.exec(String(detail))?.[1];
    return { column: column ?? null };
  }
  return null;
}
