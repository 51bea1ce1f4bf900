import './accounts.messages.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Capability, SiteOptions } from '../platform/http/app.ts';
import { SESSION_COOKIE, securesCookies } from '../platform/http/auth.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { pick, sortByName, t } from '../platform/i18n/i18n.ts';
import { DomainError } from '../platform/errors.ts';
import { accountInput } from './accounts.schema.ts';
import { AccountsPage, SignInPage } from './accounts.views.tsx';
import type { Services } from '../services.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'accounts' | 'registry'>>;

// An e-mail address is at most 254 characters (RFC 5321); no password needs more than 1,024.
const signInBody = z.object({
  email: z.string().max(254).default(''),
  password: z.string().max(1024).default(''),
  next: z.string().max(2000).default(''),
  _csrf: z.string().optional(),
});
const signInQuery = z.object({ next: z.string().optional() }).passthrough();
const accountBody = z.record(z.string(), z.string());

/** Only a path inside the office may follow sign-in: never another site. */
const safeNext = (lang: string, next: string | undefined) =>
  next && /^\/(en|ru)\/office(\/[^/]|$|\?)/.test(next) ? next : `/${lang}/office`;

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang, publicUrl }) => {
  const secure = securesCookies(publicUrl);
  app.get(
    '/office/sign-in',
    { config: { access: 'public', cache: false }, schema: { hide: true, querystring: signInQuery } },
    async (req, reply) => {
      if (req.actor) return reply.redirect(safeNext(lang, req.query.next), 303);
      const ctx = pageContext(req, lang, clock);
      return reply
        .type('text/html; charset=utf-8')
        .send(
          await SignInPage({ ctx, csrf: reply.generateCsrf(), email: '', next: req.query.next ?? '', message: null }),
        );
    },
  );

  app.post(
    '/office/sign-in',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      preHandler: app.csrfProtection,
      schema: { hide: true, body: signInBody },
    },
    async (req, reply) => {
      const result = await services.accounts.signIn(req.body.email, req.body.password, req.ip);
      if (result.ok) {
        // Max-Age, not Expires: the browser's clock need not agree with the server's.
        const maxAge = Math.max(0, Math.floor((result.expiresAt.getTime() - clock.now().getTime()) / 1000));
        reply.setCookie(SESSION_COOKIE, result.token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge });
        return reply.redirect(safeNext(lang, req.body.next), 303);
      }
      const message =
        result.reason === 'throttled'
          ? t(lang, 'office.throttled', {
              minutes: Math.max(1, Math.ceil((result.retryAt.getTime() - clock.now().getTime()) / 60_000)),
            })
          : t(lang, 'office.badCredentials');
      const ctx = pageContext(req, lang, clock);
      return reply
        .code(result.reason === 'throttled' ? 429 : 401)
        .type('text/html; charset=utf-8')
        .send(
          await SignInPage({ ctx, csrf: reply.generateCsrf(), email: req.body.email, next: req.body.next, message }),
        );
    },
  );

  app.post(
    '/office/sign-out',
    { config: { access: 'signed-in' }, preHandler: app.csrfProtection, schema: { hide: true } },
    async (req, reply) => {
      await services.accounts.signOut(req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      return reply.redirect(`/${lang}`, 303);
    },
  );

  const accountsPage = async (
    req: Parameters<typeof pageContext>[0],
    csrf: string,
    values: Record<string, string>,
    problems: Array<{ field: string; message: string }>,
  ) => {
    const [accounts, states] = await Promise.all([
      services.accounts.list(),
      services.registry.standings(clock.today(), 'member'),
    ]);
    const stateOptions = sortByName(
      lang,
      states.map((s) => ({ code: s.stateCode, name: pick(lang, s.state.name.en, s.state.name.ru) })),
      (s) => s.name,
    );
    return AccountsPage({
      ctx: { ...pageContext(req, lang, clock), actor: req.actor!, csrf },
      accounts,
      values,
      problems,
      states: stateOptions,
    });
  };

  app.get('/office/accounts', { config: { access: 'admin' }, schema: { hide: true } }, async (req, reply) => {
    return reply.type('text/html; charset=utf-8').send(await accountsPage(req, reply.generateCsrf(), {}, []));
  });

  app.post(
    '/office/accounts',
    { config: { access: 'admin' }, preHandler: app.csrfProtection, schema: { hide: true, body: accountBody } },
    async (req, reply) => {
      const { _csrf: _, ...values } = req.body;
      const parsed = accountInput.safeParse({ ...values, stateCode: values.stateCode || undefined });
      let problems = parsed.success
        ? []
        : parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
      if (parsed.success) {
        try {
          await services.accounts.create(parsed.data, req.actor);
          return reply.redirect(`/${lang}/office/accounts`, 303);
        } catch (error) {
          if (!(error instanceof DomainError) || error.code !== 'ACCOUNT_EXISTS') throw error;
          problems = [...error.problems];
        }
      }
      const { password: __, ...kept } = values;
      return reply
        .code(400)
        .type('text/html; charset=utf-8')
        .send(await accountsPage(req, reply.generateCsrf(), kept, problems));
    },
  );
};

export const accountsCapability: Capability<Deps> = { site };
