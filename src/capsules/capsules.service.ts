import './capsules.messages.ts';
import { readFileSync } from 'node:fs';
import type { Actor } from '../platform/access.ts';
import { type ChangeResult, createChanges, invalid, refused } from '../platform/changes.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import { parseJson } from '../platform/json.ts';
import { type Contents, canonical, isOpen, sealProblems } from './capsules.ts';
import { type CapsuleKey, seal, sha256, unseal } from './capsules.seal.ts';

export type KeyProblem = 'missing' | 'malformed';

/** The key file: 32 raw bytes, or 64 hexadecimal digits (what `openssl rand -hex 32` writes). */
export function readKeyFile(path: string): { ok: true; key: CapsuleKey } | { ok: false; problem: KeyProblem } {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    return { ok: false, problem: 'missing' };
  }
  const text = raw.toString('latin1').trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return { ok: true, key: { bytes: Buffer.from(text, 'hex'), path } };
  if (raw.length === 32) return { ok: true, key: { bytes: raw, path } };
  return { ok: false, problem: 'malformed' };
}

import { type CapsuleRecord, createCapsulesStore } from './capsules.store.ts';

/** A capsule as a reader may see it: its contents only once it is open, checked against the digest. */
export type CapsuleView = CapsuleRecord &
  Readonly<{
    open: boolean;
    /** Null until the opening day, and for a capsule whose contents the record does not hold. */
    contents: (Contents & Readonly<{ bundle: string; digestMatches: boolean }>) | null;
  }>;

/** Why the server will not start: sealed capsules exist and the key to open them does not. */
export class CapsuleKeyError extends Error {}

type Hooks = Readonly<{ changed: () => Promise<void> }>;

export function createCapsulesService(
  db: Db,
  clock: Clock,
  key: CapsuleKey | null,
  hooks: Hooks = { changed: async () => {} },
  keyPath = 'CAPSULE_KEY_FILE',
) {
  const store = createCapsulesStore(db);
  const changes = createChanges(db, clock);

  async function view(c: CapsuleRecord): Promise<CapsuleView> {
    const open = c.seal !== null && isOpen(c.seal.opensOn, clock.today());
    if (!open || !c.seal) return { ...c, open, contents: null };
    const row = await store.sealRow(c.id);
    const plain = key && row ? unseal(key, c.id, row.opensOn, row) : null;
    const parsed = plain === null ? null : parseJson(plain);
    if (plain === null || !parsed || !parsed.ok) return { ...c, open, contents: null };
    const contents = parsed.value as Contents;
    return { ...c, open, contents: { ...contents, bundle: plain, digestMatches: sha256(plain) === c.seal.digest } };
  }

  return {
    async list(): Promise<CapsuleView[]> {
      return Promise.all((await store.capsules()).map(view));
    },
    async get(id: string): Promise<CapsuleView | null> {
      const c = await store.capsule(id);
      return c ? view(c) : null;
    },

    /**
     * Refuses to go on when sealed capsules exist and the key is missing or is
     * not the one they were sealed with: better no start than capsules that can
     * never be opened, found out in 2049.
     */
    async checkKey(): Promise<void> {
      const id = await store.anySealed();
      if (id === null) return;
      if (!key)
        throw new CapsuleKeyError(
          `sealed time capsules exist, and the key file that opens them (${keyPath}) is missing or unreadable: restore it from its safe keeping, or point CAPSULE_KEY_FILE at it`,
        );
      const row = await store.sealRow(id);
      if (row && unseal(key, id, row.opensOn, row) === null)
        throw new CapsuleKeyError(
          `the key in ${key.path} does not open the sealed time capsule "${id}": it is not the key they were sealed with`,
        );
    },

    /**
     * Seals a capsule's contents, once: the digest is published, the contents
     * are kept only as ciphertext, and the audit trail records the digest, never
     * the contents.
     */
    async seal(actor: Actor, id: string, contents: Contents): Promise<ChangeResult<{ id: string; digest: string }>> {
      if (!key) return refused('capsule.noKey');
      return changes(actor, async (c) => {
        const capsule = await c.trx.selectFrom('capsule').selectAll().where('id', '=', id).executeTakeFirst();
        if (!capsule || capsule.retired_at !== null) return c.refuse(refused('capsule.notFound'));
        const already = await c.trx
          .selectFrom('capsule_seal')
          .select('capsule_id')
          .where('capsule_id', '=', id)
          .executeTakeFirst();
        if (already) return c.refuse(refused('capsule.alreadySealed'));
        const problems = sealProblems(capsule.opens_on, contents, clock.today());
        if (problems.length) return c.refuse(invalid(problems.map((p) => ({ field: p.field, message: p.message }))));
        const bundle = canonical(contents);
        const digest = sha256(bundle);
        const sealed = seal(key, id, capsule.opens_on, bundle);
        await c.trx
          .insertInto('capsule_seal')
          .values({ capsule_id: id, sealed_at: c.at, opens_on: capsule.opens_on, digest, ...sealed })
          .execute();
        await c.audit({
          action: 'update',
          recordType: 'capsules',
          recordId: id,
          before: { digest: null },
          after: { digest, opens_on: capsule.opens_on },
        });
        return { ok: true, id, digest };
      }).then(async (r) => {
        if (r.ok) await hooks.changed();
        return r;
      });
    },
  };
}

export type CapsulesService = ReturnType<typeof createCapsulesService>;
