import type { Citation, Provenance } from '../platform/sourced.ts';
import { citedKeys } from './sources.ts';
import type { SourcesStore } from './sources.store.ts';

export function createSourcesService(store: SourcesStore) {
  return {
    /** The citations for the facts a page shows, in the order the page cites them; a key the record lacks is left out. */
    async cite(provenances: Iterable<Provenance | null | undefined>): Promise<Citation[]> {
      const keys = citedKeys(provenances);
      const found = new Map((await store.byKeys(keys)).map((c) => [c.key, c]));
      return keys.flatMap((k) => found.get(k) ?? []);
    },
  };
}

export type SourcesService = ReturnType<typeof createSourcesService>;
