/**
 * The one way the record changes. A change runs in one transaction with its
 * audit entries; a write to a versioned row applies only if nobody saved it
 * since the version the editor started from; and every service answers in one
 * shape: saved, or refused with a stable kind and the problems, field by field.
 * A refusal thrown anywhere in the change rolls all of it back.
 */
import type { Kysely } from 'kysely';
import type { Actor } from './access.ts';
import { createAuditService } from './audit/audit.service.ts';
import type { AuditAction, Values as AuditValues } from './audit/audit.ts';
import type { Clock } from './clock.ts';
import { uniqueViolation } from './db/constraint.ts';
import type { Db } from './db/database.ts';
import type { FieldProblem } from './errors.ts';

/**
 * Why a change was not made: `invalid`, the input (the problems say where);
 * `conflict`, someone saved the record since the version this change started
 * from; `refused`, the rules do not allow it now (`reason` says which).
 */
export type Refusal =
  | Readonly<{ ok: false; kind: 'invalid'; problems: FieldProblem[] }>
  | Readonly<{ ok: false; kind: 'conflict'; problems: FieldProblem[] }>
  | Readonly<{ ok: false; kind: 'refused'; reason: string; problems: FieldProblem[] }>;

export type Saved<T extends object = { id: string }> = Readonly<{ ok: true }> & T;
export type ChangeResult<T extends object = { id: string }> = Saved<T> | Refusal;

type RefusalOf<K extends Refusal['kind']> = Extract<Refusal, { kind: K }>;
export const invalid = (problems: FieldProblem[]): RefusalOf<'invalid'> => ({ ok: false, kind: 'invalid', problems });
export const conflict = (): RefusalOf<'conflict'> => ({
  ok: false,
  kind: 'conflict',
  problems: [{ field: 'version', message: 'field.stale' }],
});
export const refused = (reason: string): RefusalOf<'refused'> => ({ ok: false, kind: 'refused', reason, problems: [] });

/** Thrown to leave a change: the transaction rolls back and the change answers the refusal. */
export class RefusedChange extends Error {
  constructor(readonly refusal: Refusal) {
    super(`change refused: ${refusal.kind}`);
  }
}

export type AuditNote = Readonly<{
  action: AuditAction;
  recordType: string;
  recordId: string;
  before: AuditValues | null;
  after: AuditValues | null;
}>;

/** What a change may do inside its transaction. */
export type Change = Readonly<{
  trx: Db;
  /** The moment of the change, the same for all it writes. */
  at: string;
  actor: Actor | null;
  audit: (note: AuditNote) => Promise<void>;
  /** Many notes in few statements (an import's batch). */
  auditAll: (notes: readonly AuditNote[]) => Promise<void>;
  /**
   * Writes `values` to the row of `table` whose `key` is `id`, only if its
   * `version` is still `version`, and moves the version on; otherwise the
   * change is refused as a conflict. Names come from code, never a request.
   */
  versioned: (
    table: string,
    key: string,
    id: string,
    version: number,
    values: Readonly<Record<string, unknown>>,
  ) => Promise<void>;
  refuse: (refusal: Refusal) => never;
}>;

export type Changes = <T extends object>(
  actor: Actor | null,
  run: (change: Change) => Promise<Saved<T>>,
) => Promise<ChangeResult<T>>;

/**
 * A write that runs into a unique constraint (two saves of one year's action
 * plan at once) is refused as invalid, naming the column it guards, never
 * answered with a server error.
 */
export function createChanges(db: Db, clock: Clock): Changes {
  return async (actor, run) => {
    const at = clock.now().toISOString();
    try {
      return await db.transaction().execute(async (trx) => {
        const audit = createAuditService(trx);
        const change: Change = {
          trx,
          at,
          actor,
          audit: (note) => audit.record({ at, accountId: actor?.id ?? null, ...note }),
          auditAll: (notes) => audit.recordAll(notes.map((note) => ({ at, accountId: actor?.id ?? null, ...note }))),
          versioned: async (table, key, id, version, values) => {
            const result = await (trx as unknown as Kysely<any>)
              .updateTable(table)
              .set({ ...values, version: version + 1 })
              .where(key, '=', id)
              .where('version', '=', version)
              .executeTakeFirst();
            if (Number(result.numUpdatedRows) !== 1) throw new RefusedChange(conflict());
          },
          refuse: (refusal) => {
            throw new RefusedChange(refusal);
          },
        };
        return await run(change);
      });
    } catch (error) {
      if (error instanceof RefusedChange) return error.refusal;
      const violation = uniqueViolation(error);
      if (violation) return invalid([{ field: violation.column ?? '', message: 'field.taken' }]);
      throw error;
    }
  };
}
