/**
 * Whole numbers as the record stores them: a 32-bit integer column on both
 * engines. PostgreSQL refuses a larger value with an error, SQLite keeps it;
 * bounding every input here makes both answer the same clear 400.
 */
import { z } from 'zod';

export const INT_MAX = 2_147_483_647;
export const INT_MIN = -2_147_483_648;

/** A stored whole number from a form or query (text coerced), with the office's message keys. */
export const storedInt = () =>
  z.coerce
    .number({ message: 'field.number' })
    .int('field.number')
    .min(INT_MIN, 'field.numberRange')
    .max(INT_MAX, 'field.numberRange');

/** A record's version, as a schema field. */
export const versionField = () =>
  z.coerce
    .number({ message: 'field.invalid' })
    .int('field.invalid')
    .min(0, 'field.invalid')
    .max(INT_MAX, 'field.invalid');

/** A record's version as a form sends it back: a whole number from 0, or null when it is not one. */
export function versionOf(text: unknown): number | null {
  if (typeof text !== 'string' || !/^\d{1,10}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n <= INT_MAX ? n : null;
}
