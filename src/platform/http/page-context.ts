import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { PageContext } from '../layout/layout.tsx';

export function pageContext(req: FastifyRequest, lang: Lang, clock: Clock): PageContext {
  const [pathname = '/', query] = req.url.split('?', 2);
  const path = pathname.slice(lang.length + 1) || '/';
  return { lang, path, search: query ? `?${query}` : '', today: clock.today() };
}
