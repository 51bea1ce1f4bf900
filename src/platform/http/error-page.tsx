import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { FieldProblem } from '../errors.ts';
import { isLang, t } from '../i18n/i18n.ts';
import { PageHeader } from '../layout/components.tsx';
import { Layout, href } from '../layout/layout.tsx';
import { pageContext } from './page-context.ts';

/**
 * The page a person sees when the site cannot answer: in their language, in plain words
 * ("No state with the code ZZ."), with the way home. Parameter names appear only where
 * the reader typed them into an address or a form.
 */
export const errorPage =
  (clock: Clock) =>
  (req: FastifyRequest, status: number, message: string, problems: readonly FieldProblem[]): JSX.Element => {
    const prefix = req.url.slice(1, 3);
    const lang = isLang(prefix) ? prefix : 'en';
    const ctx = pageContext(req, lang, clock);
    const notFound = status === 404;
    const title = t(lang, notFound ? 'common.notFound' : status === 503 ? 'common.busy' : 'common.badRequest');
    // A not-found problem only repeats the lead ("No state with the code ZZ."); other problems
    // name their field, so the lead is dropped where it would only repeat one of them.
    const listed = notFound ? [] : problems;
    const lead = listed.some((p) => p.message === message) ? undefined : message;
    return (
      <Layout ctx={ctx} title={title}>
        <PageHeader title={title} lead={lead} />
        {listed.length > 0 && (
          <ul class="problems">
            {listed.map((p) => (
              <li>
                {p.field ? <span safe>{`${t(lang, 'error.inParameter', { field: p.field })} `}</span> : ''}
                <span safe>{p.message}</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={href(ctx, '/')} safe>
            {t(lang, 'nav.home')}
          </a>
          {' · '}
          <a href={href(ctx, '/search')} safe>
            {t(lang, 'search.label')}
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
