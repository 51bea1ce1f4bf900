import type { Db } from '../db/database.ts';
import { inStatements } from '../db/statements.ts';
import { newId } from '../ids.ts';
import type { AuditAction, AuditEntry, Values } from './audit.ts';

export type AuditFilter = Readonly<{
  accountId?: string;
  recordType?: string;
  recordId?: string;
  from?: string;
  to?: string;
  limit?: number;
}>;

type AuditRow = Readonly<{
  at: string;
  accountId: string | null;
  action: AuditAction;
  recordType: string;
  recordId: string;
  before: Values | null;
  after: Values | null;
}>;

const rowOf = (e: AuditRow) => ({
  id: newId(),
  at: e.at,
  account_id: e.accountId,
  action: e.action,
  record_type: e.recordType,
  record_id: e.recordId,
  before: e.before === null ? null : JSON.stringify(e.before),
  after: e.after === null ? null : JSON.stringify(e.after),
});

export function createAuditStore(db: Db) {
  return {
    async record(e: AuditRow): Promise<void> {
      await db.insertInto('audit_entry').values(rowOf(e)).execute();
    },
    async recordAll(entries: readonly AuditRow[]): Promise<void> {
      await inStatements(entries.map(rowOf), (part) => db.insertInto('audit_entry').values(part).execute());
    },

    async entries(filter: AuditFilter = {}): Promise<AuditEntry[]> {
      let q = db
        .selectFrom('audit_entry')
        .leftJoin('account', 'account.id', 'audit_entry.account_id')
        .select([
          'audit_entry.id',
          'audit_entry.at',
          'audit_entry.action',
          'audit_entry.record_type',
          'audit_entry.record_id',
          'audit_entry.before',
          'audit_entry.after',
          'account.id as account_id',
          'account.name as account_name',
        ]);
      if (filter.accountId) q = q.where('audit_entry.account_id', '=', filter.accountId);
      if (filter.recordType) q = q.where('audit_entry.record_type', '=', filter.recordType);
      if (filter.recordId) q = q.where('audit_entry.record_id', '=', filter.recordId);
      if (filter.from) q = q.where('audit_entry.at', '>=', filter.from);
      if (filter.to) q = q.where('audit_entry.at', '<', filter.to);
      // Ordered by time first: ids made before UUIDv7 sort differently.
      const rows = await q
        .orderBy('audit_entry.at', 'desc')
        .orderBy('audit_entry.id', 'desc')
        .limit(filter.limit ?? 500)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        action: r.action as AuditAction,
        recordType: r.record_type,
        recordId: r.record_id,
        actor: r.account_id ? { id: r.account_id, name: r.account_name ?? '' } : null,
        before: r.before === null ? null : (JSON.parse(r.before) as Values),
        after: r.after === null ? null : (JSON.parse(r.after) as Values),
      }));
    },
  };
}

export type AuditStore = ReturnType<typeof createAuditStore>;
