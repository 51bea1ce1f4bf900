/**
 * One key for the spellings of one word of a name: Сарыбай, Sarybay and
 * Sarybai share it, and so do Musayev, Musaev and Мусаев. Search indexes it
 * and media monitoring recognizes names by it: two tables would let a person
 * found in coverage stay unfound in search (й was i in one and y in the other).
 *
 * The key is a romanization that forgets what romanization systems disagree on
 * (y/i, kh/h, zh/j, ch/c, sh/s, ts/c, the glide in -ayev, doubled letters), so
 * it works both ways between Cyrillic and Latin, and the key of a beginning is
 * the beginning of the key (a half-typed name still finds it). Pure.
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
  // Kazakh, Kyrgyz, Tajik, Uzbek and Ukrainian letters that names of the region carry.
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ї: 'i',
  є: 'e',
  ў: 'u',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
};

// Latin letters of Turkic and European alphabets, as English-language outlets usually render them.
const LATIN: Readonly<Record<string, string>> = {
  ı: 'i',
  ç: 'ch',
  ş: 'sh',
  ğ: 'g',
  ə: 'a',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  đ: 'd',
  ł: 'l',
  ð: 'd',
  w: 'v',
  q: 'k',
};

/** Cyrillic to a plain Latin romanization, marks dropped; Latin text is returned lowercased. */
export function romanize(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += CYRILLIC[ch] ?? LATIN[ch] ?? ch;
  return out.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The key of one word of a name; empty where the word has no letters ("2024"). */
export function nameKey(word: string): string {
  const latin = romanize(word).replace(/[^a-z]/g, '');
  if (latin === '') return '';
  return (
    latin
      // Azerbaijani Latin writes Х as x (Xəlilov, Халилов); inside English words x is ks (Alexander, Александр).
      .replace(/^x/, 'h')
      .replace(/x/g, 'ks')
      .replace(/ph/g, 'f')
      .replace(/dzh|dj/g, 'j')
      .replace(/zh/g, 'j')
      .replace(/kh/g, 'h')
      .replace(/ts/g, 'c')
      .replace(/ch/g, 'c')
      .replace(/sh/g, 's')
      // Musayev / Musaev / Мусаев: the glide between vowels is written in some systems only.
      .replace(/([aeiou])y([aeiou])/g, '$1$2')
      .replace(/y/g, 'i')
      // Yerlan / Ерлан, Daniel / Даниэль: the glide before e is written in one script only.
      .replace(/ie/g, 'e')
      .replace(/(.)\1+/g, '$1')
  );
}
