import { randomBytes } from 'node:crypto';

let sequence = 0;

/**
 * An id that sorts in the order records were made: the time, a counter for
 * records made in the same millisecond, and randomness across processes.
 */
export function sortableId(at: string): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${at}-${String(sequence).padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
}
