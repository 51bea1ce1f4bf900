/**
 * Keys that make two spellings of one name equal: Сарыбай, Sarybay and Sarybai
 * share one key, and so do Musayev and Musaev. The key is a romanization that
 * forgets what romanization systems disagree on (y/i, kh/h, zh/j, doubled
 * letters), so it works both ways between Cyrillic and Latin. Pure.
 */

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh, Tajik, Kyrgyz and Uzbek Cyrillic letters
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ӣ: 'i',
  ӯ: 'u',
  ҳ: 'h',
  ҷ: 'j',
  ў: 'u',
};

// Latin letters of Turkic and other alphabets, by how English-language outlets usually render them.
const LATIN: Readonly<Record<string, string>> = { ı: 'i', ç: 'ch', ş: 'sh', ğ: 'g', ə: 'a', x: 'kh', w: 'v', q: 'k' };

/** Cyrillic to a plain Latin romanization; Latin text is returned lowercased. */
export function romanize(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += CYRILLIC[ch] ?? LATIN[ch] ?? ch;
  return out.normalize('NFD').replace(/\p{M}/gu, '');
}

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

/** The key of one word of a name. */
export const nameKey = memo(computeNameKey);

function computeNameKey(word: string): string {
  return romanize(word)
    .replace(/[^a-z]/g, '')
    .replace(/dzh|dj/g, 'j')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ts/g, 'c')
    .replace(/([aeiou])y([aeiou])/g, '$1$2')
    .replace(/y/g, 'i')
    .replace(/ie/g, 'e')
    .replace(/(.)\1+/g, '$1');
}

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
