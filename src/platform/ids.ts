/**
 * Ids of new records: UUIDv7 (RFC 9562), which sort in the order records were
 * made, so lists and the audit trail need no second column to be in order.
 * Ids made before (UUIDv4, `state-status-…`, time-prefixed audit ids) keep
 * working: an id is only ever compared whole.
 */
import { v7 } from 'uuid';

export const newId = (): string => v7();
