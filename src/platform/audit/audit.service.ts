import type { Db } from '../db/database.ts';
import { createAuditStore } from './audit.store.ts';

/**
 * The audit trail as other capabilities use it. Given the transaction of a
 * change, the entry is written with the change or not at all.
 */
export function createAuditService(db: Db) {
  const store = createAuditStore(db);
  return { record: store.record, recordAll: store.recordAll, entries: store.entries };
}

export type AuditService = ReturnType<typeof createAuditService>;
