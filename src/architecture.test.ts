// The layout is the architecture: rules stay pure, capabilities meet only
// through services and rules, the office and the platform know no capability.
// The rules are a pure function over files, so a planted violation proves each
// rule still bites.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SHARED, isMessagesFile, placeMessages } from './platform/i18n/placement.ts';

type SourceFile = Readonly<{ path: string; text: string }>;

const ROLES =
  /\.(store|service|routes|views|schema|records|test|fixture|csv|import|messages|pdf\.views|office\.views)\.tsx?$|\.e2e\.ts$/;
const IO =
  /from '(kysely|fastify|fastify-type-provider-zod|pg|better-sqlite3|node:fs|node:fs\/promises|node:net|node:http|node:child_process)'/;
/** Folders that are not capabilities: what every capability uses, the migrations, the pack. */
const NOT_CAPABILITIES = new Set(['platform', 'packs', 'migrations']);

/** Every import of a file, type-only or not (a type import is no exemption), and those it makes for their effect. */
const importsOf = (text: string) => [
  ...[...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!),
  ...[...text.matchAll(/^import\s+'([^']+)'/gm)].map((m) => m[1]!),
];

const capabilityOf = (path: string) => (path.includes('/') ? path.split('/')[0]! : null);

/** What `from` resolves to, relative to src/: `../cbm/cbm.store.ts` seen from `digest/x.ts` is `cbm/cbm.store.ts`. */
function resolve(from: string, target: string): string | null {
  if (!target.startsWith('.')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

export function violations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  const capabilities = new Set(
    files.map((f) => capabilityOf(f.path)).filter((c): c is string => c !== null && !NOT_CAPABILITIES.has(c)),
  );
  for (const f of files) {
    const own = capabilityOf(f.path);
    const isTest = /\.test\.tsx?$/.test(f.path) || f.path.startsWith('platform/testing/');
    const isRules = own !== null && capabilities.has(own) && !ROLES.test(f.path) && f.path.endsWith('.ts');
    if (isRules && IO.test(f.text)) found.push(`${f.path}: a rules file imports I/O`);
    if (!ROLES.test(f.path) && f.path !== 'platform/clock.ts' && /new Date\(\)|Date\.now\(\)/.test(f.text))
      found.push(`${f.path}: reads the clock itself`);
    if (/\.(routes|views)\.tsx$/.test(f.path) && /selectFrom|insertInto|from 'kysely'/.test(f.text))
      found.push(`${f.path}: SQL in a route or view`);
    for (const target of importsOf(f.text)) {
      const path = resolve(f.path, target);
      if (path === null) continue;
      const other = capabilityOf(path);
      // The composition root (services.ts) builds the stores and gathers the records; no capability may.
      if (
        own &&
        capabilities.has(own) &&
        other &&
        capabilities.has(other) &&
        other !== own &&
        /\.(store|records|messages)\.ts$/.test(path)
      ) {
        const what = /\.(\w+)\.ts$/.exec(path)![1];
        found.push(`${f.path}: imports ${path}, another capability's ${what}`);
      }
      if (isTest) continue;
      if ((own === 'office' || own === 'platform') && other && capabilities.has(other) && other !== own)
        found.push(`${f.path}: ${own} imports the ${other} capability`);
      if ((own === 'office' || own === 'platform') && (path === 'services.ts' || path === 'platform.ts'))
        found.push(`${f.path}: ${own} imports the composition root (${path})`);
    }
  }
  return found;
}

const SRC = fileURLToPath(new URL('.', import.meta.url));
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('architecture', () => {
  it('holds over the whole tree', () => {
    const tree = files(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
    assert.ok(
      tree.some((f) => f.path === 'cbm/cbm.ts') && tree.some((f) => f.path === 'cbm/cbm.records.ts'),
      'found the tree',
    );
    assert.deepEqual(violations(tree), []);
  });

  it('keeps every message with the one capability that says it, and shared words in the platform', async () => {
    const tree = files(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
    const current = new Map<string, string>();
    for (const f of tree.filter((x) => isMessagesFile(x.path))) {
      const table: Record<string, unknown> = (await import(pathToFileURL(join(SRC, f.path)).href)).en ?? {};
      for (const key of Object.keys(table)) current.set(key, capabilityOf(f.path) ?? SHARED);
    }
    const code = tree.filter((f) => !isMessagesFile(f.path) && !/\.test\.tsx?$/.test(f.path));
    const { homes } = placeMessages([...current.keys()], code, current);
    const misplaced = [...homes].filter(([key, home]) => current.get(key) !== home).map(([k, h]) => `${k} → ${h}`);
    assert.deepEqual(misplaced, [], 'node --import tsx scripts/place-messages.ts moves them');
  });

  it('catches every kind of violation planted in a small tree', () => {
    const planted: SourceFile[] = [
      { path: 'cbm/cbm.ts', text: "import { sql } from 'kysely';\nexport const now = () => new Date();" },
      { path: 'cbm/cbm.store.ts', text: '' },
      { path: 'cbm/cbm.records.ts', text: '' },
      { path: 'digest/digest.service.ts', text: "import type { Release } from '../cbm/cbm.store.ts';" },
      {
        path: 'digest/digest.views.tsx',
        text: "import { cbmRecords } from '../cbm/cbm.records.ts';\nconst q = db.selectFrom('x');",
      },
      { path: 'office/office.service.ts', text: "import type { CbmService } from '../cbm/cbm.service.ts';" },
      { path: 'platform/http/app.ts', text: "import type { Services } from '../../services.ts';" },
      { path: 'platform/layout/x.ts', text: "export { x } from '../../digest/digest.ts';" },
      { path: 'home/home.views.tsx', text: "import '../digest/digest.messages.ts';" },
    ];
    assert.deepEqual(
      violations(planted).sort(),
      [
        'cbm/cbm.ts: a rules file imports I/O',
        'cbm/cbm.ts: reads the clock itself',
        "digest/digest.service.ts: imports cbm/cbm.store.ts, another capability's store",
        "digest/digest.views.tsx: imports cbm/cbm.records.ts, another capability's records",
        'digest/digest.views.tsx: SQL in a route or view',
        'office/office.service.ts: office imports the cbm capability',
        'platform/http/app.ts: platform imports the composition root (services.ts)',
        'platform/layout/x.ts: platform imports the digest capability',
        "home/home.views.tsx: imports digest/digest.messages.ts, another capability's messages",
      ].sort(),
    );
  });
});
