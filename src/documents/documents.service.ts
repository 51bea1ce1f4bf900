import { WORKING_PAPER_KINDS } from './documents.ts';
import type { DocumentsStore } from './documents.store.ts';
import type { DocumentKind, DocumentRecord } from './documents.ts';

export function createDocumentsService(store: DocumentsStore) {
  return {
    async instruments(): Promise<DocumentRecord[]> {
      return (await store.documents()).filter((d) => !WORKING_PAPER_KINDS.has(d.kind));
    },
    async workingPapers(): Promise<DocumentRecord[]> {
      return (await store.documents()).filter((d) => WORKING_PAPER_KINDS.has(d.kind));
    },
    /** Public documents, oldest first, of one kind or acted on by one state when asked. */
    async list(filter: { kind?: DocumentKind; stateCode?: string } = {}): Promise<DocumentRecord[]> {
      const docs = await store.documents(filter.stateCode ? { stateCode: filter.stateCode } : {});
      return filter.kind ? docs.filter((d) => d.kind === filter.kind) : docs;
    },
    async actedOnBy(stateCode: string): Promise<DocumentRecord[]> {
      return store.documents({ stateCode });
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
