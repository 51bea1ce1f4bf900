/**
 * Backups of the record with each engine's own tool, and their restore into an
 * empty record. SQLite: the online backup API, so the server can keep running;
 * the copy is one self-contained database file. PostgreSQL: `pg_dump` in its
 * custom format, read back by `pg_restore`. A backup is made in the engine of
 * `DATABASE_URL` and restored only into that engine. See decision 008.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, delimiter, dirname, join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { type Engine, engineOf, sqliteFile } from './connect.ts';

/** Why a backup or a restore was refused or failed, in one line for the command line. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** The table Kysely's migrator keeps: a database without it is not a Secretariat record. */
const MIGRATIONS_TABLE = 'kysely_migration';

const ENGINE_NAME: Record<Engine, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export async function backup(url: string, file: string): Promise<{ bytes: number }> {
  if (existsSync(file)) throw new BackupError(`${file} already exists: a backup never overwrites a file`);
  if (!existsSync(dirname(file))) throw new BackupError(`${dirname(file)}: no such folder`);
  // Written beside its final name and renamed when complete: a failed backup leaves no file that looks whole.
  const partial = join(dirname(file), `.${basename(file)}.partial-${randomBytes(4).toString('hex')}`);
  try {
    if (engineOf(url) === 'postgres') await dumpPostgres(url, partial);
    else await backupSqlite(url, partial);
    syncFile(partial);
    renameSync(partial, file);
    syncFile(dirname(file));
  } finally {
    rmSync(partial, { force: true });
  }
  return { bytes: statSync(file).size };
}

export async function restore(file: string, url: string): Promise<void> {
  const engine = engineOf(url);
  const format = formatOf(file);
  if (format === null)
    throw new BackupError(`${file} is not a Secretariat backup (neither a SQLite file nor a pg_dump archive)`);
  if (format !== engine) {
    throw new BackupError(
      `${file} is a ${ENGINE_NAME[format]} backup and DATABASE_URL names a ${ENGINE_NAME[engine]} record: restore it into ${ENGINE_NAME[format]}`,
    );
  }
  if (engine === 'postgres') await restorePostgres(file, url);
  else await restoreSqlite(file, url);
}

/** The engine a backup file was made by, told by its first bytes. */
function formatOf(file: string): Engine | null {
  const head = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new BackupError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.equals(Buffer.from('SQLite format 3\0'))) return 'sqlite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  return null;
}

/** Flushes a file (or a folder, so a rename in it is kept) to the disk. */
function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// ---- SQLite

function recordFile(url: string): string {
  const file = sqliteFile(url);
  if (file === ':memory:') throw new BackupError('DATABASE_URL is :memory:, a record that lives only in its process');
  return file;
}

