import './people.messages.ts';
import { HEAD_POSTS, chronological } from './people.ts';
import type { PeopleStore } from './people.store.ts';
import type { Person, PositionRecord } from './people.ts';
import { DomainError } from '../platform/errors.ts';

export type Profile = Readonly<{ person: Person; positions: PositionRecord[] }>;

export function createPeopleService(store: PeopleStore) {
  return {
    async persons(): Promise<Person[]> {
      return store.persons();
    },

    /** A person and every post they held, earliest first. */
    async profile(id: string): Promise<Profile> {
      const [person] = await store.persons(id);
      if (!person)
        throw new DomainError('PERSON_NOT_FOUND', 'person.notFound', [{ field: 'id', message: 'person.notFound' }]);
      return { person, positions: chronological(await store.positions({ personId: id })) };
    },

    /** Executive Directors, then Secretaries General, in order of office. */
    async secretariatHeads(): Promise<PositionRecord[]> {
      return chronological((await store.positions()).filter((p) => HEAD_POSTS.includes(p.post)));
    },
    /** Everyone else on the Secretariat's record: deputies, staff, heads of advisory bodies. */
    async otherPositions(): Promise<PositionRecord[]> {
      return chronological((await store.positions()).filter((p) => !HEAD_POSTS.includes(p.post)));
    },
    async positionsOfNationals(stateCode: string): Promise<PositionRecord[]> {
      return chronological(await store.positions({ stateCode }));
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
