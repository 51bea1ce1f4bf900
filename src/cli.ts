/**
 * The command line: `npm run secretariat -- user add --role admin --email a@b.org --name "A B"`.
 * The password is asked without echo on a terminal, or read from standard input otherwise.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isIsoDate } from './platform/dates.ts';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { accountInput } from './accounts/accounts.schema.ts';
import { openRecord } from './platform.ts';
import { backup, restore } from './platform/db/backup.ts';
import { systemClock } from './platform/clock.ts';
import { readConfig } from './platform/config.ts';
import { DomainError } from './platform/errors.ts';
import { reportLines } from './archive/archive.report.ts';
import { say, t } from './platform/i18n/i18n.ts';
import { buildServices } from './services.ts';

const USAGE = `usage:
  npm run secretariat -- user add --role admin|editor|reviewer|delegate --email ADDRESS --name "FULL NAME" [--state CODE]
      asks for the password (at least 12 characters) without echo; in a script, pipe it to standard input
  npm run secretariat -- token add --email ADDRESS --label "WHAT IT IS FOR"
      prints an API token for that account (shown once)
  npm run secretariat -- releases import FILE... --as ADDRESS [--publish]
      imports press releases from JSON or Markdown files, as drafts (or published); nothing if any is refused
  npm run secretariat -- coverage import PATH... --as ADDRESS [--source NAME]
      imports outside articles (text, Markdown, HTML, RSS/Atom; files or folders) as coverage from one outlet;
      each file is imported whole or refused with its reason; an article already imported is a duplicate
  npm run secretariat -- archive import PATH... --as ADDRESS [--kind release|speech] [--publish] [--dry-run]
      imports press releases or speeches from saved pages of the Secretariat's current and older sites, or text
      copies of them (files or folders); all or nothing per run; an old address already imported is left as it is;
      --dry-run reports what would be created and writes nothing
  npm run secretariat -- digest build --from YYYY-MM-DD --to YYYY-MM-DD --lang en|ru --out FILE.pdf [--number N]
      lays out an issue of "Voice of Asia" from the period's published releases, as compile would (nothing is saved)
  npm run secretariat -- backup FILE
      copies the record to FILE while it keeps serving: SQLite's online backup, or pg_dump for PostgreSQL; never overwrites
  npm run secretariat -- restore FILE
      restores a backup into an empty record of the same engine (a new SQLite file, or a database made with createdb)`;

async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += chunk;
    return text.replace(/\r?\n$/, '');
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (fn: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stderr.write('\n');
      fn();
    };
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
        if (ch === '\u0003') return done(() => reject(new Error('cancelled')));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function userAdd(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      state: { type: 'string' },
    },
    strict: true,
  });
  const password = await readPassword('Password: ');
  const parsed = accountInput.safeParse({
    role: values.role,
    email: values.email,
    name: values.name ?? values.email,
    stateCode: values.state?.toUpperCase(),
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(
        `error: ${issue.path.join('.') || 'input'}: ${issue.message.startsWith('field.') ? t('en', issue.message as never) : issue.message}`,
      );
    return 2;
  }
  const record = await openRecord(readConfig().DATABASE_URL);
  try {
    const actor = await buildServices(record.db, systemClock).accounts.create(parsed.data, null);
    console.log(`created ${actor.role} ${actor.email}`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`error: ${error.problems[0]?.field ?? ''}: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await record.db.destroy();
  }
}

/** Runs a command with the services over the configured record, and closes it afterwards. */
async function withServices<T>(fn: (services: ReturnType<typeof buildServices>) => Promise<T>): Promise<T> {
  const record = await openRecord(readConfig().DATABASE_URL);
  try {
    return await fn(buildServices(record.db, systemClock));
  } finally {
    await record.db.destroy();
  }
}

