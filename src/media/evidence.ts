/**
 * The evidence of a link said in the reader's language: what kind of agreement it
 * is, and the words it rests on, each with its own language (an article's words stay
 * as the article wrote them; names are given as the record has them in the reader's language).
 */
import './media.messages.ts';
import { type Lang, formatDateRange, pick, t } from '../platform/i18n/i18n.ts';
import type { Bilingual } from '../platform/sourced.ts';
import type { Evidence } from './linking.ts';

export type EvidenceNames = Readonly<{
  person: (id: string) => Bilingual | null;
  state: (code: string) => Bilingual | null;
  body: (id: string) => Bilingual | null;
}>;

/** A word shown to the reader, with the language it is written in. */
export type Word = Readonly<{ text: string; lang: string }>;
export type SaidEvidence = Readonly<{ said: string; words: readonly Word[]; quoted: boolean }>;

const scriptLang = (text: string) => (/\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en');
const named = (lang: Lang, name: Bilingual | null, fallback: string): Word => {
  if (!name) return { text: fallback, lang: scriptLang(fallback) };
  const text = pick(lang, name.en, name.ru);
  return { text, lang: lang === 'ru' && !name.ru ? 'en' : lang };
};

/** Evidence kept before it was structured was English text: it is shown as it was written. */
export function parseEvidence(json: string): Array<Evidence | string> {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? (parsed as Array<Evidence | string>) : [];
}

export function sayEvidence(lang: Lang, e: Evidence | string, names: EvidenceNames): SaidEvidence {
  if (typeof e === 'string') return { said: '', words: [{ text: e, lang: 'en' }], quoted: false };
  switch (e.kind) {
    case 'date':
      return {
        said: t(lang, 'media.ev.date', { on: formatDateRange(lang, e.from, e.to === e.from ? null : e.to) }),
        words: [{ text: e.seen, lang: scriptLang(e.seen) }],
        quoted: true,
      };
    case 'published':
      return { said: t(lang, 'media.ev.published', { n: e.daysAfter }), words: [], quoted: false };
    case 'place':
      return { said: t(lang, 'media.ev.place'), words: [{ text: e.seen, lang: scriptLang(e.seen) }], quoted: true };
    case 'people':
      return {
        said: t(lang, 'media.ev.people'),
        words: e.ids.map((id) => named(lang, names.person(id), id)),
        quoted: false,
      };
    case 'states':
      return {
        said: t(lang, 'media.ev.states'),
        words: e.codes.map((c) => named(lang, names.state(c), c)),
        quoted: false,
      };
    case 'title':
      return {
        said: t(lang, 'media.ev.title'),
        // Stems were kept before the words were (plain strings): shown as they were stored.
        words: e.words.map((w) => {
          if (typeof w === 'string') return { text: w, lang: scriptLang(w) };
          const text = w.seen.toLowerCase() === w.title.toLowerCase() ? w.seen : `${w.seen} / ${w.title}`;
          return { text, lang: scriptLang(w.seen) };
        }),
        quoted: true,
      };
    case 'body':
      return { said: t(lang, 'media.ev.body'), words: [named(lang, names.body(e.id), e.id)], quoted: false };
  }
}

/** One line of plain text, as the API gives evidence. */
export function evidenceLine(lang: Lang, e: Evidence | string, names: EvidenceNames): string {
  const { said, words, quoted } = sayEvidence(lang, e, names);
  const list = words.map((w) => (quoted ? `“${w.text}”` : w.text)).join(', ');
  return said && list ? `${said}: ${list}` : said || list;
}
