/**
 * Documents' use cases: reading within the reader's classification, drafting in versions,
 * adopting (by consensus, silence or written procedure, a symbol given on adoption), the
 * instruments states deposit, the status of an instrument on a date, and the files of a
 * document. Every write goes through the one write path, with its audit entries.
 */
import './documents.messages.ts';
import type { Actor } from '../platform/access.ts';
import type { RegistryService } from '../registry/registry.service.ts';
import { type ChangeResult, createChanges, invalid, refused } from '../platform/changes.ts';
import type { Clock } from '../platform/clock.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db/database.ts';
import type { FieldProblem } from '../platform/errors.ts';
import type { FileStore } from '../platform/files/files.ts';
import { ORIGINALS, checkUpload } from '../platform/files/types.ts';
import { newId } from '../platform/ids.ts';
import type { BodiesService } from '../bodies/bodies.service.ts';
import {
  type AdoptionMethod,
  type Classification,
  type DocumentKind,
  type DocumentRecord,
  INSTRUMENT_KINDS,
  type StateAction,
  type TreatyStatus,
  type VersionStep,
  WORKING_PAPER_KINDS,
  checkNewVersion,
  instrumentProblems,
  nextSymbol,
  readableBy,
  silenceOutcome,
  silenceProblems,
  treatyStatus,
} from './documents.ts';
import { type DocumentFilter, type FileRecord, type VersionRecord, createDocumentsStore } from './documents.store.ts';

type Deps = Readonly<{
  clock: Clock;
  bodies: Pick<BodiesService, 'meetings'>;
  /** Which states are members on a day: a delegate reads member states' documents only while the state is one. */
  registry: Pick<RegistryService, 'standings'>;
  files: FileStore;
  /** The pattern of symbols (configuration: DOCUMENT_SYMBOL_PATTERN). */
  symbolPattern: string;
  /** Told after every write, so search and cached pages follow. */
  changed?: () => Promise<void>;
}>;

export type ListFilter = Omit<DocumentFilter, 'visible'>;

export type NewDraft = Readonly<{
  kind: DocumentKind;
  titleEn: string;
  titleRu: string | null;
  classification: Classification;
}>;

export type NewVersion = Readonly<{
  basedOn: number;
  meetingId: string;
  step: VersionStep;
  textEn: string;
  textRu: string | null;
}>;

export type Adoption =
  | Readonly<{ method: 'consensus'; meetingId: string }>
  | Readonly<{
      method: 'silence';
      bodyId: string;
      circulatedOn: IsoDate;
      deadline: IsoDate;
      brokenBy: string | null;
      brokenOn: IsoDate | null;
    }>
  | Readonly<{ method: 'written'; bodyId: string; date: IsoDate }>;

export type NewInstrument = Readonly<{
  stateCode: string;
  action: StateAction;
  date: IsoDate;
  depositDate: IsoDate | null;
  reference: string | null;
  noteEn: string | null;
}>;

export type Treaty = Readonly<{ document: DocumentRecord; status: TreatyStatus; asOf: IsoDate }>;

const problem = (field: string, message: string): FieldProblem => ({ field, message });

