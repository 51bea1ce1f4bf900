import type { Db } from '../platform/db/database.ts';
import { bilingual, provenance } from '../platform/sourced.ts';
import type { BodyKind } from './bodies.ts';
import type { Case, Gender } from './ordinals.ts';
import type { Body, MeetingKind, Meeting, MeetingFilter } from './bodies.ts';

export function createBodiesStore(db: Db) {
  return {
    async bodies(): Promise<Body[]> {
      const [rows, series] = await Promise.all([
        db.selectFrom('body').selectAll().where('retired_at', 'is', null).orderBy('position').execute(),
        db.selectFrom('meeting_series').selectAll().orderBy('id').execute(),
      ]);
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind as BodyKind,
        position: r.position,
        name: bilingual(r.name_en, r.name_ru),
        acronym: bilingual(r.acronym_en, r.acronym_ru),
        formerName: bilingual(r.former_name_en, r.former_name_ru),
        renamedOn: r.renamed_on,
        founded: r.founded,
        role: bilingual(r.role_en, r.role_ru),
        frequency: bilingual(r.frequency_en, r.frequency_ru),
        series: series
          .filter((s) => s.body_id === r.id)
          .map((s) => ({
            from: s.from_date,
            nounEn: s.noun_en,
            headRu: JSON.parse(s.head_ru) as Record<Case, string>,
            genderRu: s.gender_ru as Gender,
            tailRu: s.tail_ru,
          })),
      }));
    },

    /** Meetings in date order; `heldBy` keeps those begun on or before that day. */
    async meetings(filter: MeetingFilter = {}): Promise<Meeting[]> {
      let q = db.selectFrom('meeting').selectAll().where('retired_at', 'is', null);
      if (filter.bodyId) q = q.where('body_id', '=', filter.bodyId);
      if (filter.ids) {
        if (filter.ids.length === 0) return [];
        q = q.where('id', 'in', filter.ids);
      }
      if (filter.heldBy) q = q.where('start_date', '<=', filter.heldBy);
      const rows = await q.orderBy('start_date').orderBy('id').execute();
      return rows.map((r) => ({
        id: r.id,
        bodyId: r.body_id,
        number: r.number,
        kind: r.kind as MeetingKind,
        status: r.status === 'planned' ? 'planned' : 'held',
        titleEn: r.title_en,
        titleRu: r.title_ru,
        start: r.start_date,
        end: r.end_date,
        city: bilingual(r.city_en, r.city_ru),
        countryCode: r.country_code,
        format: r.format as Meeting['format'],
        summary: bilingual(r.summary_en, r.summary_ru),
        provenance: provenance(r),
      }));
    },
  };
}

export type BodiesStore = ReturnType<typeof createBodiesStore>;
