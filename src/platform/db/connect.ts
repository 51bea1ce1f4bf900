/**
 * The one place that knows which engine runs. `DATABASE_URL` is a SQLite file
 * path (the default, `data/secretariat.sqlite`) or a `postgres://` URL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDriver,
} from 'kysely';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { Database } from './database.ts';

export type Engine = 'sqlite' | 'postgres';

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE), not at
 * their first write: a deferred transaction that meets another process's
 * write fails at once with SQLITE_BUSY, while an immediate one waits out the
 * busy timeout like any other statement (a server and an import at once).
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver() as SqliteDriver;
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

export type Store = Readonly<{
  db: Kysely<Database>;
  engine: Engine /** Queries run so far: tests use it to prove a page was served from memory. */;
  queries: () => number;
}>;

export function engineOf(url: string): Engine {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** The file a SQLite `DATABASE_URL` names (`sqlite:` prefix optional), or `:memory:`. */
export function sqliteFile(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

export function connect(url: string): Store {
  let count = 0;
  const log = () => {
    count++;
  };
  const queries = () => count;
  if (engineOf(url) === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log }), engine: 'postgres', queries };
  }
  const file = sqliteFile(url);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // A write that returned success must survive a crash of the process and of the machine:
  // FULL syncs the WAL at every commit (NORMAL could lose the last ones to a power cut; see decision 008).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  // Kysely prepares every statement anew; the same few hundred texts repeat, so each is
  // prepared once (an import's writes spent a seventh of their time preparing).
  const statements = new LRUCache<string, SqliteDatabase.Statement>({ max: 500 });
  const cached = new Proxy(sqlite, {
    get(target, key) {
      if (key === 'prepare')
        return (text: string) => {
          let statement = statements.get(text);
          if (!statement) {
            statement = target.prepare(text);
            statements.set(text, statement);
          }
          return statement;
        };
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cached }), log }),
    engine: 'sqlite',
    queries,
  };
}
