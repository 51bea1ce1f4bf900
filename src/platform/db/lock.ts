/**
 * Serializes writers that check-then-insert (is this release a duplicate?
 * which slug is free?). SQLite already runs one write transaction at a time;
 * PostgreSQL's read-committed transactions do not, so there the transaction
 * first takes an advisory lock named after what it guards, held until it ends.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database.ts';

export async function lockForTransaction(trx: Db, name: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
}
