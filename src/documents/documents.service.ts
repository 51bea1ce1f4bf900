import { WORKING_PAPER_KINDS } from './documents.ts';
import type { DocumentsStore } from './documents.store.ts';
import type { DocumentRecord } from './documents.ts';

export function createDocumentsService(store: DocumentsStore) {
  return {
    async instruments(): Promise<DocumentRecord[]> {
      return (await store.documents()).filter((d) => !WORKING_PAPER_KINDS.has(d.kind));
    },
    async workingPapers(): Promise<DocumentRecord[]> {
      return (await store.documents()).filter((d) => WORKING_PAPER_KINDS.has(d.kind));
    },
    async actedOnBy(stateCode: string): Promise<DocumentRecord[]> {
      return store.documents({ stateCode });
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