async function tokenAdd(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, label: { type: 'string' } },
    strict: true,
  });
  if (!values.email) {
    console.error('error: --email is required');
    return 2;
  }
  try {
    const token = await withServices((s) => s.accounts.createToken(values.email!, values.label ?? 'api'));
    console.log(token);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`error: email: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/**
 * An import's progress: cli-progress draws the bar on a terminal (stderr, so
 * stdout stays the summary a script reads); elsewhere a line every tenth of the
 * way, since a log file cannot redraw a bar. One per import: the bar keeps state.
 */
function progress(): (done: number, total: number) => void {
  let bar: cliProgress.SingleBar | null = null;
  return (done, total) => {
    if (process.stderr.isTTY) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: '[{bar}] {value}/{total} {eta_formatted}', hideCursor: true },
          cliProgress.Presets.legacy,
        );
        bar.start(total, 0);
      }
      bar.update(done);
      if (done === total) bar.stop();
    } else if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) {
      process.stderr.write(`imported ${done} of ${total}\n`);
    }
  };
}

async function releasesImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { as: { type: 'string' }, publish: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (!values.as) {
    console.error('error: --as: name the editor or administrator the releases are imported by');
    return 2;
  }
  if (positionals.length === 0) {
    console.error('error: name at least one file');
    return 2;
  }
  const files: Array<{ name: string; content: string }> = [];
  for (const name of positionals) {
    try {
      files.push({ name, content: await readFile(name, 'utf8') });
    } catch (error) {
      console.error(`error: ${name}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
      return 2;
    }
  }
  return withServices(async (s) => {
    const actor = await s.accounts.actorByEmail(values.as!);
    if (!actor) {
      console.error(`error: --as: no account ${values.as}`);
      return 2;
    }
    const result = await s.newsroom.importFiles(actor, files, { publish: values.publish, onProgress: progress() });
    if (!result.ok) {
      for (const p of result.problems)
        console.error(`refused: ${[p.file, p.field].filter(Boolean).join(' ')}: ${say('en', p.message)}`);
      console.error(`nothing was imported: ${result.problems.length} problem(s)`);
      return 2;
    }
    for (const c of result.created) console.log(`created: ${c.origin} → ${c.slug}`);
    for (const k of result.skipped) console.log(`skipped as duplicate: ${k.origin}`);
    for (const k of result.updated ?? []) console.log(`added ${k.langs.join(' and ')} to ${k.id}: ${k.origin}`);
    console.log(`${result.created.length} created, ${result.skipped.length} skipped as duplicates, 0 refused`);
    return 0;
  });
}

/** Every file under the paths given, folders walked in name order, hidden files left out. */
async function filesUnder(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
      out.push(...(await filesUnder(names.map((n) => join(path, n)))));
    } else out.push(path);
  }
  return out;
}

async function coverageImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { as: { type: 'string' }, source: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (!values.as) {
    console.error('error: --as: name the editor or administrator the coverage is imported by');
    return 2;
  }
  if (positionals.length === 0) {
    console.error('error: name at least one file or folder');
    return 2;
  }
  let names: string[];
  try {
    names = await filesUnder(positionals);
  } catch (error) {
    console.error(
      `error: ${(error as NodeJS.ErrnoException).path}: cannot be read (${(error as NodeJS.ErrnoException).code})`,
    );
    return 2;
  }
  const files: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const name of names) files.push({ name, bytes: new Uint8Array(await readFile(name)) });
  return withServices(async (s) => {
    const actor = await s.accounts.actorByEmail(values.as!);
    if (!actor) {
      console.error(`error: --as: no account ${values.as}`);
      return 2;
    }
    const summary = await s.media.importFiles(actor, files, {
      source: values.source ?? 'unnamed outlet',
      onProgress: progress(),
    });
    for (const i of summary.imported) console.log(`imported: ${i.file}: ${i.title}`);
    for (const d of summary.duplicates) console.log(`duplicate: ${d.file}: ${d.title}`);
    for (const r of summary.refused) console.error(`refused: ${r.file}: ${r.reason}`);
    console.log(
      `${summary.imported.length} imported, ${summary.duplicates.length} duplicates, ${summary.refused.length} refused`,
    );
    return summary.refused.length ? 1 : 0;
  });
}

async function archiveImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      as: { type: 'string' },
      kind: { type: 'string' },
      publish: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (!values.as) {
    console.error('error: --as: name the editor or administrator the archive is imported by');
    return 2;
  }
  if (values.kind !== undefined && values.kind !== 'release' && values.kind !== 'speech') {
    console.error('error: --kind: expected release or speech');
    return 2;
  }
  if (positionals.length === 0) {
    console.error('error: name at least one file or folder');
    return 2;
  }
  let names: string[];
  try {
    names = await filesUnder(positionals);
  } catch (error) {
    console.error(
      `error: ${(error as NodeJS.ErrnoException).path}: cannot be read (${(error as NodeJS.ErrnoException).code})`,
    );
    return 2;
  }
  const files: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const name of names) files.push({ name, bytes: new Uint8Array(await readFile(name)) });
  return withServices(async (s) => {
    const actor = await s.accounts.actorByEmail(values.as!);
    if (!actor) {
      console.error(`error: --as: no account ${values.as}`);
      return 2;
    }
    const dryRun = values['dry-run'];
    const report = await s.archive.importFiles(actor, files, {
      kind: values.kind as 'release' | 'speech' | undefined,
      publish: values.publish,
      dryRun,
      onProgress: progress(),
    });
    for (const line of reportLines('en', report)) (line.error ? console.error : console.log)(line.text);
    return report.ok ? 0 : 2;
  });
}

