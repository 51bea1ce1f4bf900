import type { Db } from '../platform/db/database.ts';
import { bilingual } from '../platform/sourced.ts';
import type { BodyKind } from './bodies.ts';
import type { Case, Gender } from './ordinals.ts';
import type { Body } from './bodies.ts';

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
  };
}

export type BodiesStore = ReturnType<typeof createBodiesStore>;