function openSqlite(file: string, what: string): SqliteDatabase.Database {
  if (!existsSync(file)) throw new BackupError(`${what} ${file} does not exist`);
  try {
    const db = new SqliteDatabase(file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    throw new BackupError(`${what} ${file} cannot be opened: ${(error as Error).message}`);
  }
}

async function backupSqlite(url: string, partial: string): Promise<void> {
  const source = openSqlite(recordFile(url), 'the record');
  try {
    await source.backup(partial);
  } catch (error) {
    throw new BackupError(`the backup failed: ${(error as Error).message}`);
  } finally {
    source.close();
  }
}

/**
 * "Empty" for SQLite: no file yet, or a file whose ordinary tables, Kysely's
 * migration bookkeeping aside, have no rows (a record migrated but never
 * loaded). Such a file holds nothing a restore could lose, so it is replaced.
 */
function refuseUnlessEmptySqlite(file: string): void {
  if (existsSync(file) && statSync(file).size > 0) {
    const db = openSqlite(file, 'the record');
    try {
      const tables = db
        .prepare(
          `select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like '${MIGRATIONS_TABLE}%'`,
        )
        .pluck()
        .all() as string[];
      const full = tables.find(
        (name) => db.prepare(`select 1 from "${name.replaceAll('"', '""')}" limit 1`).get() !== undefined,
      );
      if (full)
        throw new BackupError(
          `the record ${file} is not empty (table ${full} has rows): restore into a new DATABASE_URL`,
        );
    } catch (error) {
      if (error instanceof BackupError) throw error;
      throw new BackupError(`the record ${file} cannot be read: ${(error as Error).message}`);
    } finally {
      db.close();
    }
  }
  // Closing the last connection removes the write-ahead log; one still there belongs to another process.
  if (existsSync(`${file}-wal`))
    throw new BackupError(`${file}-wal exists: the record is open in another process; stop it first`);
}

/** Refuses a copy that is damaged or is not a Secretariat record. */
function checkSqliteRecord(copy: string, file: string): void {
  let db: SqliteDatabase.Database;
  try {
    db = new SqliteDatabase(copy, { fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened: ${(error as Error).message}`);
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${file} is damaged: ${String(integrity)}`);
    const migrations = db
      .prepare(`select 1 from sqlite_schema where type = 'table' and name = ?`)
      .get(MIGRATIONS_TABLE);
    if (!migrations)
      throw new BackupError(
        `${file} is a SQLite database but not a Secretariat record (it has no ${MIGRATIONS_TABLE} table)`,
      );
    // A trigger or a view would run with every write once the record is live (one that hides audit entries, say).
    const foreign = db.prepare(`select type, name from sqlite_schema where type in ('trigger', 'view')`).get() as
      | { type: string; name: string }
      | undefined;
    if (foreign)
      throw new BackupError(
        `${file} holds what no Secretariat record does (the ${foreign.type} ${foreign.name}): refused`,
      );
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} cannot be read: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

async function restoreSqlite(file: string, url: string): Promise<void> {
  const target = recordFile(url);
  refuseUnlessEmptySqlite(target);
  mkdirSync(dirname(target), { recursive: true });
  // Checked as a copy beside the record, then renamed over it: the record is never half replaced.
  const copy = join(dirname(target), `.${basename(target)}.restoring-${randomBytes(4).toString('hex')}`);
  try {
    copyFileSync(file, copy);
    checkSqliteRecord(copy, file);
    syncFile(copy);
    renameSync(copy, target);
    syncFile(dirname(target));
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  }
}

// ---- PostgreSQL

/** A PostgreSQL client tool: on the PATH, else the newest of Debian's /usr/lib/postgresql/N/bin. */
function tool(name: 'pg_dump' | 'pg_restore'): string {
  const runnable = (path: string) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && runnable(join(dir, name))) return join(dir, name);
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+(\.\d+)?$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    if (runnable(join(root, version, 'bin', name))) return join(root, version, 'bin', name);
  }
  throw new BackupError(`${name} not found on the PATH nor in ${root}/*/bin: install PostgreSQL's client tools`);
}

/** The URL for `--dbname` without its password, which goes in the environment instead: arguments are visible to every user of the machine. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs a tool with an argument list (never through a shell); its failure becomes the one line that says why. */
function run(bin: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => reject(new BackupError(`${basename(bin)} could not be started: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(stdout);
      const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const why =
        lines.find((l) => /error:/.test(l)) ?? lines.at(-1) ?? (signal ? `stopped by ${signal}` : `exit code ${code}`);
      reject(new BackupError(why.startsWith(basename(bin)) ? why : `${basename(bin)}: ${why}`));
    });
  });
}

async function dumpPostgres(url: string, partial: string): Promise<void> {
  const { dbname, env } = connection(url);
  await run(tool('pg_dump'), ['--format=custom', '--file', partial, '--dbname', dbname], env);
}

/** "Empty" for PostgreSQL: a database without a single table, as `createdb` makes it; `pg_restore` creates them all. */
async function refuseUnlessEmptyPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    // Any relation (table, view, materialized view, sequence) or function outside the system's schemas.
    const { rows } = await client.query<{ n: number }>(`
      select (select count(*) from pg_catalog.pg_class c join pg_catalog.pg_namespace s on s.oid = c.relnamespace
                where s.nspname not in ('pg_catalog', 'information_schema') and s.nspname not like 'pg\\_toast%')
           + (select count(*) from pg_catalog.pg_proc p join pg_catalog.pg_namespace s on s.oid = p.pronamespace
                where s.nspname not in ('pg_catalog', 'information_schema')) as n`);
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0)
      throw new BackupError(
        `the database is not empty (it holds ${n} tables, views or functions): restore into a new database, made with createdb`,
      );
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`the database cannot be reached: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function restorePostgres(file: string, url: string): Promise<void> {
  await refuseUnlessEmptyPostgres(url);
  const restoreTool = tool('pg_restore');
  // The archive's table of contents: readable, and a Secretariat record, before anything is written.
  const contents = await run(restoreTool, ['--list', file]);
  if (!new RegExp(` TABLE \\S+ ${MIGRATIONS_TABLE}( |$)`, 'm').test(contents)) {
    throw new BackupError(
      `${file} is a pg_dump archive but not of a Secretariat record (it has no ${MIGRATIONS_TABLE} table)`,
    );
  }
  // pg_restore runs whatever the archive holds: a function, a materialized view or a trigger
  // could run code as the database role. A Secretariat record holds tables, their data,
  // constraints and indexes in the public schema, and nothing else; anything else is refused.
  const foreign = contents
    .split('\n')
    .filter((line) => /^\d+; \d+ \d+ /.test(line))
    .map((line) => line.replace(/^\d+; \d+ \d+ /, ''))
    .find(
      (entry) =>
        !/^(TABLE DATA|TABLE|FK CONSTRAINT|CONSTRAINT|INDEX|SEQUENCE OWNED BY|SEQUENCE SET|SEQUENCE|DEFAULT) public /.test(
          entry,
        ),
    );
  if (foreign)
    throw new BackupError(
      `${file} holds what no Secretariat record does (${foreign.split(' ').slice(0, 4).join(' ')}): refused`,
    );
  const { dbname, env } = connection(url);
  // One transaction: a restore that fails part way leaves the database as empty as it was.
  await run(
    restoreTool,
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', dbname, file],
    env,
  );
}
