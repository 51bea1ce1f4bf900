/**
 * Ordinal numbers for meeting titles. English: "Seventh", "12th". Russian
 * ordinals are adjectives, so they agree with the noun in gender and case:
 * "Седьмое заседание", "Седьмого заседания", "12-й форум", "12-го форума".
 */

export type Gender = 'm' | 'f' | 'n';
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep';
export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'];

const EN_UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const EN_TENS_ORDINAL = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function assertOrdinal(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`ordinal out of range: ${n}`);
}

/** "first" … "ninety-ninth"; above that, digits. */
export function englishOrdinalWord(n: number): string {
  assertOrdinal(n);
  if (n < 20) return EN_UNITS[n]!;
  if (n < 100) return n % 10 === 0 ? EN_TENS_ORDINAL[n / 10]! : `${EN_TENS[Math.floor(n / 10)]}-${EN_UNITS[n % 10]}`;
  return englishOrdinalNumeral(n);
}

/** "1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "112th". */
export function englishOrdinalNumeral(n: number): string {
  assertOrdinal(n);
  const lastTwo = n % 100;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

// Russian: the stem and its declension type. "Hard" stems take -ый/-ая/-ое,
// "stressed" ones -ой/-ая/-ое, and "третий" has its own soft paradigm.
type RuStem = { stem: string; type: 'hard' | 'stressed' | 'soft' };

const RU_UNITS: RuStem[] = [
  { stem: '', type: 'hard' },
  { stem: 'перв', type: 'hard' },
  { stem: 'втор', type: 'stressed' },
  { stem: 'трет', type: 'soft' },
  { stem: 'четвёрт', type: 'hard' },
  { stem: 'пят', type: 'hard' },
  { stem: 'шест', type: 'stressed' },
  { stem: 'седьм', type: 'stressed' },
  { stem: 'восьм', type: 'stressed' },
  { stem: 'девят', type: 'hard' },
  { stem: 'десят', type: 'hard' },
  { stem: 'одиннадцат', type: 'hard' },
  { stem: 'двенадцат', type: 'hard' },
  { stem: 'тринадцат', type: 'hard' },
  { stem: 'четырнадцат', type: 'hard' },
  { stem: 'пятнадцат', type: 'hard' },
  { stem: 'шестнадцат', type: 'hard' },
  { stem: 'семнадцат', type: 'hard' },
  { stem: 'восемнадцат', type: 'hard' },
  { stem: 'девятнадцат', type: 'hard' },
];
const RU_TENS_ORDINAL: RuStem[] = [
  { stem: '', type: 'hard' },
  { stem: '', type: 'hard' },
  { stem: 'двадцат', type: 'hard' },
  { stem: 'тридцат', type: 'hard' },
  { stem: 'сороков', type: 'stressed' },
  { stem: 'пятидесят', type: 'hard' },
  { stem: 'шестидесят', type: 'hard' },
  { stem: 'семидесят', type: 'hard' },
  { stem: 'восьмидесят', type: 'hard' },
  { stem: 'девяност', type: 'hard' },
];
const RU_TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const RU_HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];
const RU_HUNDREDS_ORDINAL = [
  '',
  'сот',
  'двухсот',
  'трёхсот',
  'четырёхсот',
  'пятисот',
  'шестисот',
  'семисот',
  'восьмисот',
  'девятисот',
];

// Endings by gender and case; the accusative masculine is that of inanimate nouns
// (meetings, forums), which is all a meeting title needs.
const ENDINGS: Record<RuStem['type'], Record<Gender, Record<Case, string>>> = {
  hard: {
    m: { nom: 'ый', gen: 'ого', dat: 'ому', acc: 'ый', ins: 'ым', prep: 'ом' },
    f: { nom: 'ая', gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', prep: 'ой' },
    n: { nom: 'ое', gen: 'ого', dat: 'ому', acc: 'ое', ins: 'ым', prep: 'ом' },
  },
  stressed: {
    m: { nom: 'ой', gen: 'ого', dat: 'ому', acc: 'ой', ins: 'ым', prep: 'ом' },
    f: { nom: 'ая', gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', prep: 'ой' },
    n: { nom: 'ое', gen: 'ого', dat: 'ому', acc: 'ое', ins: 'ым', prep: 'ом' },
  },
  soft: {
    m: { nom: 'ий', gen: 'ьего', dat: 'ьему', acc: 'ий', ins: 'ьим', prep: 'ьем' },
    f: { nom: 'ья', gen: 'ьей', dat: 'ьей', acc: 'ью', ins: 'ьей', prep: 'ьей' },
    n: { nom: 'ье', gen: 'ьего', dat: 'ьему', acc: 'ье', ins: 'ьим', prep: 'ьем' },
  },
};

/** "седьмое" (n, nom), "двадцать первого" (m, gen), "сто двенадцатой" (f, gen). */
export function russianOrdinalWord(n: number, gender: Gender, kase: Case = 'nom'): string {
  assertOrdinal(n);
  const hundreds = Math.floor(n / 100),
    rest = n % 100;
  const tens = Math.floor(rest / 10),
    units = rest % 10;
  const words: string[] = [];
  let last: RuStem;
  if (rest === 0) {
    last = { stem: RU_HUNDREDS_ORDINAL[hundreds]!, type: 'hard' };
  } else {
    if (hundreds) words.push(RU_HUNDREDS[hundreds]!);
    if (rest < 20) last = RU_UNITS[rest]!;
    else if (units === 0) last = RU_TENS_ORDINAL[tens]!;
    else {
      words.push(RU_TENS[tens]!);
      last = RU_UNITS[units]!;
    }
  }
  words.push(last.stem + ENDINGS[last.type][gender][kase]);
  return words.join(' ');
}

/**
 * "12-й", "12-го", "12-е", "12-я": the numeral with the short ending Russian
 * typography uses, taken from the last letters of the full word.
 */
export function russianOrdinalNumeral(n: number, gender: Gender, kase: Case = 'nom'): string {
  const word = russianOrdinalWord(n, gender, kase);
  const ending = /(ого|его|ому|ему)$/.test(word) ? word.slice(-2) : /(ый|ой|ий)$/.test(word) ? 'й' : word.slice(-1);
  return `${n}-${ending}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
}
