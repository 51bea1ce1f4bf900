import type { Db } from '../platform/db/database.ts';
import { bilingual, provenance } from '../platform/sourced.ts';
import type { DocumentKind, StateAction } from './documents.ts';
import type { DocumentRecord } from './documents.ts';

export function createDocumentsStore(db: Db) {
  return {
    /** Public documents only: this record has no restricted ones yet, and the public site must never show them. */
    async documents(filter: { stateCode?: string } = {}): Promise<DocumentRecord[]> {
      const [docs, actions] = await Promise.all([
        db
          .selectFrom('document')
          .selectAll()
          .where('classification', '=', 'public')
          .where('retired_at', 'is', null)
          // Undated documents last on both engines (SQLite puts nulls first, PostgreSQL last).
          .orderBy('date', (ob) => ob.asc().nullsLast())
          .orderBy('id')
          .execute(),
        db.selectFrom('document_action').selectAll().orderBy('date').orderBy('id').execute(),
      ]);
      const result = docs.map((d) => ({
        id: d.id,
        kind: d.kind as DocumentKind,
        title: { en: d.title_en, ru: d.title_ru },
        date: d.date,
        place: bilingual(d.place_en, d.place_ru),
        meetingId: d.meeting_id,
        bodyId: d.body_id,
        priorityAreaId: d.priority_area_id,
        note: bilingual(d.note_en, d.note_ru),
        provenance: provenance(d),
        actions: actions
          .filter((a) => a.document_id === d.id)
          .map((a) => ({
            stateCode: a.state_code,
            action: a.action as StateAction,
            date: a.date,
            dateAttested: a.date_attested,
            reference: a.reference,
            provenance: provenance(a),
          })),
      }));
      return filter.stateCode ? result.filter((d) => d.actions.some((a) => a.stateCode === filter.stateCode)) : result;
    },
  };
}

export type DocumentsStore = ReturnType<typeof createDocumentsStore>;
