/**
 * English and Russian, CICA's working languages. The platform keeps the words
 * every part of the site shares; each capability keeps its own beside its views
 * (`activities/activities.messages.ts`) and adds them here. The Russian table
 * must have every English key (the compiler checks), so no page can ship
 * half-translated.
 */
import type { IsoDate, PartialDate } from '../dates.ts';
import { precisionOf } from '../dates.ts';
import { en } from './messages.en.ts';
import { ru } from './messages.ru.ts';

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

type Shared = typeof en;
/**
 * Every message the platform can say: the shared ones, and each capability's,
 * which its messages module adds by declaration merging.
 */
export interface Messages extends Shared {}
export type MessageKey = keyof Messages & string;

/** A count's forms, as Intl.PluralRules names them: English uses one and other; Russian one, few, many (and other for fractions). */
export type Plural = Readonly<{ one: string; few?: string; many?: string; other: string }>;
type RussianPlural = Readonly<{ one: string; few: string; many: string; other: string }>;
export type Table = Readonly<Record<string, string | Plural>>;
/** A Russian table has every key of its English one; where the English is a plural, so is the Russian, with all its forms. */
export type RussianTable<E extends Table> = { [K in keyof E]: E[K] extends string ? string : RussianPlural };

const tables: Record<Lang, Map<string, string | Plural>> = {
  en: new Map(Object.entries(en)),
  ru: new Map(Object.entries(ru)),
};

/**
 * Adds a capability's words to the tables. A key defined twice is refused:
 * two parts of the platform would be fighting over what it says.
 */
export function defineMessages<E extends Table>(english: E, russian: RussianTable<E>): void {
  const twice = Object.keys(english).find((key) => tables.en.has(key));
  if (twice) throw new Error(`The message ${twice} is defined twice`);
  for (const [key, text] of Object.entries(english)) {
    tables.en.set(key, text);
    tables.ru.set(key, (russian as Table)[key] ?? text);
  }
}
const LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };
const pluralRules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules(LOCALE.en),
  ru: new Intl.PluralRules(LOCALE.ru),
};

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ru';
}

/**
 * A message, with `{name}` placeholders filled in. A plural message takes its
 * form from the count among the parameters (`count`, `n` or `total`):
 * "1 result", "2 results"; "1 совещание", "2 совещания", "5 совещаний".
 */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const message = tables[lang].get(key);
  // Only a file that says a capability's words without importing its messages module gets here.
  if (message === undefined) throw new Error(`The message ${key} is not defined: import its capability's messages`);
  const text = typeof message === 'string' ? message : pluralForm(lang, message, params);
  return params ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : text;
}

function pluralForm(lang: Lang, forms: Plural, params: Record<string, string | number> | undefined): string {
  const count = Number(params?.count ?? params?.n ?? params?.total ?? 0);
  const form = pluralRules[lang].select(count) as keyof Plural;
  return forms[form] ?? forms.other;
}

export function isMessageKey(value: string): value is MessageKey {
  return tables.en.has(value);
}

/** A problem's message as the reader should see it: a message key in their language, other text as it is. */
export function say(lang: Lang, message: string, params?: Readonly<Record<string, string | number>>): string {
  return isMessageKey(message) ? t(lang, message, params as Record<string, string | number> | undefined) : message;
}

/** A post named after a person's name and a comma: Russian writes it in lower case («Кайрат Сарыбай, генеральный секретарь»). */
export function postAfterName(lang: Lang, post: string): string {
  return lang === 'ru' ? post.charAt(0).toLocaleLowerCase('ru') + post.slice(1) : post;
}

/** A sentence's full stop, unless the text already ends with one ("2014 г." takes no second). */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** Picks the text of a bilingual field; Russian falls back to English where there is none. */
export function pick(lang: Lang, en: string, ru: string | null | undefined): string;
export function pick(lang: Lang, en: string | null | undefined, ru: string | null | undefined): string | null;
export function pick(lang: Lang, en: string | null | undefined, ru: string | null | undefined): string | null {
  return lang === 'ru' ? (ru ?? en ?? null) : (en ?? null);
}

const collators: Record<Lang, Intl.Collator> = {
  en: new Intl.Collator('en', { sensitivity: 'base' }),
  ru: new Intl.Collator('ru', { sensitivity: 'base' }),
};

/** Sorts by each language's own alphabet ("Türkiye" after "Thailand"; "Япония" last in Russian). */
export function sortByName<T>(lang: Lang, items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => collators[lang].compare(name(a), name(b)));
}

const dayFormat = Object.fromEntries(
  LANGS.map((l) => [
    l,
    new Intl.DateTimeFormat(LOCALE[l], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ]),
) as Record<Lang, Intl.DateTimeFormat>;
const monthFormat = Object.fromEntries(
  LANGS.map((l) => [l, new Intl.DateTimeFormat(LOCALE[l], { month: 'long', year: 'numeric', timeZone: 'UTC' })]),
) as Record<Lang, Intl.DateTimeFormat>;

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * "4 June 2002" / "4 июня 2002 г."; "May 2014" / "май 2014 г."; "2011" / "2011 г.".
 * Russian puts a month in the genitive after "с" ("с мая 2014 г."): ask for `gen` there.
 */
export function formatDate(lang: Lang, date: PartialDate, grammaticalCase: 'nom' | 'gen' = 'nom'): string {
  const text = spelled(lang, date, grammaticalCase);
  // Russian typography keeps "г." on the line of its year: a no-break space, never a line end between them.
  return lang === 'ru' ? text.replace(/\s(г\.)$/, '\u00a0$1') : text;
}

function spelled(lang: Lang, date: PartialDate, grammaticalCase: 'nom' | 'gen'): string {
  switch (precisionOf(date)) {
    case 'day':
      return dayFormat[lang].format(utc(date));
    case 'month':
      // The day-month-year format already declines the month; dropping the day keeps the genitive.
      if (lang === 'ru' && grammaticalCase === 'gen') return dayFormat.ru.format(utc(`${date}-01`)).replace(/^1\s/, '');
      return monthFormat[lang].format(utc(`${date}-01`));
    case 'year':
      return lang === 'ru' ? `${date} г.` : date;
  }
}

/** "12–13 October 2022", "28 June – 2 July 2024", "30 December 2024 – 2 January 2025". */
export function formatDateRange(lang: Lang, from: PartialDate, to: IsoDate | null): string {
  if (to === null || to === from) return formatDate(lang, from);
  if (precisionOf(from) !== 'day') return `${formatDate(lang, from)} – ${formatDate(lang, to)}`;
  const [fy, fm] = from.split('-');
  const [ty, tm] = to.split('-');
  if (fy === ty && fm === tm) return `${Number(from.slice(8))}–${formatDate(lang, to)}`;
  if (fy === ty) {
    const withoutYear = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', timeZone: 'UTC' });
    return `${withoutYear.format(utc(from))} – ${formatDate(lang, to)}`;
  }
  return `${formatDate(lang, from)} – ${formatDate(lang, to)}`;
}

/** A year span for terms: "2020–2022", "2024–". */
export function formatYears(from: string, until: string | null): string {
  return `${from.slice(0, 4)}–${until ? until.slice(0, 4) : ''}`;
}

/** The language a visitor's browser asks for first, of the two we speak. */
export function negotiateLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (ranked.find((x) => isLang(x.lang))?.lang as Lang | undefined) ?? 'en';
}
