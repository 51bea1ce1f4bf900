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

// The cache in KiB (negative, SQLite's way of saying so); the map at most 0x7fff0000 bytes
// (SQLITE_MAX_MMAP_SIZE), so a larger record is mapped in part.
const BULK = { cache_size: -128 * 1024, mmap_size: 0x7fff_0000 } as const;
type Setting = keyof typeof BULK;

export async function withBulkCache<T>(db: Db, write: () => Promise<T>): Promise<T> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return write();
  const settings = Object.keys(BULK) as Setting[];
  // A pragma answers one row, its column named after it.
  const before = new Map<Setting, number>();
  for (const name of settings)
    before.set(
      name,
      Number((await sql<Record<Setting, number>>`${sql.raw(`pragma ${name}`)}`.execute(db)).rows[0]?.[name]),
    );
  const set = async (values: (name: Setting) => number) => {
    for (const name of settings) await sql.raw(`pragma ${name} = ${Math.trunc(values(name))}`).execute(db);
  };
  await set((name) => BULK[name]);
  try {
    return await write();
  } finally {
    await set((name) => before.get(name)!);
  }
}
