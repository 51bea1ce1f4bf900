/**
 * The command line: `npm run secretariat -- user add --role admin --email a@b.org --name "A B"`.
 * The password is asked without echo on a terminal, or read from standard input otherwise.
 */
import { parseArgs } from 'node:util';
import { accountInput } from './accounts/accounts.schema.ts';
import { openRecord } from './platform.ts';
import { systemClock } from './platform/clock.ts';
import { readConfig } from './platform/config.ts';
import { DomainError } from './platform/errors.ts';
import { t } from './platform/i18n/i18n.ts';
import { buildServices } from './services.ts';

const USAGE = `usage:
  npm run secretariat -- user add --role admin|editor|reviewer|delegate --email ADDRESS --name "FULL NAME" [--state CODE]
      asks for the password (at least 12 characters) without echo; in a script, pipe it to standard input`;

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
    const done = (fn: () => void) => { stdin.setRawMode(false); stdin.pause(); stdin.removeListener('data', onData); process.stderr.write('\n'); fn(); };
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
  const { values } = parseArgs({ args, options: { role: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, state: { type: 'string' } }, strict: true });
  const password = await readPassword('Password: ');
  const parsed = accountInput.safeParse({ role: values.role, email: values.email, name: values.name ?? values.email, stateCode: values.state?.toUpperCase(), password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`error: ${issue.path.join('.') || 'input'}: ${issue.message.startsWith('field.') ? t('en', issue.message as never) : issue.message}`);
    return 2;
  }
  const record = await openRecord(readConfig().DATABASE_URL);
  try {
    const actor = await buildServices(record.db, systemClock).accounts.create(parsed.data, null);
    console.log(`created ${actor.role} ${actor.email}`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) { console.error(`error: ${error.problems[0]?.field ?? ''}: ${error.message}`); return 2; }
    throw error;
  } finally {
    await record.db.destroy();
  }
}

const [command, sub, ...rest] = process.argv.slice(2);
let code: number;
if (command === 'user' && sub === 'add') code = await userAdd(rest);
else { console.error(USAGE); code = command ? 2 : 0; }
process.exit(code);
