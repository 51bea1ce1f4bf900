/**
 * A large write (an import of thousands of releases or articles) on SQLite reads the record
 * through a memory map and gets a larger page cache, for its span only. Such a transaction
 * touches far more pages than the cache holds: without the map every page it reads again
 * (FTS5 merging its word lists, a B-tree page between two earlier inserts) is a system call,
 * and the 100,000-release import bench spent a third of its time in the kernel. With the map
 * (up to 2 GB, SQLite's own ceiling) and 128 MB of cache the same import ran about two fifths
 * faster (README, "Figures"). Both are put back afterwards, so a serving process keeps its
 * small cache and maps nothing (the memory figure of issue 17). PostgreSQL: nothing to do.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database.ts';

const BULK_CACHE_KIB = 128 * 1024;
// SQLite maps at most 0x7fff0000 bytes (SQLITE_MAX_MMAP_SIZE); a larger record is mapped in part.
const BULK_MMAP_BYTES = 0x7fff_0000;

export async function withBulkCache<T>(db: Db, write: () => Promise<T>): Promise<T> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return write();
  // A pragma answers a row whose one column is named after it.
  const setting = async (name: 'cache_size' | 'mmap_size') => {
    const row = (await sql<Record<string, number>>`${sql.raw(`pragma ${name}`)}`.execute(db)).rows[0];
    return Math.trunc(Number(row?.[name] ?? 0));
  };
  const [cache, mmap] = [await setting('cache_size'), await setting('mmap_size')];
  await sql.raw(`pragma cache_size = -${BULK_CACHE_KIB}`).execute(db);
  await sql.raw(`pragma mmap_size = ${BULK_MMAP_BYTES}`).execute(db);
  try {
    return await write();
  } finally {
    await sql.raw(`pragma cache_size = ${cache || -2000}`).execute(db);
    await sql.raw(`pragma mmap_size = ${mmap}`).execute(db);
  }
}
