/**
 * PostgreSQL cannot store a NUL character in text, and no person types one:
 * a request carrying one anywhere (query, body, a key or a value) is refused
 * before it is read, on both engines alike, naming where it was found.
 */
const NUL = '\u0000';

export function whereNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = whereNul(item, `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key.includes(NUL)) return at;
      const found = whereNul(item, at);
      if (found !== null) return found;
    }
  }
  return null;
}
