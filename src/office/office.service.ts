/**
 * Office use cases over any record type: validate with the type's one schema,
 * keep history when a period changes hands, refuse a stale save, and write the
 * audit entry in the same transaction as the change.
 */
import { newId } from '../platform/ids.ts';
import { type AuditEntry, changedFields } from '../platform/audit/audit.ts';
import { createAuditService } from '../platform/audit/audit.service.ts';
import type { Actor } from '../platform/access.ts';
import type { Clock } from '../platform/clock.ts';
import { type IsoDate, firstDay, isPartialDate } from '../platform/dates.ts';
import {
  type Change,
  type ChangeResult,
  type Refusal,
  RefusedChange,
  conflict,
  createChanges,
  invalid,
  refused,
} from '../platform/changes.ts';
import type { Db } from '../platform/db/database.ts';
import { DomainError, type FieldProblem } from '../platform/errors.ts';
import {
  type AuditedKind,
  type RecordsOf,
  type Resource,
  type Values,
  translatablePairs,
  validate,
} from '../platform/records.ts';
import type { Lang, MessageKey } from '../platform/i18n/i18n.ts';
import { type Row, createOfficeStore } from './office.store.ts';

/** One save of several made together: a creation, or an update from `version`. */
export type Save = Readonly<{ type: string; input: Record<string, unknown>; id?: string; version?: number }>;

/** The platform's one result shape; a conflict also says what changed since, and who changed it. */
export type SaveResult =
  | Exclude<ChangeResult, { kind: 'conflict' }>
  | (Extract<Refusal, { kind: 'conflict' }> & Readonly<{ current: Row; changed: string[]; by: AuditEntry | null }>);

/**
 * An audit entry as staff read it: the record by its title, its type and its
 * changed fields by their labels, and where the record's page is.
 */
export type AuditLine = Readonly<{
  entry: AuditEntry;
  typeLabel: MessageKey | null;
  title: string;
  path: string | null;
  fields: MessageKey[];
}>;

/** One record type's parity: records with English text, and how many of them miss Russian or have it older. */
export type ParityTotal = Readonly<{ label: MessageKey; records: number; missing: number; stale: number }>;

export type ParityGap = Readonly<{ resource: Resource; id: string; row: Row; field: string; gap: 'missing' | 'stale' }>;

/** What other capabilities learn of the office's changes (the search index listens). */
export type OfficeHooks = { changed: (type: string, id: string) => Promise<void> };

/**
 * The office over the record types the capabilities describe (`*.records.ts`),
 * handed over by the composition root: it knows no capability itself.
 */
