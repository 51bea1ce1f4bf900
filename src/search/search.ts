/**
 * Search rules: how a visitor's words become a query both engines answer the
 * same way, and how a snippet's highlights are found again. Pure.
 */
import { nameKey } from '../platform/text/name-key.ts';

export const SEARCH_TYPES = ['release', 'speech', 'state', 'person', 'body', 'area', 'document', 'activity'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Highlight markers the engines put around matches; no text in the record contains them. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

/** A word as SQLite's unicode61 tokenizer sees one (its default categories `L* N* Co`). */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** Words of a query: letters and digits of any script, lower-cased, at most eight. */
export function queryTokens(q: string): string[] {
  return (q.toLowerCase().match(WORD) ?? []).slice(0, 8);
}

/** Words as the index's unicode61 tokenizer sees them, each once: the vocabulary a text adds. */
export function indexWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(WORD) ?? [])];
}

/** The index keeps its own lists for beginnings up to this long (the table's `prefix` option). */
export const PREFIX_INDEXED = 5;
/** Beyond this many words of the vocabulary, a beginning is left to FTS5 itself. */
export const EXPANSION_LIMIT = 64;

/**
 * Names are written in many ways: Sarybay, Sarybai, Сарыбай. A name's key
 * spells it the way any of them reduces to (Cyrillic transliterated, marks
 * dropped, y/ы read as i, kh as h, doubled letters once), so that one recorded
 * form finds the others. Keys are indexed behind NAME_KEY so that they match
 * only other keys, never ordinary words ("policy" is not a name).
 */
export const NAME_KEY = 'qx';

/** The indexed keys of every word of the names given, each once: what an entry adds so its names are found in any spelling. */
export function nameKeys(names: readonly string[]): string[] {
  const keys = names.flatMap((n) => (n.toLowerCase().match(WORD) ?? []).map(nameKey)).filter(Boolean);
  return [...new Set(keys)].map((k) => NAME_KEY + k);
}

/**
 * Text an entry is found by but does not show (names of linked people, name
 * keys) follows its body after this mark: both engines read it as a space,
 * and snippets are cut from what comes before it. No text in the record contains it.
 */
export const HIDDEN_MARK = '\u0003';

/** An entry's body: the text it shows, then what it is also found by. */
export function entryBody(text: string, hidden: readonly string[] = []): string {
  return hidden.length ? `${text}${HIDDEN_MARK}${hidden.join(' ')}` : text;
}

/** The part of an entry's body a reader sees. */
export function shownText(body: string): string {
  const at = body.indexOf(HIDDEN_MARK);
  return at < 0 ? body : body.slice(0, at);
}

/** A query's words, each with the name key it may also be found by. */
export function queryTerms(tokens: readonly string[]): string[][] {
  return tokens.map((t) => {
    const key = nameKey(t);
    return key ? [t, NAME_KEY + key] : [t];
  });
}

type Term = string | readonly string[];
const alternatives = (term: Term): readonly string[] => (typeof term === 'string' ? [term] : term);

/**
 * FTS5: every word, as a prefix (`"казах"*` finds Казахстан), or any of its
 * alternatives (`queryTerms`). A beginning longer than the prefix index covers
 * is better asked as the words that start with it (`("vorarmen" OR
 * "vorarmenlu")`): FTS5 reads those lists a page at a time, whereas for
 * `"vorarmen"*` it merges every such word's whole list first. Tokens hold no
 * quotes, so quoting is safe.
 */
