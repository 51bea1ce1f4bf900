import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import { type IsoDate, isIsoDate } from '../dates.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import type { Emblem, PageContext } from '../layout/layout.tsx';

declare module 'fastify' {
  interface FastifyRequest {
    /** The organization's emblem for the header, looked up once per change of the record. */
    emblem?: Emblem | null;
  }
}

export function pageContext(req: FastifyRequest, lang: Lang, clock: Clock): PageContext {
  const [pathname = '/', query] = req.url.split('?', 2);
  const path = pathname.slice(lang.length + 1) || '/';
  const staff = req.actor !== null && req.actor !== undefined && req.actor.role !== 'delegate';
  return { lang, path, search: query ? `?${query}` : '', today: clock.today(), staff, emblem: req.emblem ?? undefined };
}

export type PageDate = Readonly<{ date: IsoDate; asked: string; error: string | undefined }>;

/**
 * A page's optional date parameter: today when left out; when malformed, today
 * again plus an error to show beside the field (the page answers 400).
 */
export function pageDate(lang: Lang, asked: string | undefined, today: IsoDate): PageDate {
  const text = asked ?? '';
  if (text === '') return { date: today, asked: text, error: undefined };
  return isIsoDate(text)
    ? { date: text, asked: text, error: undefined }
    : { date: today, asked: text, error: t(lang, 'error.date') };
}
