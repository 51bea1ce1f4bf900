import { HEAD_POSTS, chronological } from './people.ts';
import type { PeopleStore } from './people.store.ts';
import type { PositionRecord } from './people.ts';

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
    async positionsOfNationals(stateCode: string): Promise<PositionRecord[]> {
      return chronological(await store.positions({ stateCode }));
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
