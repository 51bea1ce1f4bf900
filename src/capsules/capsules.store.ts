import type { Db } from '../platform/db/database.ts';
import { type Bilingual, type Provenance, bilingual, provenance } from '../platform/sourced.ts';
import type { Sealed } from './capsules.seal.ts';

/** What is known of a capsule, and of its seal; never the contents. */
export type CapsuleRecord = Readonly<{
  id: string;
  title: Bilingual;
  sealedOn: string | null;
  place: Bilingual | null;
  opensOn: string;
  peoplePresent: string | null;
  statesPresent: readonly string[];
  note: Bilingual | null;
  provenance: Provenance;
  /** Set once the record holds the contents, sealed. */
  seal: Readonly<{ sealedAt: string; opensOn: string; digest: string }> | null;
}>;

export type SealRow = Sealed & Readonly<{ capsuleId: string; opensOn: string; digest: string }>;

export function createCapsulesStore(db: Db) {
  const capsules = async (id?: string): Promise<CapsuleRecord[]> => {
    let q = db
      .selectFrom('capsule as c')
      .leftJoin('capsule_seal as s', 's.capsule_id', 'c.id')
      .selectAll('c')
      .select(['s.sealed_at as seal_at', 's.opens_on as seal_opens_on', 's.digest as seal_digest'])
      .where('c.retired_at', 'is', null);
    if (id !== undefined) q = q.where('c.id', '=', id);
    const rows = await q.orderBy('c.sealed_on').orderBy('c.id').execute();
    return rows.map((r) => ({
      id: r.id,
      title: { en: r.title_en, ru: r.title_ru },
      sealedOn: r.sealed_on,
      place: bilingual(r.place_en, r.place_ru),
      opensOn: r.seal_opens_on ?? r.opens_on,
      peoplePresent: r.people_present,
      statesPresent: (r.states_present ?? '').split(/\s+/).filter(Boolean),
      note: bilingual(r.note_en, r.note_ru),
      provenance: provenance(r),
      seal:
        r.seal_at && r.seal_opens_on && r.seal_digest
          ? { sealedAt: r.seal_at, opensOn: r.seal_opens_on, digest: r.seal_digest }
          : null,
    }));
  };
  return {
    capsules: () => capsules(),
    capsule: async (id: string) => (await capsules(id))[0] ?? null,
    /** The sealed row itself: read only to open a capsule whose day has come, or to check the key at start. */
    async sealRow(id: string): Promise<SealRow | null> {
      const r = await db.selectFrom('capsule_seal').selectAll().where('capsule_id', '=', id).executeTakeFirst();
      return r
        ? {
            capsuleId: r.capsule_id,
            opensOn: r.opens_on,
            digest: r.digest,
            nonce: r.nonce,
            tag: r.tag,
            ciphertext: r.ciphertext,
          }
        : null;
    },
    async anySealed(): Promise<string | null> {
      const r = await db
        .selectFrom('capsule_seal')
        .select('capsule_id')
        .orderBy('capsule_id')
        .limit(1)
        .executeTakeFirst();
      return r?.capsule_id ?? null;
    },
  };
}

export type CapsulesStore = ReturnType<typeof createCapsulesStore>;
