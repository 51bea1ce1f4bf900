import type { DocumentRecord, DocumentsStore } from './documents.store.ts';

/** Founding documents and legal instruments, as opposed to the working papers of priority areas. */
const WORKING_PAPERS = new Set(['concept-paper', 'action-plan']);

export function createDocumentsService(store: DocumentsStore) {
  return {
    async instruments(): Promise<DocumentRecord[]> {
      return (await store.documents()).filter((d) => !WORKING_PAPERS.has(d.kind));
    },
    async workingPapers(): Promise<DocumentRecord[]> {
      return (await store.documents()).filter((d) => WORKING_PAPERS.has(d.kind));
    },
    async actedOnBy(stateCode: string): Promise<DocumentRecord[]> {
      return store.documents({ stateCode });
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
