import type { Db } from '../platform/db/database.ts';
import { bilingual, provenance } from '../platform/sourced.ts';
import type {
  AdoptionMethod,
  Classification,
  DocumentKind,
  DocumentRecord,
  Stage,
  StateAction,
  VersionStep,
} from './documents.ts';

export type DocumentFilter = Readonly<{
  /** The classifications the reader may see: every query is bounded by them. */
  visible: readonly Classification[];
  id?: string | undefined;
  kind?: DocumentKind | undefined;
  bodyId?: string | undefined;
  year?: string | undefined;
  stage?: Stage | undefined;
  dimensionId?: string | undefined;
  stateCode?: string | undefined;
  meetingId?: string | undefined;
}>;

export type VersionRecord = Readonly<{
  id: string;
  number: number;
  meetingId: string | null;
  step: VersionStep;
  text: Readonly<{ en: string; ru: string | null }>;
  createdAt: string;
  createdBy: string | null;
}>;

export type FileRecord = Readonly<{
  id: string;
  key: string;
  name: string;
  type: string;
  size: number;
  lang: string | null;
  createdAt: string;
}>;

export function createDocumentsStore(db: Db) {
  return {
    async documents(filter: DocumentFilter): Promise<DocumentRecord[]> {
      if (filter.visible.length === 0) return [];
      let query = db
        .selectFrom('document')
        .selectAll()
        .where('classification', 'in', [...filter.visible])
        .where('retired_at', 'is', null);
      if (filter.id) query = query.where('id', '=', filter.id);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.bodyId) query = query.where('body_id', '=', filter.bodyId);
      if (filter.stage) query = query.where('stage', '=', filter.stage);
      if (filter.dimensionId) query = query.where('dimension_id', '=', filter.dimensionId);
      if (filter.meetingId) query = query.where('meeting_id', '=', filter.meetingId);
      if (filter.year) query = query.where('date', 'like', `${filter.year}%`);
      // Undated documents last on both engines (SQLite puts nulls first, PostgreSQL last).
      const docs = await query
        .orderBy('date', (ob) => ob.asc().nullsLast())
        .orderBy('id')
        .execute();
      if (docs.length === 0) return [];
      const ids = docs.map((d) => d.id);
      const [actions, attested] = await Promise.all([
        db
          .selectFrom('document_action')
          .selectAll()
          .where('document_id', 'in', ids)
          .orderBy('date')
          .orderBy('id')
          .execute(),
        db.selectFrom('document_attested').selectAll().where('document_id', 'in', ids).orderBy('as_of').execute(),
      ]);
      const result: DocumentRecord[] = docs.map((d) => ({
        id: d.id,
        kind: d.kind as DocumentKind,
        title: { en: d.title_en, ru: d.title_ru },
        date: d.date,
        place: bilingual(d.place_en, d.place_ru),
        meetingId: d.meeting_id,
        bodyId: d.body_id,
        priorityAreaId: d.priority_area_id,
        dimensionId: d.dimension_id,
        amendsId: d.amends_id,
        replacesId: d.replaces_id,
        classification: d.classification as Classification,
        stage: d.stage as Stage,
        symbol: d.symbol,
        adoption: {
          method: d.adoption_method as AdoptionMethod | null,
          silence:
            d.silence_circulated_on && d.silence_deadline
              ? {
                  circulatedOn: d.silence_circulated_on,
                  deadline: d.silence_deadline,
                  brokenBy: d.silence_broken_by,
                  brokenOn: d.silence_broken_on,
                }
              : null,
        },
        text: { en: d.text_en, ru: d.text_ru },
        rule: { required: d.eif_required, daysAfter: d.eif_days_after, lateDaysAfter: d.eif_late_days_after },
        note: bilingual(d.note_en, d.note_ru),
        provenance: provenance(d),
        actions: actions
          .filter((a) => a.document_id === d.id)
          .map((a) => ({
            id: a.id,
            stateCode: a.state_code,
            action: a.action as StateAction,
            date: a.date,
            dateAttested: a.date_attested,
            depositDate: a.deposit_date,
            reference: a.reference,
            note: bilingual(a.note_en, a.note_ru),
            provenance: provenance(a),
          })),
        attested: attested
          .filter((a) => a.document_id === d.id)
          .map((a) => ({ count: a.count, asOf: a.as_of, sources: a.sources })),
      }));
      return filter.stateCode ? result.filter((d) => d.actions.some((a) => a.stateCode === filter.stateCode)) : result;
    },

    /** Every symbol ever given, retired documents' too: a new one must differ from all. */
    async symbols(): Promise<string[]> {
      const rows = await db.selectFrom('document').select('symbol').where('symbol', 'is not', null).execute();
      return rows.map((r) => r.symbol!);
    },

    async versions(documentId: string): Promise<VersionRecord[]> {
      const rows = await db
        .selectFrom('document_version')
        .selectAll()
        .where('document_id', '=', documentId)
        .orderBy('number')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        number: r.number,
        meetingId: r.meeting_id,
        step: r.step as VersionStep,
        text: { en: r.text_en, ru: r.text_ru },
        createdAt: r.created_at,
        createdBy: r.created_by,
      }));
    },

    async files(documentId: string): Promise<FileRecord[]> {
      const rows = await db
        .selectFrom('document_file')
        .selectAll()
        .where('document_id', '=', documentId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        key: r.file_key,
        name: r.name,
        type: r.type,
        size: r.size,
        lang: r.lang,
        createdAt: r.created_at,
      }));
    },
  };
}

export type DocumentsStore = ReturnType<typeof createDocumentsStore>;