export function createDocumentsService(db: Db, deps: Deps) {
  const store = createDocumentsStore(db);
  const change = createChanges(db, deps.clock);
  const changed = async () => deps.changed?.();

  /** What the reader may see today; a delegate's state is looked up only for a delegate. */
  const visibleTo = async (actor: Actor | null): Promise<readonly Classification[]> => {
    if (actor?.role !== 'delegate' || !actor.stateCode) return readableBy(actor);
    const members = new Set((await deps.registry.standings(deps.clock.today(), 'member')).map((s) => s.stateCode));
    return readableBy(actor, (code) => members.has(code));
  };

  const one = async (visible: readonly Classification[], id: string) =>
    (await store.documents({ visible, id }))[0] ?? null;

  /** A meeting of a body, by id, or null: a document names only meetings that are. */
  const meeting = async (id: string) => (await deps.bodies.meetings({ ids: [id] }))[0] ?? null;

  return {
    /** What the reader may see, oldest first, filtered. */
    async list(actor: Actor | null, filter: ListFilter = {}): Promise<DocumentRecord[]> {
      return store.documents({ ...filter, visible: await visibleTo(actor) });
    },

    async get(actor: Actor | null, id: string): Promise<DocumentRecord | null> {
      return one(await visibleTo(actor), id);
    },

    /** Public founding documents and instruments: what search and other public pages list. */
    async instruments(): Promise<DocumentRecord[]> {
      return (await store.documents({ visible: ['public'] })).filter((d) => !WORKING_PAPER_KINDS.has(d.kind));
    },
    async workingPapers(): Promise<DocumentRecord[]> {
      return (await store.documents({ visible: ['public'] })).filter((d) => WORKING_PAPER_KINDS.has(d.kind));
    },
    async actedOnBy(stateCode: string): Promise<DocumentRecord[]> {
      return store.documents({ visible: ['public'], stateCode });
    },
    /** What a meeting adopted, as the reader may see it. */
    async adoptedAt(actor: Actor | null, meetingId: string): Promise<DocumentRecord[]> {
      return (await store.documents({ visible: await visibleTo(actor), meetingId })).filter(
        (d) => d.stage === 'adopted',
      );
    },

    /** Versions of a draft: staff only, since rounds of negotiation are not published. */
    async versions(actor: Actor | null, id: string): Promise<VersionRecord[]> {
      if (actor === null || actor.role === 'delegate') return [];
      return store.versions(id);
    },

    async files(actor: Actor | null, id: string): Promise<FileRecord[]> {
      return (await one(await visibleTo(actor), id)) ? store.files(id) : [];
    },

    /** The instruments in the status table: public legal instruments, the reader's own too. */
    async treaties(actor: Actor | null, asOf: IsoDate): Promise<Treaty[]> {
      const docs = (await store.documents({ visible: await visibleTo(actor) })).filter(
        (d) => INSTRUMENT_KINDS.has(d.kind) && d.stage === 'adopted',
      );
      return docs.map((document) => ({ document, asOf, status: statusOf(document, asOf) }));
    },

    async treaty(actor: Actor | null, id: string, asOf: IsoDate): Promise<Treaty | null> {
      const document = await one(await visibleTo(actor), id);
      if (!document || !INSTRUMENT_KINDS.has(document.kind)) return null;
      return { document, asOf, status: statusOf(document, asOf) };
    },

    async createDraft(actor: Actor, draft: NewDraft): Promise<ChangeResult> {
      const result = await change(actor, async (c) => {
        const id = newId();
        const row = {
          id,
          kind: draft.kind,
          title_en: draft.titleEn,
          title_ru: draft.titleRu,
          classification: draft.classification,
          stage: 'draft',
          sources: 'Secretariat',
          confidence: 'H',
        };
        await c.trx.insertInto('document').values(row).execute();
        await c.audit({ action: 'create', recordType: 'documents', recordId: id, before: null, after: row });
        return { ok: true as const, id };
      });
      if (result.ok) await changed();
      return result;
    },

    /** A new version of a draft, at the meeting that discussed it; refused when saved against an older one. */
    async saveVersion(
      actor: Actor,
      id: string,
      version: NewVersion,
    ): Promise<ChangeResult<{ id: string; number: number }>> {
      const doc = await one(await visibleTo(actor), id);
      if (!doc) return refused('not-found');
      if (doc.stage !== 'draft') return invalid([problem('basedOn', 'doc.error.notDraft')]);
      if (!(await meeting(version.meetingId))) return invalid([problem('meetingId', 'doc.error.noMeeting')]);
      const result = await change(actor, async (c) => {
        const latest = await c.trx
          .selectFrom('document_version')
          .select((eb) => eb.fn.max('number').as('n'))
          .where('document_id', '=', id)
          .executeTakeFirst();
        const next = checkNewVersion(Number(latest?.n ?? 0), version.basedOn);
        if (!next.ok)
          c.refuse({ ok: false, kind: 'conflict', problems: [problem('basedOn', 'doc.error.staleVersion')] });
        const row = {
          id: newId(),
          document_id: id,
          number: next.ok ? next.number : 0,
          meeting_id: version.meetingId,
          step: version.step,
          text_en: version.textEn,
          text_ru: version.textRu,
          created_at: c.at,
          created_by: actor.id,
        };
        await c.trx.insertInto('document_version').values(row).execute();
        await c.audit({
          action: 'create',
          recordType: 'document-versions',
          recordId: row.id,
          before: null,
          after: row,
        });
        return { ok: true as const, id: row.id, number: row.number };
      });
      if (result.ok) await changed();
      return result;
    },

    /**
     * Adopts a draft: by consensus at a meeting, by silence (adopted at the deadline unless
     * a state broke it), or by written procedure. The latest version becomes the text and
     * the document gets its symbol; a broken silence leaves it not adopted.
     */
    async adopt(
      actor: Actor,
      id: string,
      adoption: Adoption,
    ): Promise<ChangeResult<{ id: string; symbol: string | null }>> {
      const doc = await one(await visibleTo(actor), id);
      if (!doc) return refused('not-found');
      if (doc.stage !== 'draft') return invalid([problem('method', 'doc.error.notDraft')]);
      const versions = await store.versions(id);
      const latest = versions.at(-1);
      if (!latest) return invalid([problem('method', 'doc.error.noVersion')]);
      let bodyId: string;
      let date: IsoDate;
      let meetingId: string | null = null;
      let stage: 'adopted' | 'not-adopted' = 'adopted';
      let silence: Record<string, string | null> = {};
      if (adoption.method === 'consensus') {
        const m = await meeting(adoption.meetingId);
        if (m?.start.length !== 10) return invalid([problem('meetingId', 'doc.error.noMeeting')]);
        bodyId = m.bodyId;
        date = m.start;
        meetingId = m.id;
      } else if (adoption.method === 'silence') {
        const problems = silenceProblems(adoption);
        if (problems.length > 0) return invalid(problems.map((p) => problem(p.field, `doc.silence.${p.reason}`)));
        const outcome = silenceOutcome(adoption, deps.clock.today());
        if (outcome.state === 'running') return invalid([problem('deadline', 'doc.silence.running')]);
        bodyId = adoption.bodyId;
        date = outcome.on;
        if (outcome.state === 'broken') stage = 'not-adopted';
        silence = {
          silence_circulated_on: adoption.circulatedOn,
          silence_deadline: adoption.deadline,
          silence_broken_by: adoption.brokenBy,
          silence_broken_on: adoption.brokenOn,
        };
      } else {
        bodyId = adoption.bodyId;
        date = adoption.date;
      }
      const result = await change(actor, async (c) => {
        const symbol =
          stage === 'adopted'
            ? nextSymbol(
                deps.symbolPattern,
                { body: bodyId, year: date.slice(0, 4), kind: doc.kind },
                // Read in the transaction: two adoptions at once see each other's symbols, or the unique index refuses one.
                await createDocumentsStore(c.trx).symbols(),
              )
            : null;
        const values = {
          stage,
          adoption_method: adoption.method as AdoptionMethod,
          date,
          body_id: bodyId,
          meeting_id: meetingId,
          symbol,
          text_en: stage === 'adopted' ? latest.text.en : null,
          text_ru: stage === 'adopted' ? latest.text.ru : null,
          ...silence,
        };
        const before = await c.trx.selectFrom('document').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        if (before.stage !== 'draft') c.refuse(invalid([problem('method', 'doc.error.notDraft')]));
        await c.versioned('document', 'id', id, before.version, values);
        await c.audit({
          action: 'update',
          recordType: 'documents',
          recordId: id,
          before: { stage: before.stage, symbol: before.symbol, date: before.date },
          after: { stage, symbol, date },
        });
        return { ok: true as const, id, symbol };
      });
      if (result.ok) await changed();
      return result;
    },

    /** A state's signature or instrument of consent; refused before adoption or a second time. */
    async addInstrument(actor: Actor, id: string, input: NewInstrument): Promise<ChangeResult> {
      const doc = await one(await visibleTo(actor), id);
      if (!doc || !INSTRUMENT_KINDS.has(doc.kind)) return refused('not-found');
      if (doc.stage !== 'adopted') return invalid([problem('date', 'doc.error.notAdopted')]);
      const result = await change(actor, async (c) => {
        const state = await c.trx
          .selectFrom('state')
          .select('code')
          .where('code', '=', input.stateCode)
          .executeTakeFirst();
        if (!state) c.refuse(invalid([problem('state_code', 'doc.error.noState')]));
        const existing = await c.trx
          .selectFrom('document_action')
          .select(['state_code', 'action'])
          .where('document_id', '=', id)
          .execute();
        const problems = instrumentProblems(
          doc.date,
          existing.map((e) => ({ stateCode: e.state_code, action: e.action as StateAction })),
          input,
        );
        if (problems.length > 0) c.refuse(invalid(problems.map((p) => problem(p.field, `doc.instrument.${p.reason}`))));
        if (input.depositDate !== null && input.depositDate < input.date)
          c.refuse(invalid([problem('deposit_date', 'doc.instrument.depositBefore')]));
        const row = {
          id: newId(),
          document_id: id,
          state_code: input.stateCode,
          action: input.action,
          date: input.date,
          deposit_date: input.depositDate,
          reference: input.reference,
          note_en: input.noteEn,
          sources: 'Secretariat',
          confidence: 'H',
        };
        await c.trx.insertInto('document_action').values(row).execute();
        await c.audit({ action: 'create', recordType: 'document-actions', recordId: row.id, before: null, after: row });
        return { ok: true as const, id: row.id };
      });
      if (result.ok) await changed();
      return result;
    },

    /** Keeps an original (its kind read from the bytes) and links it to the document. */
    async addFile(
      actor: Actor,
      id: string,
      upload: Readonly<{ name: string; bytes: Uint8Array; tooLarge: boolean; lang: string | null }>,
    ): Promise<ChangeResult> {
      const doc = await one(await visibleTo(actor), id);
      if (!doc) return refused('not-found');
      const name = upload.name.replace(/[\\/]/g, '_').trim().slice(0, 200);
      if (!name) return invalid([problem('file', 'doc.file.missing')]);
      const checked = upload.tooLarge
        ? ({ ok: false, reason: 'too-large' } as const)
        : await checkUpload(name, upload.bytes, ORIGINALS);
      if (!checked.ok)
        return invalid([
          { field: 'file', message: `doc.file.${checked.reason}`, params: { mb: ORIGINALS.maxBytes / 1024 / 1024 } },
        ]);
      // The bytes are kept before the row that names them; bytes no row names are harmless (decision 016).
      const stored = await deps.files.put(upload.bytes, checked.kind.type);
      const result = await change(actor, async (c) => {
        const row = {
          id: newId(),
          document_id: id,
          file_key: stored.key,
          name,
          type: stored.type,
          size: stored.size,
          lang: upload.lang,
          created_at: c.at,
          created_by: actor.id,
        };
        await c.trx.insertInto('document_file').values(row).execute();
        await c.audit({ action: 'create', recordType: 'document-files', recordId: row.id, before: null, after: row });
        return { ok: true as const, id: row.id };
      });
      if (result.ok) await changed();
      return result;
    },

    /** A file of a document the reader may see, with whether caches may keep it. */
    async file(
      actor: Actor | null,
      id: string,
      fileId: string,
    ): Promise<(FileRecord & { cache: 'public' | 'private' }) | null> {
      const doc = await one(await visibleTo(actor), id);
      if (!doc) return null;
      const file = (await store.files(id)).find((f) => f.id === fileId);
      return file ? { ...file, cache: doc.classification === 'public' ? 'public' : 'private' } : null;
    },
  };
}

function statusOf(document: DocumentRecord, asOf: IsoDate): TreatyStatus {
  return treatyStatus(
    document.rule,
    document.actions.map((a) => ({
      stateCode: a.stateCode,
      action: a.action,
      date: a.date,
      dateAttested: a.dateAttested,
    })),
    document.attested,
    asOf,
  );
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
