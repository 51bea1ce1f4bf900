import type { IsoDate } from '../platform/dates.ts';
import { type OverdueTerm, termsPastPlannedEnd, troikaOn, type Troika } from './chairmanship.ts';
import type { ChairmanshipStore } from './chairmanship.store.ts';
import type { ChairTermRecord } from './chairmanship.ts';

export type TroikaOfRecords = Troika & {
  previous: ChairTermRecord | null;
  current: ChairTermRecord | null;
  incoming: ChairTermRecord | null;
};

export function createChairmanshipService(store: ChairmanshipStore) {
  return {
    /** All terms in date order; `startedBy` keeps those begun on or before that day. */
    async terms(startedBy?: IsoDate): Promise<ChairTermRecord[]> {
      const terms = await store.terms();
      return startedBy ? terms.filter((t) => t.from <= startedBy) : terms;
    },
    async troika(date: IsoDate): Promise<TroikaOfRecords> {
      return troikaOn(await store.terms(), date) as TroikaOfRecords;
    },
    /** Terms past their planned end with no successor recorded: for staff to confirm. */
    async termsPastPlannedEnd(date: IsoDate): Promise<Array<OverdueTerm & { term: ChairTermRecord }>> {
      return termsPastPlannedEnd(await store.terms(), date) as Array<OverdueTerm & { term: ChairTermRecord }>;
    },
  };
}

export type ChairmanshipService = ReturnType<typeof createChairmanshipService>;
