/**
 * The record's generation: a number that moves whenever the record changes.
 * Each write through a service bumps it in the database; every process keeps
 * its own copy, refreshed by a poll, so a cached page is known fresh without
 * asking the database on each request.
 */
import { sql } from 'kysely';
import type { Db } from './database.ts';
import { replicaContext } from './replica.ts';

export type Generation = Readonly<{
  /** The generation this process last saw. */
  current(): number;
  /** When the generation last moved, as this process saw it. */
  changedAt(): Date;
  /** Records a change: in the database for every process, and at once for this one. */
  bump(): Promise<void>;
  /** Reads the generation another process may have moved. */
  refresh(): Promise<void>;
  /** Called after each change this process makes (a CDN purge listens). */
  onBump(listener: () => void): void;
}>;

/**
 * `key` names the counter: the record's own by default; a narrower one (the office's records alone) moves
 * only with the changes it is bumped for, so what depends on those alone outlives the rest.
 */
export function createGeneration(db: Db, now: () => Date, key = 'generation'): Generation {
  let value = 0;
  let changed = now();
  const listeners: Array<() => void> = [];
  const see = (next: number) => {
    if (next !== value) {
      value = next;
      changed = now();
    }
  };
  return {
    current: () => value,
    changedAt: () => changed,
    async bump() {
      await db
        .insertInto('setting')
        .values({ key, value: '0' })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      await sql`update setting set value = cast(cast(value as integer) + 1 as text) where key = ${key}`.execute(db);
      await this.refresh();
      for (const listener of listeners) listener();
    },
    onBump(listener) {
      listeners.push(listener);
    },
    async refresh() {
      // Always the primary's: a replica's would lag, and pages would be kept as fresh when they are not.
      const row = await replicaContext.exit(() =>
        db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst(),
      );
      see(row ? Number(row.value) : 0);
    },
  };
}

/**
 * What `load` answers, read again only once the record's generation has moved (or the key,
 * such as today's date, has changed): reference data (people, states, bodies) that many
 * requests read and only a change alters. One answer is kept, shared by every caller, so it
 * is read-only; a failed read is not kept.
 */
export function perGeneration<T, K extends string = string>(
  generation: Pick<Generation, 'current'>,
  load: (key: K) => Promise<T>,
): (key: K) => Promise<T> {
  let known: { generation: number; key: K; value: Promise<T> } | null = null;
  return (key) => {
    const current = generation.current();
    if (known?.generation !== current || known.key !== key) {
      const entry = { generation: current, key, value: load(key) };
      known = entry;
      entry.value.catch(() => {
        if (known === entry) known = null;
      });
    }
    return known.value;
  };
}