export function createOfficeService(
  db: Db,
  clock: Clock,
  described: readonly RecordsOf[],
  hooks: OfficeHooks = { changed: async () => {} },
) {
  const resources = described.flatMap((d) => d.records);
  const byType = new Map(resources.map((r) => [r.type, r]));
  const references = new Map(described.flatMap((d) => d.references).map((r) => [r.kind, r]));
  const storeOf = (trx: Db) => createOfficeStore(trx, references);
  const store = storeOf(db);
  const audit = createAuditService(db);
  const change = createChanges(db, clock);

  /** The capability's checks see the record as the transaction has it, with this save's changes. */
  async function ownChecks(r: Resource, tx: ReturnType<typeof storeOf>, values: Values): Promise<void> {
    if (!r.check) return;
    const problems = await r.check(values, { list: (type, where) => tx.where(resource(type), where) });
    if (problems.length) throw new RefusedChange(invalid(problems));
  }

  const resource = (type: string): Resource => {
    const found = byType.get(type);
    if (!found)
      throw new DomainError('RECORD_NOT_FOUND', `no record type "${type}"`, [
        { field: 'type', message: 'unknown record type' },
      ]);
    return found;
  };

  // Inside a change, references are read in its transaction, so a record created earlier in it counts.
  async function refProblems(r: Resource, values: Values, st = store): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    for (const f of r.fields) {
      const v = values[f.column];
      if (f.kind === 'ref' && f.ref && typeof v === 'string' && !(await st.exists(f.ref, v)))
        problems.push({ field: f.column, message: 'field.unknownRef' });
      if (f.kind === 'refs' && f.ref && typeof v === 'string') {
        for (const one of v.split(/[\s,;]+/).filter(Boolean))
          if (!(await st.exists(f.ref, one))) {
            problems.push({ field: f.column, message: 'field.unknownRef' });
            break;
          }
      }
    }
    return problems;
  }

  const keyOf = (r: Resource, row: Values) => String(row[r.key]);

  /** Inside a change: an update of a record still at `version`, with its checks and audit entry. */
  async function updateIn(
    c: Change,
    r: Resource,
    id: string,
    version: number,
    values: Values,
    action: 'update' | 'retire' | 'restore',
  ) {
    const tx = storeOf(c.trx);
    const before = await tx.get(r, id);
    if (!before) throw new DomainError('RECORD_NOT_FOUND', `no ${r.type} "${id}"`);
    if (before.version !== version) c.refuse(conflict());
    await ownChecks(r, tx, { ...before, ...values });
    await c.versioned(r.table, r.key, id, version, values);
    await c.audit({
      action,
      recordType: r.type,
      recordId: id,
      before,
      after: { ...before, ...values, version: version + 1 },
    });
  }

  /** Inside a change: a new record, what its type fills in, the open period it closes, its checks and audit entry. */
  async function createIn(c: Change, r: Resource, id: string, checkedValues: Values) {
    const tx = storeOf(c.trx);
    const given = { ...checkedValues, [r.key]: id };
    const values = r.complete ? await r.complete(given, c) : given;
    // A new period in a slot closes the one still open there, on the new start day.
    const slot = r.slot?.(values);
    const start = (values.from_date ?? values.from_attested) as string | null | undefined;
    if (slot && typeof start === 'string' && isPartialDate(start)) {
      for (const open of await tx.openPeriods(r, slot, firstDay(start))) {
        await c.versioned(r.table, r.key, keyOf(r, open), open.version, { until_date: start });
        const closed = { ...open, until_date: start, version: open.version + 1 };
        await c.audit({ action: 'update', recordType: r.type, recordId: keyOf(r, open), before: open, after: closed });
      }
    }
    await ownChecks(r, tx, values);
    await tx.insert(r, values);
    await c.audit({
      action: 'create',
      recordType: r.type,
      recordId: id,
      before: null,
      after: { ...values, version: 1 },
    });
  }

  /**
   * Applies a change only if the record is still at `version`, with its audit
   * entry in the same transaction; otherwise reports what others changed since.
   */
  async function versionedChange(
    actor: Actor,
    r: Resource,
    id: string,
    version: number,
    values: Values,
    action: 'update' | 'retire' | 'restore',
  ): Promise<SaveResult> {
    const result = await change(actor, async (c) => {
      await updateIn(c, r, id, version, values, action);
      return { ok: true, id } as const;
    });
    if (result.ok) await hooks.changed(r.type, id);
    if (result.ok || result.kind !== 'conflict') return result;
    const current = await store.get(r, id);
    const since = (await audit.entries({ recordType: r.type, recordId: id })).filter(
      (e) => Number(e.before?.version ?? 0) >= version,
    );
    const changed = [...new Set(since.flatMap((e) => changedFields(e.before, e.after)))];
    return { ...result, current: current!, changed, by: since[0] ?? null };
  }

  return {
    resource,
    resources,

    async list(type: string, parent?: { column: string; value: string }): Promise<Row[]> {
      return store.list(resource(type), parent ? { column: parent.column, value: parent.value } : {});
    },

    async get(type: string, id: string): Promise<Row> {
      const row = await store.get(resource(type), id);
      if (!row)
        throw new DomainError('RECORD_NOT_FOUND', `no ${type} "${id}"`, [{ field: 'id', message: 'not found' }]);
      return row;
    },

    /**
     * Everything saving would refuse, without saving: the schema's problems and,
     * for the fields the schema let through, references to records that do not exist.
     */
    async check(type: string, mode: 'create' | 'update', input: Record<string, unknown>): Promise<FieldProblem[]> {
      const r = resource(type);
      const checked = validate(r, mode, input);
      if (checked.ok) return refProblems(r, checked.values);
      const refused = new Set(checked.problems.map((p) => p.field));
      const rest = Object.fromEntries(
        Object.entries(input).filter(([k, v]) => !refused.has(k) && typeof v === 'string' && v.trim() !== ''),
      ) as Values;
      return [...checked.problems, ...(await refProblems(r, rest))];
    },

    async create(actor: Actor, type: string, input: Record<string, unknown>): Promise<SaveResult> {
      const r = resource(type);
      const checked = validate(r, 'create', input);
      if (!checked.ok) return { ok: false, kind: 'invalid', problems: checked.problems };
      const refs = await refProblems(r, checked.values);
      if (refs.length) return { ok: false, kind: 'invalid', problems: refs };
      const id = r.key === 'code' ? String(checked.values.code) : newId();
      if (await store.get(r, id))
        return { ok: false, kind: 'invalid', problems: [{ field: r.key, message: 'field.taken' }] };
      const result = await change(actor, async (c) => {
        await createIn(c, r, id, checked.values);
        return { ok: true, id } as const;
      });
      // A period this one closes was saved meanwhile by someone else: nothing was written.
      if (!result.ok && result.kind === 'conflict') return refused('period-changed-meanwhile');
      if (!result.ok) return result;
      await hooks.changed(r.type, id);
      return { ok: true, id };
    },

    /**
     * Several creations and updates as one change: all are saved, or none (a plan
     * imported from a file). Each is checked first; the first refusal refuses all.
     */
    async saveAll(actor: Actor, saves: readonly Save[]): Promise<ChangeResult<{ ids: string[] }>> {
      const ready: Array<{ save: Save; r: Resource; id: string; values: Values }> = [];
      for (const save of saves) {
        const r = resource(save.type);
        const checked = validate(r, save.id === undefined ? 'create' : 'update', save.input);
        if (!checked.ok) return invalid(checked.problems);
        const refs = await refProblems(r, checked.values);
        if (refs.length) return invalid(refs);
        const id = save.id ?? (r.key === 'code' ? String(checked.values.code) : newId());
        ready.push({ save, r, id, values: checked.values });
      }
      const result = await change(actor, async (c) => {
        for (const { save, r, id, values } of ready) {
          if (save.id === undefined) await createIn(c, r, id, values);
          else await updateIn(c, r, id, save.version ?? -1, values, 'update');
        }
        return { ok: true, ids: ready.map((x) => x.id) } as const;
      });
      if (result.ok) for (const { r, id } of ready) await hooks.changed(r.type, id);
      return result;
    },

    /**
     * Saves inside a change another capability is making, so its own writes and
     * these records commit or roll back together, with every audit entry. Each
     * save is checked in the change's transaction, in order (a name may point at
     * the person created just before it); the first refusal refuses the change.
     * The caller tells `announce` once the change is committed.
     */
    async saveIn(c: Change, saves: readonly Save[]): Promise<string[]> {
      const ids: string[] = [];
      const tx = storeOf(c.trx);
      for (const save of saves) {
        const r = resource(save.type);
        const checked = validate(r, save.id === undefined ? 'create' : 'update', save.input);
        if (!checked.ok) c.refuse(invalid(checked.problems));
        const refs = await refProblems(r, checked.values, tx);
        if (refs.length) c.refuse(invalid(refs));
        const id = save.id ?? (r.key === 'code' ? String(checked.values.code) : newId());
        if (save.id === undefined) await createIn(c, r, id, checked.values);
        else await updateIn(c, r, id, save.version ?? -1, checked.values, 'update');
        ids.push(id);
      }
      return ids;
    },

    /** What a committed change saved through `saveIn`, told to those who listen (the search index). */
    async announce(saved: ReadonlyArray<Readonly<{ type: string; id: string }>>): Promise<void> {
      for (const { type, id } of saved) await hooks.changed(resource(type).type, id);
    },

    async update(
      actor: Actor,
      type: string,
      id: string,
      input: Record<string, unknown>,
      version: number,
    ): Promise<SaveResult> {
      const r = resource(type);
      const checked = validate(r, 'update', input);
      if (!checked.ok) return { ok: false, kind: 'invalid', problems: checked.problems };
      const refs = await refProblems(r, checked.values);
      if (refs.length) return { ok: false, kind: 'invalid', problems: refs };
      return versionedChange(actor, r, id, version, checked.values, 'update');
    },

    async setRetired(actor: Actor, type: string, id: string, version: number, retired: boolean): Promise<SaveResult> {
      const r = resource(type);
      if (!r.retirable) throw new DomainError('FORBIDDEN', `${type} records are corrected, not retired`);
      return versionedChange(
        actor,
        r,
        id,
        version,
        { retired_at: retired ? clock.now().toISOString() : null },
        retired ? 'retire' : 'restore',
      );
    },

    async history(type: string, id: string): Promise<AuditEntry[]> {
      return audit.entries({ recordType: resource(type).type, recordId: id });
    },

    /** The audit log, filtered by person, record type and days; both days are included. */
    async log(filter: {
      accountId?: string | undefined;
      recordType?: string | undefined;
      fromDay?: IsoDate | undefined;
      toDay?: IsoDate | undefined;
      limit?: number;
    }): Promise<AuditEntry[]> {
      const dayAfter = (d: IsoDate) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
      return audit.entries({
        accountId: filter.accountId,
        recordType: filter.recordType,
        limit: filter.limit,
        from: filter.fromDay ? `${filter.fromDay}T00:00:00.000Z` : undefined,
        to: filter.toDay ? dayAfter(filter.toDay) : undefined,
      });
    },

    /**
     * Entries named for staff. A record the office edits is named from the
     * values the entry kept (so a retired or renamed one reads as it was then);
     * the other kinds are named by the capability that owns them.
     */
    async describe(entries: readonly AuditEntry[], lang: Lang, others: readonly AuditedKind[]): Promise<AuditLine[]> {
      const kinds = new Map(others.map((k) => [k.type, k]));
      const names = new Map<string, ReadonlyMap<string, string>>();
      await Promise.all(
        others.map(async (k) => {
          const ids = [...new Set(entries.filter((e) => e.recordType === k.type).map((e) => e.recordId))];
          names.set(k.type, ids.length ? await k.names(ids, lang) : new Map());
        }),
      );
      return entries.map((entry): AuditLine => {
        const changed = changedFields(entry.before, entry.after);
        const r = byType.get(entry.recordType);
        if (r) {
          const labels = new Map(r.fields.map((f) => [f.column, f.label]));
          const values = (entry.after ?? entry.before ?? {}) as Values;
          return {
            entry,
            typeLabel: r.labels.one,
            title: r.title(values, lang) || entry.recordId,
            path: `/office/records/${r.type}/${encodeURIComponent(entry.recordId)}`,
            fields: changed.flatMap((c) => labels.get(c) ?? []),
          };
        }
        const k = kinds.get(entry.recordType);
        return {
          entry,
          typeLabel: k?.one ?? null,
          title: names.get(entry.recordType)?.get(entry.recordId) ?? entry.recordId,
          path: k?.path?.(entry.recordId) ?? null,
          fields: k ? changed.flatMap((c) => k.fields[c] ?? []) : [],
        };
      });
    },

    async options(ref: Parameters<typeof store.options>[0]) {
      return store.options(ref);
    },

    /** The names of the linked records of one kind, read by their ids alone. */
    async names(ref: Parameters<typeof store.names>[0], ids: readonly string[]) {
      return store.names(ref, ids);
    },

    /** Whether a record a link points at exists: states by code, the rest by id. */
    async exists(ref: Parameters<typeof store.exists>[0], id: string): Promise<boolean> {
      return store.exists(ref, id);
    },

    /**
     * Records whose Russian text is missing, or older than the English it
     * translates (the English changed after the Russian last did).
     */
    async parity(): Promise<ParityGap[]> {
      return (await this.parityReport()).gaps;
    },

    /** The gaps, and for each record type with text to translate: how many records, how many lack or lag in Russian. */
    async parityReport(): Promise<{ gaps: ParityGap[]; totals: ParityTotal[] }> {
      const gaps: ParityGap[] = [];
      const totals: ParityTotal[] = [];
      for (const r of resources) {
        const pairs = translatablePairs(r);
        if (pairs.length === 0) continue;
        const [rows, entries] = await Promise.all([
          store.list(r),
          audit.entries({ recordType: r.type, limit: 100000 }),
        ]);
        const lastChange = new Map<string, string>();
        for (const e of entries) {
          for (const field of changedFields(e.before, e.after)) {
            const key = `${e.recordId}\u0000${field}`;
            if (!lastChange.has(key)) lastChange.set(key, e.at); // entries come newest first
          }
        }
        const before = gaps.length;
        let records = 0;
        for (const row of rows) {
          if (row.retired_at) continue;
          if (pairs.some(([en]) => row[en] !== null && row[en] !== undefined)) records += 1;
          const id = keyOf(r, row);
          for (const [en, ru] of pairs) {
            if (row[en] === null || row[en] === undefined) continue;
            if (row[ru] === null || row[ru] === undefined || row[ru] === '')
              gaps.push({ resource: r, id, row, field: ru, gap: 'missing' });
            else if ((lastChange.get(`${id}\u0000${en}`) ?? '') > (lastChange.get(`${id}\u0000${ru}`) ?? ''))
              gaps.push({ resource: r, id, row, field: ru, gap: 'stale' });
          }
        }
        const mine = gaps.slice(before);
        totals.push({
          label: r.labels.many,
          records,
          missing: new Set(mine.filter((g) => g.gap === 'missing').map((g) => g.id)).size,
          stale: new Set(mine.filter((g) => g.gap === 'stale').map((g) => g.id)).size,
        });
      }
      return { gaps, totals };
    },
  };
}

export type OfficeService = ReturnType<typeof createOfficeService>;
