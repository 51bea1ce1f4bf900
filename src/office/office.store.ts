/**
 * Generic reads and writes over the editable tables, keyed by the resource
 * descriptions. Table and column names come only from those descriptions,
 * never from a request.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../platform/db/database.ts';
import type { RefKind, RefOption, Reference, Resource, Values } from '../platform/records.ts';

export type { RefOption };

export type Row = Values & { version: number; retired_at?: string | null };

/**
 * `references`: the kinds of reference the capabilities declared, by kind;
 * a kind nobody declared is never found.
 */
export function createOfficeStore(database: Db, references: ReadonlyMap<RefKind, Reference> = new Map()) {
  // Dynamic table names are safe here: every one comes from a record description.
  const db = database as unknown as Kysely<any>;
  return {
    async list(resource: Resource, filter: { column?: string; value?: string } = {}): Promise<Row[]> {
      let q = db.selectFrom(resource.table).selectAll();
      if (filter.column && filter.value !== undefined) q = q.where(filter.column, '=', filter.value);
      return (await q.orderBy(resource.order).orderBy(resource.key).execute()) as Row[];
    },

    async get(resource: Resource, id: string): Promise<Row | null> {
      return ((await db.selectFrom(resource.table).selectAll().where(resource.key, '=', id).executeTakeFirst()) ??
        null) as Row | null;
    },

    async insert(resource: Resource, values: Values): Promise<void> {
      await db.insertInto(resource.table).values(values).execute();
    },

    /** Updates only if nobody saved since `version`; returns whether it did. */
    async update(resource: Resource, id: string, version: number, values: Values): Promise<boolean> {
      const result = await db
        .updateTable(resource.table)
        .set({ ...values, version: version + 1 })
        .where(resource.key, '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Records of a type whose columns have the given values. */
    async where(resource: Resource, where: Values): Promise<Row[]> {
      let q = db.selectFrom(resource.table).selectAll();
      for (const [column, value] of Object.entries(where))
        q = value === null ? q.where(column, 'is', null) : q.where(column, '=', value);
      return (await q.execute()) as Row[];
    },

    /** Open periods (no end) in a slot that began before a day: the ones a new period closes. */
    async openPeriods(resource: Resource, slot: Values, before: string): Promise<Row[]> {
      let q = db.selectFrom(resource.table).selectAll().where('until_date', 'is', null);
      if (resource.fields.some((f) => f.column === 'until_attested')) q = q.where('until_attested', 'is', null);
      for (const [column, value] of Object.entries(slot))
        q = value === null ? q.where(column, 'is', null) : q.where(column, '=', value);
      const rows = (await q.execute()) as Row[];
      return rows.filter((r) => {
        const start = (r.from_date ?? r.from_attested ?? null) as string | null;
        return start === null || start < before;
      });
    },

    async exists(kind: RefKind, id: string): Promise<boolean> {
      const ref = references.get(kind);
      if (!ref) return false;
      if ('anyOf' in ref) {
        if (ref.fixed?.some((o) => o.id === id)) return true;
        for (const other of ref.anyOf) if (await this.exists(other, id)) return true;
        return false;
      }
      return (await db.selectFrom(ref.table).select(ref.key).where(ref.key, '=', id).executeTakeFirst()) !== undefined;
    },

    /** The names of just these records of a kind, in both languages: a page names what it links to, and reads nothing else. */
    async names(kind: RefKind, ids: readonly string[]): Promise<RefOption[]> {
      const ref = references.get(kind);
      if (!ref || ids.length === 0) return [];
      if ('anyOf' in ref) {
        const fixed = (ref.fixed ?? []).filter((o) => ids.includes(o.id));
        return [...fixed, ...(await Promise.all(ref.anyOf.map((k) => this.names(k, ids)))).flat()];
      }
      const rows = await db
        .selectFrom(ref.table)
        .select([`${ref.key} as id`, `${ref.label[0]} as en`, `${ref.label[1]} as ru`, `${ref.key} as extra`])
        .where(ref.key, 'in', [...new Set(ids)])
        .execute();
      return rows as RefOption[];
    },

    async options(kind: RefKind): Promise<RefOption[]> {
      const ref = references.get(kind);
      if (!ref) return [];
      if ('anyOf' in ref)
        return [...(ref.fixed ?? []), ...(await Promise.all(ref.anyOf.map((k) => this.options(k)))).flat()];
      const extra = ref.extra ?? ref.key;
      const rows = await db
        .selectFrom(ref.table)
        .select([`${ref.key} as id`, `${ref.label[0]} as en`, `${ref.label[1]} as ru`, `${extra} as extra`])
        .orderBy(ref.key)
        .execute();
      return rows as RefOption[];
    },
  };
}

export type OfficeStore = ReturnType<typeof createOfficeStore>;
