// The layout is the architecture: rules stay pure, and capabilities meet only
// through services. These checks keep it so as the code grows.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const ROLES = /\.(store|service|routes|views|schema|test)\.tsx?$/;
const IO = /from '(kysely|fastify|fastify-type-provider-zod|pg|better-sqlite3|node:fs|node:fs\/promises|node:net|node:http)'/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const all = files(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const capability = (path: string) => path.split('/')[0]!;
const CAPABILITIES = new Set(all.filter((f) => f.path.includes('/') && !['platform', 'packs', 'migrations'].includes(capability(f.path))).map((f) => capability(f.path)));

describe('architecture', () => {
  it('keeps domain rules free of I/O', () => {
    const rules = all.filter((f) => CAPABILITIES.has(capability(f.path)) && !ROLES.test(f.path) && f.path.endsWith('.ts'));
    assert.ok(rules.length >= 6, 'found the rule files');
    for (const f of rules) assert.doesNotMatch(f.text, IO, `${f.path} imports I/O`);
    assert.doesNotMatch(all.find((f) => f.path === 'platform/dates.ts')!.text, IO);
  });

  it('lets no rule read the clock itself', () => {
    for (const f of all.filter((f) => !ROLES.test(f.path) && f.path !== 'platform/clock.ts')) {
      assert.doesNotMatch(f.text, /new Date\(\)|Date\.now\(\)/, `${f.path} reads the clock`);
    }
  });

  it('lets a capability reach another only through its service or rules, never its store', () => {
    for (const f of all.filter((f) => CAPABILITIES.has(capability(f.path)))) {
      for (const [, target] of f.text.matchAll(/from '\.\.\/([a-z]+)\/[a-z-]+\.store\.ts'/g)) {
        const isTypeOnly = new RegExp(`import type [^;]+from '\\.\\./${target}/`).test(f.text);
        assert.ok(isTypeOnly, `${f.path} imports the ${target} store`);
      }
    }
  });

  it('keeps SQL out of routes and views', () => {
    for (const f of all.filter((f) => /\.(routes|views)\.tsx$/.test(f.path))) {
      assert.doesNotMatch(f.text, /selectFrom|insertInto|from 'kysely'/, f.path);
    }
  });
});
