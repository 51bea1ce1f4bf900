/**
 * Generic reads and writes over the editable tables, keyed by the resource
 * descriptions. Table and column names come only from those descriptions,
 * never from a request.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../platform/db/database.ts';
import type { RefKind, Resource, Values } from './resource.ts';

export type Row = Values & { version: number; retired_at?: string | null };

const REF_TABLES: Record<RefKind, { table: string; key: string; label: string[] }> = {
  state: { table: 'state', key: 'code', label: ['name_en', 'name_ru'] },
  meeting: { table: 'meeting', key: 'id', label: ['title_en', 'title_ru'] },
  body: { table: 'body', key: 'id', label: ['name_en', 'name_ru'] },
  dimension: { table: 'dimension', key: 'id', label: ['name_en', 'name_ru'] },
  area: { table: 'priority_area', key: 'id', label: ['name_en', 'name_ru'] },
  version: { table: 'catalogue_version', key: 'id', label: ['title_en', 'title_ru'] },
  person: { table: 'person', key: 'id', label: ['name_en', 'name_ru'] },
  organization: { table: 'organization', key: 'id', label: ['name_en', 'name_ru'] },
  document: { table: 'document', key: 'id', label: ['title_en', 'title_ru'] },
  // States, organizations and the Secretariat: see exists() and options().
  party: { table: 'state', key: 'code', label: ['name_en', 'name_ru'] },
  plan: { table: 'action_plan', key: 'id', label: ['title_en', 'title_ru'] },
  'plan-item': { table: 'plan_item', key: 'id', label: ['title_en', 'title_ru'] },
  activity: { table: 'activity', key: 'id', label: ['title_en', 'title_ru'] },
};

/** The one party that has no table of its own. */
const SECRETARIAT: RefOption = { id: 'secretariat', en: 'CICA Secretariat', ru: 'Секретариат СВМДА', extra: null };

export type RefOption = Readonly<{ id: string; en: string | null; ru: string | null; extra: string | null }>;

export function createOfficeStore(database: Db) {
  // Dynamic table names are safe here: every one comes from a resource description.
  const db = database as unknown as Kysely<any>;
  return {
    async list(resource: Resource, filter: { column?: string; value?: string } = {}): Promise<Row[]> {
      let q = db.selectFrom(resource.table).selectAll();
      if (filter.column && filter.value !== undefined) q = q.where(filter.column, '=', filter.value);
      return (await q.orderBy(resource.order).orderBy(resource.key).execute()) as Row[];
    },

    async get(resource: Resource, id: string): Promise<Row | null> {
      return ((await db.selectFrom(resource.table).selectAll().where(resource.key, '=', id).executeTakeFirst()) ?? null) as Row | null;
    },

    async insert(resource: Resource, values: Values): Promise<void> {
      await db.insertInto(resource.table).values(values).execute();
    },

    /** Updates only if nobody saved since `version`; returns whether it did. */
    async update(resource: Resource, id: string, version: number, values: Values): Promise<boolean> {
      const result = await db.updateTable(resource.table).set({ ...values, version: version + 1 })
        .where(resource.key, '=', id).where('version', '=', version).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Open periods (no end) in a slot that began before a day: the ones a new period closes. */
    async openPeriods(resource: Resource, slot: Values, before: string): Promise<Row[]> {
      let q = db.selectFrom(resource.table).selectAll().where('until_date', 'is', null);
      if (resource.fields.some((f) => f.column === 'until_attested')) q = q.where('until_attested', 'is', null);
      for (const [column, value] of Object.entries(slot)) q = value === null ? q.where(column, 'is', null) : q.where(column, '=', value);
      const rows = (await q.execute()) as Row[];
      return rows.filter((r) => {
        const start = (r.from_date ?? r.from_attested ?? null) as string | null;
        return start === null || start < before;
      });
    },

    async exists(ref: RefKind, id: string): Promise<boolean> {
      if (ref === 'party') return id === SECRETARIAT.id || (await this.exists('state', id)) || this.exists('organization', id);
      const t = REF_TABLES[ref];
      return (await db.selectFrom(t.table).select(t.key).where(t.key, '=', id).executeTakeFirst()) !== undefined;
    },

    async options(ref: RefKind): Promise<RefOption[]> {
      if (ref === 'party') return [SECRETARIAT, ...(await this.options('state')), ...(await this.options('organization'))];
      const t = REF_TABLES[ref];
      const extra = ref === 'meeting' ? 'start_date' : ref === 'plan-item' ? 'planned_from' : ref === 'activity' ? 'start_date' : t.key;
      const rows = await db.selectFrom(t.table).select([`${t.key} as id`, `${t.label[0]} as en`, `${t.label[1]} as ru`, `${extra} as extra`]).orderBy(t.key).execute();
      return rows as RefOption[];
    },
  };
}

export type OfficeStore = ReturnType<typeof createOfficeStore>;
