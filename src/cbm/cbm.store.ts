import type { Db } from '../platform/db/database.ts';
import { bilingual, provenance } from '../platform/sourced.ts';
import type { Role } from './cbm.ts';
import type { Version, Dimension, PriorityArea, Measure, CoordinatorRecord } from './cbm.ts';

export function createCbmStore(db: Db) {
  return {
    async versions(): Promise<Version[]> {
      const rows = await db.selectFrom('catalogue_version').selectAll().orderBy('adopted_on').execute();
      return rows.map((r) => ({
        id: r.id,
        adoptedOn: r.adopted_on,
        meetingId: r.meeting_id,
        title: bilingual(r.title_en, r.title_ru),
        note: bilingual(r.note_en, r.note_ru),
        provenance: provenance(r),
      }));
    },

    async dimensions(): Promise<Dimension[]> {
      const rows = await db.selectFrom('dimension').selectAll().orderBy('position').execute();
      return rows.map((r) => ({ id: r.id, position: r.position, name: bilingual(r.name_en, r.name_ru) }));
    },

    async priorityAreas(): Promise<PriorityArea[]> {
      const rows = await db
        .selectFrom('priority_area')
        .selectAll()
        .where('retired_at', 'is', null)
        .orderBy('dimension_id')
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        dimensionId: r.dimension_id,
        position: r.position,
        name: bilingual(r.name_en, r.name_ru),
        note: bilingual(r.note_en, r.note_ru),
      }));
    },

    async measures(): Promise<Measure[]> {
      const rows = await db
        .selectFrom('measure')
        .selectAll()
        .where('retired_at', 'is', null)
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        dimensionId: r.dimension_id,
        priorityAreaId: r.priority_area_id,
        versionId: r.catalogue_version_id,
        code: r.code,
        text: bilingual(r.text_en, r.text_ru),
        provenance: provenance(r),
      }));
    },

    async coordinatorTerms(filter: { stateCode?: string } = {}): Promise<CoordinatorRecord[]> {
      let q = db.selectFrom('coordinator_term').selectAll();
      if (filter.stateCode) q = q.where('state_code', '=', filter.stateCode);
      const rows = await q
        .orderBy('priority_area_id')
        .orderBy(
          (eb) => eb.fn.coalesce('from_date', 'from_attested'),
          (ob) => ob.asc().nullsFirst(),
        )
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        priorityAreaId: r.priority_area_id,
        stateCode: r.state_code,
        role: r.role as Role,
        from: r.from_date,
        fromAttested: r.from_attested,
        until: r.until_date,
        untilAttested: r.until_attested,
        note: bilingual(r.note_en, r.note_ru),
        provenance: provenance(r),
      }));
    },
  };
}

export type CbmStore = ReturnType<typeof createCbmStore>;
