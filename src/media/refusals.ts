/**
 * Why an outside article's file is refused, kept apart from the readers (articles.ts) so pages and
 * the CLI can say it without loading the HTML, feed and encoding libraries those need.
 */
import './media.messages.ts';
import { type Lang, t } from '../platform/i18n/i18n.ts';

/**
 * Why a file is refused, as data: the page says it in the reader's language, the CLI and the
 * API in English (`reason`, from the same words).
 */
export type Refusal =
  | Readonly<{ code: 'empty' | 'binary' | 'no-text' | 'no-headline' | 'no-article-text' | 'no-page-text' }>
  | Readonly<{ code: 'doctype' | 'not-a-feed' }>
  | Readonly<{ code: 'too-large'; mb: number }>
  | Readonly<{ code: 'encoding'; guess: string | null }>
  | Readonly<{ code: 'no-such-date' | 'not-a-date'; date: string }>
  | Readonly<{ code: 'dateline-no-day'; seen: string }>
  | Readonly<{ code: 'front-matter' | 'not-written'; detail: string }>
  | Readonly<{ code: 'broken-xml'; line: number; detail: string }>
  | Readonly<{ code: 'item'; n: number; inner: Refusal }>;

export type Refused = { ok: false; reason: string; refusal: Refusal };
export const refuse = (refusal: Refusal): Refused => ({ ok: false, reason: sayRefusal('en', refusal), refusal });

/** A refusal in the reader's language; details only a parser wrote (in English) stay out of the Russian. */
export function sayRefusal(lang: Lang, r: Refusal): string {
  switch (r.code) {
    case 'too-large':
      return t(lang, 'media.refuse.too-large', { mb: r.mb });
    case 'encoding':
      return r.guess ? t(lang, 'media.refuse.encoding-guess', { guess: r.guess }) : t(lang, 'media.refuse.encoding');
    case 'no-such-date':
    case 'not-a-date':
      return t(lang, `media.refuse.${r.code}`, { date: r.date });
    case 'dateline-no-day':
      return t(lang, 'media.refuse.dateline-no-day', { seen: r.seen });
    case 'front-matter':
      return lang === 'en' ? r.detail : t(lang, 'media.refuse.front-matter');
    case 'not-written':
      return lang === 'en'
        ? `${t(lang, 'media.refuse.not-written')}: ${r.detail}`
        : t(lang, 'media.refuse.not-written');
    case 'broken-xml':
      return lang === 'en'
        ? `${t(lang, 'media.refuse.broken-xml', { line: r.line })}: ${r.detail}`
        : t(lang, 'media.refuse.broken-xml', { line: r.line });
    case 'item':
      return `${t(lang, 'media.refuse.item', { n: r.n })}: ${sayRefusal(lang, r.inner)}`;
    default:
      return t(lang, `media.refuse.${r.code}`);
  }
}

/** Larger than any news page; a 50 MB "page" is something else. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
