/**
 * Speeches and statements: what a speaker (the head of the Secretariat, most
 * often) said, on what occasion, where and when, and the post they spoke in
 * that day. A publication beside press releases, with its own list and feed.
 * Pure.
 */
import type { Post } from '../people/people.ts';
import type { IsoDate } from '../platform/dates.ts';
import { type Lang, formatDate } from '../platform/i18n/i18n.ts';

export const SPEECH_STATUSES = ['draft', 'published'] as const;
export type SpeechStatus = (typeof SPEECH_STATUSES)[number];

type Texts = Readonly<{ en: string | null; ru: string | null }>;

export type Speech = Readonly<{
  id: string;
  slug: string;
  status: SpeechStatus;
  date: IsoDate;
  place: Texts;
  title: Texts;
  occasion: Texts;
  /** The speaker as the record knows them; `name` is how the text wrote them when the record does not. */
  speaker: Readonly<{ personId: string | null; name: string | null; post: Post | null }>;
  body: Texts;
  publishedAt: string | null;
  updatedAt: string;
  version: number;
}>;

/**
 * A speech's text in a language: a speech given in English and never
 * translated is shown whole in English on the Russian site, marked as such.
 */
export function speechText(lang: Lang, s: Pick<Speech, 'title' | 'occasion' | 'place' | 'body' | 'date'>) {
  const fallback = lang === 'ru' && !s.title.ru;
  const use = fallback ? 'en' : lang;
  return {
    fallback,
    title: s.title[use] ?? s.title.en ?? s.title.ru ?? '',
    occasion: s.occasion[use],
    place: s.place[use],
    body: s.body[use] ?? '',
    when: `${s.place[use] ? `${s.place[use]}, ` : ''}${formatDate(fallback ? 'en' : lang, s.date)}`,
  };
}

/** The occasion a headline names: "Remarks … at the Think Tank Forum" → "the Think Tank Forum"; null if none. */
export function occasionOf(title: string): string | null {
  const en = /\s(?:at|on the occasion of|during|before|to)\s+(the\s.+|[A-Z0-9].+)$/u.exec(title);
  if (en) return en[1]!.trim();
  const ru = /\s(?:на|в ходе|по случаю|перед)\s+(.+)$/u.exec(title);
  return ru ? ru[1]!.trim() : null;
}