/** The steps of a long job on standard error: what is being done, and how long it took. */
function step(label: string): () => void {
  const started = performance.now();
  process.stderr.write(`${label}…`);
  return () => process.stderr.write(` ${Math.round(performance.now() - started)} ms\n`);
}

async function digestBuild(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      out: { type: 'string' },
      number: { type: 'string' },
    },
    strict: true,
  });
  for (const name of ['from', 'to'] as const) {
    if (!values[name] || !isIsoDate(values[name])) {
      console.error(`error: --${name}: give a day as YYYY-MM-DD`);
      return 2;
    }
  }
  if (values.to! < values.from!) {
    console.error('error: --to: the period ends before it starts');
    return 2;
  }
  if (values.lang !== 'en' && values.lang !== 'ru') {
    console.error('error: --lang: en or ru');
    return 2;
  }
  if (!values.out) {
    console.error('error: --out: name the PDF file to write');
    return 2;
  }
  const number = values.number === undefined ? undefined : Number(values.number);
  if (number !== undefined && !(Number.isInteger(number) && number > 0)) {
    console.error('error: --number: a whole number from 1');
    return 2;
  }
  const lang = values.lang;
  return withServices(async (s) => {
    let done = step(`gathering the releases of ${values.from} – ${values.to}`);
    const issue = await s.digest.preview({ from: values.from!, to: values.to!, lang, ...(number ? { number } : {}) });
    done();
    if (issue.articles.length === 0) {
      console.error(
        `error: no release published in ${values.from} – ${values.to} has its text in ${lang === 'en' ? 'English' : 'Russian'}`,
      );
      return 2;
    }
    process.stderr.write(
      `  ${issue.articles.length} articles in ${issue.sections.length} sections; spotlight: ${issue.spotlight?.title ?? '—'}\n`,
    );
    done = step('laying out the PDF');
    const pdf = await s.digest.pdf(issue);
    done();
    done = step(`writing ${values.out}`);
    try {
      await writeFile(values.out!, pdf);
    } catch (error) {
      // A folder that is not there, or not ours to write: one line, never a stack trace.
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      console.error(`\nerror: --out: cannot write ${values.out} (${code})`);
      return 2;
    }
    done();
    console.log(`${values.out}: ${pdf.length.toLocaleString('en')} bytes`);
    return 0;
  });
}

/**
 * `backup FILE` and `restore FILE`. Both open the record raw, never through openRecord:
 * a backup copies the record as it is, and a restore needs its target left empty.
 */
async function backupOrRestore(command: 'backup' | 'restore', args: string[]): Promise<number> {
  try {
    const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
    if (positionals.length !== 1) {
      console.error(`error: name the one backup file (npm run secretariat -- ${command} FILE)`);
      return 2;
    }
    const file = positionals[0]!;
    const url = readConfig().DATABASE_URL;
    if (command === 'backup') {
      const { bytes } = await backup(url, file);
      console.log(`backed up the record to ${file} (${bytes.toLocaleString('en')} bytes)`);
    } else {
      await restore(file, url);
      console.log(`restored ${file}; the next start migrates it if it was made by an older version`);
    }
    return 0;
  } catch (error) {
    // Every failure here is the operator's to act on (a file, a tool, the database): one line, no stack.
    console.error(`error: ${String((error as Error).message ?? error).split('\n')[0]}`);
    return 2;
  }
}

const argv = process.argv.slice(2);
const [command, sub, ...rest] = argv;
/** A mistyped option is the operator's to correct: say which, and how the commands read, never a stack. */
const isArgumentError = (error: unknown) =>
  typeof (error as { code?: unknown })?.code === 'string' &&
  (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
let code: number;
try {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    code = 0;
  } else if (command === 'user' && sub === 'add') code = await userAdd(rest);
  else if (command === 'token' && sub === 'add') code = await tokenAdd(rest);
  else if (command === 'releases' && sub === 'import') code = await releasesImport(rest);
  else if (command === 'coverage' && sub === 'import') code = await coverageImport(rest);
  else if (command === 'archive' && sub === 'import') code = await archiveImport(rest);
  else if (command === 'digest' && sub === 'build') code = await digestBuild(rest);
  else if (command === 'backup' || command === 'restore')
    code = await backupOrRestore(command, sub === undefined ? rest : [sub, ...rest]);
  else {
    console.error(USAGE);
    code = command ? 2 : 0;
  }
} catch (error) {
  if (!isArgumentError(error)) throw error;
  console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
  code = 2;
}
process.exit(code);
