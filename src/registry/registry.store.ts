import type { Db } from '../platform/db/database.ts';
import { bilingual, provenance } from '../platform/sourced.ts';
import type { Status } from './registry.ts';
import type { State, StatusRecord, OrganizationRelation, Organization } from './registry.ts';

export function createRegistryStore(db: Db) {
  return {
    async states(): Promise<State[]> {
      const rows = await db.selectFrom('state').selectAll().where('retired_at', 'is', null).orderBy('code').execute();
      return rows.map((r) => ({
        code: r.code,
        name: bilingual(r.name_en, r.name_ru),
        officialName: bilingual(r.official_name_en, r.official_name_ru),
      }));
    },

    async state(code: string): Promise<State | null> {
      const r = await db
        .selectFrom('state')
        .selectAll()
        .where('code', '=', code)
        .where('retired_at', 'is', null)
        .executeTakeFirst();
      return r
        ? {
            code: r.code,
            name: bilingual(r.name_en, r.name_ru),
            officialName: bilingual(r.official_name_en, r.official_name_ru),
          }
        : null;
    },

    async statusPeriods(stateCode?: string): Promise<StatusRecord[]> {
      let q = db.selectFrom('state_status').selectAll();
      if (stateCode) q = q.where('state_code', '=', stateCode);
      // Periods in the order they began; ids no longer say it (UUIDv7 beside the pack's names).
      const rows = await q
        .orderBy('state_code')
        .orderBy(
          (eb) => eb.fn.coalesce('from_date', 'from_attested'),
          (ob) => ob.asc().nullsFirst(),
        )
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        stateCode: r.state_code,
        status: r.status as Status,
        from: r.from_date,
        fromAttested: r.from_attested,
        until: r.until_date,
        untilAttested: r.until_attested,
        meetingId: r.meeting_id,
        note: bilingual(r.note_en, r.note_ru),
        provenance: provenance(r),
      }));
    },

    async organizations(): Promise<Organization[]> {
      const [orgs, relations] = await Promise.all([
        db.selectFrom('organization').selectAll().where('retired_at', 'is', null).orderBy('id').execute(),
        db
          .selectFrom('organization_relation')
          .selectAll()
          .orderBy(
            (eb) => eb.fn.coalesce('from_date', 'from_attested'),
            (ob) => ob.asc().nullsFirst(),
          )
          .orderBy('id')
          .execute(),
      ]);
      return orgs.map((o) => ({
        id: o.id,
        acronym: bilingual(o.acronym_en, o.acronym_ru),
        name: bilingual(o.name_en, o.name_ru),
        relations: relations
          .filter((r) => r.organization_id === o.id)
          .map((r) => ({
            id: r.id,
            relation: r.relation as OrganizationRelation['relation'],
            instrument: bilingual(r.instrument_en, r.instrument_ru),
            from: r.from_date,
            fromAttested: r.from_attested,
            until: r.until_date,
            place: bilingual(r.place_en, r.place_ru),
            note: bilingual(r.note_en, r.note_ru),
            provenance: provenance(r),
          })),
      }));
    },
  };
}

export type RegistryStore = ReturnType<typeof createRegistryStore>;
