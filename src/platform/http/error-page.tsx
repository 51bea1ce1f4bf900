import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { FieldProblem } from '../errors.ts';
import { isLang, say, t } from '../i18n/i18n.ts';
import { PageHeader } from '../layout/components.tsx';
import { Layout, href } from '../layout/layout.tsx';
import { pageContext } from './page-context.ts';

/** The page a person sees when the site cannot answer: in their language, with the way home. */
export const errorPage =
  (clock: Clock) =>
  (req: FastifyRequest, status: number, problems: readonly FieldProblem[]): JSX.Element => {
    const prefix = req.url.slice(1, 3);
    const lang = isLang(prefix) ? prefix : 'en';
    const ctx = pageContext(req, lang, clock);
    const notFound = status === 404;
    const busy = status === 503;
    const title = t(lang, notFound ? 'common.notFound' : busy ? 'common.busy' : 'common.badRequest');
    return (
      <Layout ctx={ctx} title={title}>
        <PageHeader
          title={title}
          lead={notFound ? t(lang, 'common.notFoundText') : busy ? t(lang, 'common.busyText') : undefined}
        />
        {problems.length > 0 && (
          <ul class="problems">
            {problems.map((p) => (
              <li>
                <code safe>{p.field}</code>: <span safe>{say(lang, p.message)}</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={href(ctx, '/')} safe>
            {t(lang, 'nav.home')}
          </a>
        </p>
      </Layout>
    );
  };

/** Shown to a signed-in person whose role does not reach a page. */
export const forbiddenPage =
  (clock: Clock) =>
  (req: FastifyRequest): JSX.Element => {
    const prefix = req.url.slice(1, 3);
    const lang = isLang(prefix) ? prefix : 'en';
    const ctx = pageContext(req, lang, clock);
    return (
      <Layout ctx={ctx} title={t(lang, 'office.forbidden')}>
        <PageHeader title={t(lang, 'office.forbidden')} />
        <p>
          <a href={href(ctx, '/office')} safe>
            {t(lang, 'office.title')}
          </a>
        </p>
      </Layout>
    );
  };
