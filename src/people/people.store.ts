import type { Db } from '../platform/db/database.ts';
import { bilingual, provenance } from '../platform/sourced.ts';
import type { Post } from './people.ts';
import type { Person, PositionRecord } from './people.ts';
import { isRomanization } from './people.ts';

const spelling = (n: { name: string; lang: string; script: string; romanization: string | null }) => ({
  name: n.name,
  lang: n.lang,
  script: n.script,
  romanization: isRomanization(n.romanization) ? n.romanization : null,
});

export function createPeopleStore(db: Db) {
  return {
    /** Everyone in the record (or the one asked for), with every spelling of their name. */
    async persons(id?: string): Promise<Person[]> {
      let people = db.selectFrom('person').selectAll().where('retired_at', 'is', null);
      let spellings = db.selectFrom('person_name').selectAll();
      if (id !== undefined) {
        people = people.where('id', '=', id);
        spellings = spellings.where('person_id', '=', id);
      }
      const [rows, names] = await Promise.all([people.orderBy('name_en').execute(), spellings.orderBy('id').execute()]);
      return rows.map((p) => ({
        id: p.id,
        name: bilingual(p.name_en, p.name_ru),
        stateCode: p.state_code,
        names: names.filter((n) => n.person_id === p.id).map(spelling),
        portraitId: p.portrait_picture_id ?? null,
      }));
    },

    async positions(filter: { stateCode?: string; personId?: string } = {}): Promise<PositionRecord[]> {
      let people = db.selectFrom('person').selectAll().where('retired_at', 'is', null);
      if (filter.stateCode) people = people.where('state_code', '=', filter.stateCode);
      if (filter.personId) people = people.where('id', '=', filter.personId);
      const personRows = await people.execute();
      if (personRows.length === 0) return [];
      const personIds = personRows.map((p) => p.id);
      const [names, positions] = await Promise.all([
        db.selectFrom('person_name').selectAll().where('person_id', 'in', personIds).orderBy('id').execute(),
        db
          .selectFrom('position')
          .selectAll()
          .where('person_id', 'in', personIds)
          .orderBy(
            (eb) => eb.fn.coalesce('from_date', 'from_attested'),
            (ob) => ob.asc().nullsFirst(),
          )
          .orderBy('id')
          .execute(),
      ]);
      const byId = new Map(
        personRows.map((p) => [
          p.id,
          {
            id: p.id,
            name: bilingual(p.name_en, p.name_ru),
            stateCode: p.state_code,
            names: names.filter((n) => n.person_id === p.id).map(spelling),
            portraitId: p.portrait_picture_id ?? null,
          },
        ]),
      );
      return positions.map((r) => ({
        id: r.id,
        personId: r.person_id,
        post: r.post as Post,
        from: r.from_date,
        fromAttested: r.from_attested,
        until: r.until_date,
        untilAttested: r.until_attested,
        person: byId.get(r.person_id)!,
        note: bilingual(r.note_en, r.note_ru),
        provenance: provenance(r),
      }));
    },
  };
}

export type PeopleStore = ReturnType<typeof createPeopleStore>;
