/**
 * A large write (an import of thousands of releases or articles) on SQLite gets a larger
 * page cache for its span. At SQLite's default of 2 MB such a transaction spills pages to the
 * WAL and reads them back, again and again; with 32 MB a late file of the 100,000-release
 * import bench took 8–10 % less time (three runs each, alternated). The default is put back afterwards, so a serving
 * process keeps its small cache (the memory figure of issue 17). PostgreSQL: nothing to do.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database.ts';

const BULK_CACHE_KIB = 32 * 1024;

export async function withBulkCache<T>(db: Db, write: () => Promise<T>): Promise<T> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return write();
  const before = await sql<{ cache_size: number }>`pragma cache_size`.execute(db);
  const size = Number(before.rows[0]?.cache_size ?? -2000);
  await sql.raw(`pragma cache_size = -${BULK_CACHE_KIB}`).execute(db);
  try {
    return await write();
  } finally {
    await sql.raw(`pragma cache_size = ${Math.trunc(size)}`).execute(db);
  }
}
