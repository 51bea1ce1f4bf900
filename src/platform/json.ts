/**
 * JSON from outside (request bodies, import files). Keys that reach an object's
 * prototype once the value is copied about (`__proto__`, `constructor`,
 * `prototype`) are refused with the path where they stand, rather than quietly
 * dropped, so the sender learns what was wrong.
 */

/** Keys that would reach the prototype of the object they land in, once copied about. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: string };

class ForbiddenKey extends Error {}

export function parseJson(text: string): ParsedJson {
  if (text.trim() === '') return { ok: false, reason: 'the body is empty; expected JSON' };
  try {
    const value: unknown = JSON.parse(text, (key, inner: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(`the key "${key}" is not allowed in JSON input`);
      return inner;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKey) return { ok: false, reason: error.message };
    return { ok: false, reason: `not valid JSON: ${(error as Error).message.split('\n')[0]}` };
  }
}
