/**
 * Names as media monitoring reads them: the platform's name key (one table with
 * search, platform/text/name-key.ts) remembered for words seen again, declined
 * Russian names brought back to their nominatives, and the deletions that find
 * one-letter typos. Pure.
 */
import { nameKey as platformNameKey } from '../platform/text/name-key.ts';

/**
 * A function's answers kept for words seen before: coverage repeats its words
 * (names, places, "the"), so most keys are computed once. The table is emptied
 * when it grows past `size`, which bounds memory on any input.
 */
export function memo(fn: (word: string) => string, size = 100_000): (word: string) => string {
  let cache = new Map<string, string>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      if (cache.size >= size) cache = new Map();
      v = fn(word);
      cache.set(word, v);
    }
    return v;
  };
}

/** The key of one word of a name (the platform's one table), kept for words seen before. */
export const nameKey = memo(platformNameKey);

const isCyrillic = (word: string) => /\p{Script=Cyrillic}/u.test(word);

// Russian case endings of names and adjectives, longest first ("Сарыбаем" → "Сарыба").
const RU_ENDINGS = [
  'ского',
  'скому',
  'ская',
  'ской',
  'ский',
  'ское',
  'ские',
  'ских',
  'ским',
  'ыми',
  'ими',
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ой',
  'ей',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'их',
  'ых',
  'ым',
  'им',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'о',
  'й',
  'ь',
];

/** The stem of a Russian word with its case ending cut, for matching names and adjectives in any case. */
export const russianStem = memo(computeRussianStem);

function computeRussianStem(word: string): string {
  const w = word.toLowerCase();
  for (const e of RU_ENDINGS) if (w.length - e.length >= 3 && w.endsWith(e)) return w.slice(0, -e.length);
  return w;
}

/**
 * The forms a word of a name may be in the nominative: a Latin word is
 * itself; a Russian one may be declined ("Сарыбая", "Сарыбаем" → "Сарыбай",
 * "Мусаевым" → "Мусаев"), so its likely nominatives are tried too.
 */
export function nominatives(word: string): string[] {
  if (!isCyrillic(word)) return [word];
  const w = word.toLowerCase();
  const out = new Set([w]);
  const cut = (n: number) => w.slice(0, -n);
  if (w.length > 4) {
    if (/(ым|ом|ем|ой|ей|ою|ею)$/.test(w)) out.add(cut(2));
    if (/[ауеыяюи]$/.test(w)) out.add(cut(1));
    if (/[яюе]$/.test(w)) out.add(`${cut(1)}й`);
    if (/ем$/.test(w)) out.add(`${cut(2)}й`);
    if (/(ой|ую)$/.test(w)) out.add(`${cut(2)}а`);
    if (/(ы|е|у)$/.test(w)) out.add(`${cut(1)}а`);
  }
  return [...out];
}

/** The writing system of a spelling, as ISO 15924 names it. */
export function scriptOf(name: string): 'Cyrl' | 'Latn' | 'Hans' | 'Arab' | 'Zyyy' {
  if (/\p{Script=Cyrillic}/u.test(name)) return 'Cyrl';
  if (/\p{Script=Han}/u.test(name)) return 'Hans';
  if (/\p{Script=Arabic}/u.test(name)) return 'Arab';
  if (/\p{Script=Latin}/u.test(name)) return 'Latn';
  return 'Zyyy';
}

/** Every single-letter deletion of a key: two keys one edit apart share one of these. */
export function deletions(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}

// Whether a UTF-16 code unit is a letter, decided once per unit: scanning text a character at a
// time with this table is several times faster than a Unicode regular expression.
const LETTER = new Uint8Array(65536);
/** Whether the code unit is a letter (surrogates, for letters outside the first plane, count as letters). */
export function isLetterCode(code: number): boolean {
  let v = LETTER[code]!;
  if (v === 0) {
    v = (code >= 0xd800 && code <= 0xdfff) || /\p{L}|\p{M}/u.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER[code] = v;
  }
  return v === 1;
}
