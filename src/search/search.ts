/**
 * Search rules: how a visitor's words become a query both engines answer the
 * same way, and how a snippet's highlights are found again. Pure.
 */
export const SEARCH_TYPES = ['release', 'state', 'person', 'body', 'area', 'document'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Highlight markers the engines put around matches; no text in the record contains them. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

/** Words of a query: letters and digits of any script, lower-cased, at most eight. */
export function queryTokens(q: string): string[] {
  return [...q.toLocaleLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]).slice(0, 8);
}

/** FTS5: every word, as a prefix (`"казах"*` finds Казахстан). Tokens hold no quotes, so quoting is safe. */
export function ftsQuery(tokens: readonly string[]): string {
  return tokens.map((t) => `"${t}"*`).join(' AND ');
}

/** PostgreSQL tsquery with the 'simple' configuration: the same words, the same prefixes. */
export function tsQuery(tokens: readonly string[]): string {
  return tokens.map((t) => `${t}:*`).join(' & ');
}

export type Segment = Readonly<{ text: string; mark: boolean }>;

/** A snippet as plain and highlighted runs, for a view to escape and mark up. */
export function segments(snippet: string): Segment[] {
  const out: Segment[] = [];
  for (const [i, part] of snippet.split(MARK_START).entries()) {
    if (i === 0) { if (part) out.push({ text: part, mark: false }); continue; }
    const [marked = '', rest = ''] = part.split(MARK_END);
    if (marked) out.push({ text: marked, mark: true });
    if (rest) out.push({ text: rest, mark: false });
  }
  return out;
}

/** Results are counted up to here; beyond, a page says "more than". Counting every match of a common word is the slow part. */
export const COUNT_LIMIT = 200;

/**
 * Where a release sits in the SQLite index: rows are kept newest first
 * ((99999999 − yyyymmdd) × 100,000 + a counter), so "newest first" is a
 * forward read of a word's list that stops at the first page. (Read backwards,
 * FTS5 would buffer a common word's whole list first.) The record's pages sit below.
 */
export const RECORD_ROWIDS_BELOW = 1_000_000_000;
export function releaseRowidBase(date: string): number {
  return (99_999_999 - Number(date.slice(0, 10).replace(/-/g, ''))) * 100_000;
}