export function ftsQuery(
  terms: readonly Term[],
  expansions: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
  return terms
    .map((term) => {
      const parts = alternatives(term).flatMap((t) => {
        const words = expansions.get(t);
        return words?.length ? words.map((w) => `"${w}"`) : [`"${t}"*`];
      });
      return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
}

/** PostgreSQL tsquery with the 'simple' configuration: the same words, the same prefixes, the same alternatives. */
export function tsQuery(terms: readonly Term[]): string {
  return terms
    .map((term) => {
      const parts = alternatives(term).map((t) => `${t}:*`);
      return parts.length === 1 ? parts[0]! : `(${parts.join(' | ')})`;
    })
    .join(' & ');
}

/**
 * A passage of a text around the first of its words a query's tokens begin,
 * the matches between markers: the same on both engines, and cheaper than
 * FTS5's snippet() on Cyrillic, which re-tokenizes every row in C at ~0.1 ms.
 */
export function snippetOf(text: string, tokens: readonly string[], size = 24): string {
  return snippetsFor(tokens, size)(text);
}

/** snippetOf for many texts and one query. */
export function snippetsFor(tokens: readonly string[], size = 24): (text: string) => string {
  // An initial ("K. Sarybay") begins half the words of a text: beside longer words it marks nothing.
  const marked = tokens.some((t) => t.length > 1) ? tokens.filter((t) => t.length > 1) : tokens;
  return (text) => cut(text, marked, size);
}

const WORD_CHAR = /[\p{L}\p{N}\p{Co}]/u;

/** Where the first word a token begins stands in a lower-cased text, or -1. Plain string search: a Unicode regex is slow on Cyrillic. */
function firstMatch(lower: string, tokens: readonly string[]): number {
  let best = -1;
  for (const token of tokens) {
    let i = lower.indexOf(token);
    while (i > 0 && WORD_CHAR.test(lower[i - 1]!)) i = lower.indexOf(token, i + 1);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

function cut(text: string, tokens: readonly string[], size: number): string {
  let lower = text.toLowerCase();
  // Lower-casing rarely changes a text's length (İ); positions must agree, so such a text is matched as it is.
  if (lower.length !== text.length) lower = text;
  const found = firstMatch(lower, tokens);
  const at = Math.max(0, found);
  const reach = size * 12;
  const from = at > reach ? text.lastIndexOf(' ', at - reach) + 1 : 0;
  const end0 = text.indexOf(' ', at + reach * 2);
  const to = end0 < 0 ? text.length : end0;
  const piece = text.slice(from, to);
  const words = [...lower.slice(from, to).matchAll(WORD)];
  if (words.length === 0) return '';
  const hit = (w: string) => tokens.some((t) => w.startsWith(t));
  const first =
    found < 0
      ? 0
      : Math.max(
          0,
          words.findIndex((w) => w.index + from >= at),
        );
  const start = Math.max(0, Math.min(first - Math.floor(size / 4), words.length - size));
  const end = Math.min(words.length, start + size);
  let out = start > 0 || from > 0 ? '…' : '';
  let pos = words[start]!.index;
  for (let i = start; i < end; i++) {
    const w = words[i]!;
    const original = piece.slice(w.index, w.index + w[0].length);
    out += piece.slice(pos, w.index);
    out += hit(w[0]) ? `${MARK_START}${original}${MARK_END}` : original;
    pos = w.index + w[0].length;
  }
  return end < words.length || to < text.length ? `${out}…` : out + piece.slice(pos);
}

export type Segment = Readonly<{ text: string; mark: boolean }>;

/** A snippet as plain and highlighted runs, for a view to escape and mark up. */
export function segments(snippet: string): Segment[] {
  const out: Segment[] = [];
  for (const [i, part] of snippet.split(MARK_START).entries()) {
    if (i === 0) {
      if (part) out.push({ text: part, mark: false });
      continue;
    }
    const [marked = '', rest = ''] = part.split(MARK_END);
    if (marked) out.push({ text: marked, mark: true });
    if (rest) out.push({ text: rest, mark: false });
  }
  return out;
}

/**
 * Results are counted up to here and paged through no further; beyond, a page says "more
 * than" and asks for a narrower search. Counting (and skipping to) every match of a common
 * word in a million releases is the slow part; no reader turns fifty pages.
 */
export const COUNT_LIMIT = 1000;

/** The pages a search's counted results fill: at least one, never beyond the count's limit. */
export function pagesOf(total: number, perPage: number, limit = COUNT_LIMIT): number {
  return Math.max(1, Math.ceil(Math.min(total, limit) / perPage));
}

/** Whether a page starts beyond what is counted: it is not read, and the page says why. */
export function beyondCount(offset: number, limit = COUNT_LIMIT): boolean {
  return offset >= limit;
}

/**
 * Where an entry sits in the SQLite index, so that a query's filters on
 * language, kind and date are rowid ranges FTS5 applies while it reads a
 * word's list, with no look-up elsewhere:
 *
 *   language × 10¹³ + (the record's pages: 1 … 10⁹ − 1
 *                      | a release: (99999999 − yyyymmdd) × 100,000 + a counter)
 *
 * Releases are kept newest first, so "newest first" is a forward read that
 * stops at the first page (read backwards, FTS5 would buffer a common word's
 * whole list first).
 */
const LANG_SPAN = 10_000_000_000_000;
const RECORDS_BELOW = 1_000_000_000;
const langBase = (lang: string) => (lang === 'ru' ? 1 : 0) * LANG_SPAN;
const dayBase = (date: string) => (99_999_999 - Number(date.slice(0, 10).replace(/-/g, ''))) * 100_000;

export type RowidRange = readonly [low: number, high: number];

/** The rows a release of that day and language may take. */
export function releaseRowids(date: string, lang: string): RowidRange {
  const low = langBase(lang) + dayBase(date);
  return [low, low + 99_999];
}

/** The rows of the record's own pages in a language. */
export function recordRowids(lang: string): RowidRange {
  return [langBase(lang) + 1, langBase(lang) + RECORDS_BELOW - 1];
}

/** The rows of a language's releases dated within `from`…`to` (either open). */
export function releaseRowidsBetween(lang: string, from?: string, to?: string): RowidRange {
  return [
    to ? releaseRowids(to, lang)[0] : langBase(lang) + RECORDS_BELOW,
    from ? releaseRowids(from, lang)[1] : langBase(lang) + LANG_SPAN - 1,
  ];
}

export type Hit = Readonly<{
  type: SearchType;
  refId: string;
  title: string;
  snippet: string;
  date: string | null;
  path: string;
}>;
