import { DomainError } from '../platform/errors.ts';
import { HEAD_POSTS, chronological } from './people.ts';
import type { PeopleStore } from './people.store.ts';
import type { Person, PositionRecord } from './people.ts';

export function createPeopleService(store: PeopleStore) {
  return {
    persons: store.persons,

    /** Executive Directors, then Secretaries General, in order of office. */
    async secretariatHeads(): Promise<PositionRecord[]> {
      return chronological((await store.positions()).filter((p) => HEAD_POSTS.includes(p.post)));
    },
    /** Everyone else on the Secretariat's record: deputies, staff, heads of advisory bodies. */
    async otherPositions(): Promise<PositionRecord[]> {
      return chronological((await store.positions()).filter((p) => !HEAD_POSTS.includes(p.post)));
    },
    /** A person and every post they have held, earliest first; an unknown id is refused as PERSON_NOT_FOUND. */
    async profile(id: string): Promise<{ person: Person; positions: PositionRecord[] }> {
      const person = await store.person(id);
      if (!person)
        throw new DomainError('PERSON_NOT_FOUND', 'person.notFound', [{ field: 'id', message: 'person.notFound' }]);
      return { person, positions: chronological(await store.positions({ personId: id })) };
    },
    async positionsOfNationals(stateCode: string): Promise<PositionRecord[]> {
      return chronological(await store.positions({ stateCode }));
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
