/**
 * Puts every message where it belongs: in the table of the one capability whose
 * code says it (`src/activities/activities.messages.ts`), or in the platform's
 * shared table when several capabilities, the office engine's shell or the
 * platform say it. Run it after moving code between capabilities; the
 * architecture test checks that nobody has to.
 *
 *   node --import tsx scripts/place-messages.ts          rewrite the tables and their imports
 *   node --import tsx scripts/place-messages.ts --check  only say what is out of place
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Placement, SHARED, capabilityOf, isMessagesFile, placeMessages } from '../src/platform/i18n/placement.ts';

const ROOT = fileURLToPath(new URL('../src/', import.meta.url));
type Table = Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

async function tables(files: readonly string[]): Promise<Map<string, { en: Table; ru: Table }>> {
  const found = new Map<string, { en: Table; ru: Table }>();
  const shared = {
    en: (await import(pathToFileURL(join(ROOT, 'platform/i18n/messages.en.ts')).href)).en as Table,
    ru: (await import(pathToFileURL(join(ROOT, 'platform/i18n/messages.ru.ts')).href)).ru as Table,
  };
  found.set(SHARED, shared);
  for (const file of files.filter((f) => f.endsWith('.messages.ts'))) {
    const module = await import(pathToFileURL(file).href);
    found.set(capabilityOf(relative(ROOT, file)), { en: module.en, ru: module.ru });
  }
  return found;
}

const literal = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n\s*/g, ' ');
const entries = (table: Table, keys: readonly string[]) =>
  keys.map((k) => `  ${JSON.stringify(k)}: ${literal(table[k])},`).join('\n');

function capabilityModule(capability: string, keys: readonly string[], en: Table, ru: Table): string {
  return `/**
 * The words of ${capability}, in CICA's two working languages. Every file of
 * ${capability} that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
${entries(en, keys)}
};

export const ru: RussianTable<typeof en> = {
${entries(ru, keys)}
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
`;
}

function sharedModules(keys: readonly string[], en: Table, ru: Table): { en: string; ru: string } {
  return {
    en: `/** The words every part of the site shares; each capability keeps its own beside its views. */
export const en = {
${entries(en, keys)}
};
`,
    ru: `import type { RussianTable } from './i18n.ts';
import type { en } from './messages.en.ts';

/** Every shared English key, each a plural where the English is one, in Russian's four forms. */
export const ru: RussianTable<typeof en> = {
${entries(ru, keys)}
};
`,
  };
}

const IMPORT = (capability: string) => `import './${capability}.messages.ts';`;

/** Each file that says a capability's words imports its table; no other file does. */
function withImport(text: string, capability: string, needed: boolean): string {
  const line = IMPORT(capability);
  const has = text.split('\n').some((l) => l.trim() === line);
  if (needed === has) return text;
  if (!needed)
    return text
      .split('\n')
      .filter((l) => l.trim() !== line)
      .join('\n');
  // After the file's opening comment, before its first import.
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('import '));
  lines.splice(Math.max(at, 0), 0, line);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = sources(ROOT);
  const code = files
    .filter((f) => !isMessagesFile(relative(ROOT, f)) && !/\.test\.tsx?$/.test(f))
    .map((f) => ({ path: relative(ROOT, f), text: readFileSync(f, 'utf8') }));
  const found = await tables(files);
  const current = new Map<string, string>();
  const en: Table = {};
  const ru: Table = {};
  for (const [home, table] of found)
    for (const key of Object.keys(table.en)) {
      current.set(key, home);
      en[key] = table.en[key];
      ru[key] = table.ru[key];
    }
  const placement: Placement = placeMessages([...current.keys()], code, current);
  const moves = [...placement.homes].filter(([key, home]) => current.get(key) !== home);
  for (const [key, home] of moves) console.log(`${key}: ${current.get(key)} → ${home}`);
  for (const key of placement.unused) console.log(`${key}: said nowhere (kept in ${current.get(key)})`);
  if (check) {
    process.exitCode = moves.length > 0 ? 1 : 0;
    return;
  }
  const byHome = new Map<string, string[]>();
  for (const [key, home] of placement.homes) byHome.set(home, [...(byHome.get(home) ?? []), key]);
  // Only the tables that gain or lose a key are written again: the others keep their comments and order.
  const touched = new Set(moves.flatMap(([key, home]) => [home, current.get(key)!]));
  if (touched.has(SHARED)) {
    const shared = sharedModules(byHome.get(SHARED) ?? [], en, ru);
    writeFileSync(join(ROOT, 'platform/i18n/messages.en.ts'), shared.en);
    writeFileSync(join(ROOT, 'platform/i18n/messages.ru.ts'), shared.ru);
  }
  for (const [home, keys] of byHome) {
    if (home === SHARED || !touched.has(home)) continue;
    writeFileSync(join(ROOT, home, `${home}.messages.ts`), capabilityModule(home, keys, en, ru));
  }
  for (const file of code) {
    const capability = capabilityOf(file.path);
    if (capability === SHARED) continue;
    const needed = placement.users.get(capability)?.has(file.path) ?? false;
    const next = withImport(file.text, capability, needed);
    if (next !== file.text) writeFileSync(join(ROOT, file.path), next);
  }
}

await main();
