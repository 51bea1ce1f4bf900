/**
 * buildApp assembles the platform without listening, so tests drive it with
 * `inject` and the server only adds `listen`. Each capability brings one
 * plugin for its API and one for its pages; pages are mounted once per
 * language, under `/en` and `/ru`.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import helmet from 'helmet';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Generation } from '../db/generation.ts';
import type { Emblem } from '../layout/layout.tsx';
import type { Clock } from '../clock.ts';
import { LANGS, type Lang, isLang, negotiateLang } from '../i18n/i18n.ts';
import { parseJson } from '../json.ts';
import { installApiDocs } from './api-docs.ts';
import { installErrorHandling } from './errors.ts';
import { whereNul } from './nul.ts';
import { DomainError } from '../errors.ts';
import { errorPage, forbiddenPage } from './error-page.tsx';
import { SESSION_COOKIE, installAuth, langOf, securesCookies } from './auth.ts';
import { type CacheObserver, type SharedCaching, installCache } from './cache.ts';
import type { Access, Actor } from '../access.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Who is behind a session cookie or an API token: what the platform asks of accounts. */
export type ActorLookup = Readonly<{
  actorFor: (token: string | undefined) => Promise<Actor | null>;
  actorForToken: (token: string | undefined) => Promise<Actor | null>;
}>;

/**
 * What the platform is given. `services` is the composition root's bag, handed
 * through to the capabilities' plugins untouched: the platform itself knows
 * none of it, only `actors` and the record's `generation`.
 */
export type AppDeps<S = unknown> = Readonly<{
  services: S;
  actors: ActorLookup;
  generation: Generation;
  clock: Clock;
  cookieSecret: string;
  logger?: boolean;
  /** False while start-up work (the search index catching up) is still running. */
  ready?: () => boolean;
  /** Whether this process does the periodic work now (platform/periodic.ts); /healthz says so. */
  leading?: () => boolean;
  /** The configured public address (PUBLIC_URL): the only origin absolute links are made from. */
  publicUrl: string;
  /** The proxies whose forwarded headers are believed (TRUST_PROXY), or false for none. */
  trustProxy: false | readonly string[];
  /** How long a CDN in front may keep anonymous pages (CACHE_S_MAXAGE, CACHE_STALE). */
  sharedCaching?: SharedCaching;
  /** Told of each anonymous cacheable request, hit or miss (the metrics count them). */
  observeCache?: CacheObserver;
  /** The organization's emblem, where one is chosen (the composition root asks the media library). */
  emblem?: () => Promise<Emblem | null>;
  /** With a read replica: runs what follows of a request with its reads sent there (platform/db/replica.ts). */
  readsFromReplica?: (run: () => void) => void;
  /** Mounted before the capabilities: what watches every request (the metrics). */
  instrument?: (app: FastifyInstance) => Promise<void>;
}>;
export type ApiOptions<S = unknown> = AppDeps<S>;
export type SiteOptions<S = unknown> = AppDeps<S> & Readonly<{ lang: Lang }>;

export type Capability<S = unknown> = Readonly<{
  api?: FastifyPluginAsync<ApiOptions<S>>;
  /** Pages, mounted under /en and /ru; the office's pages are mounted there too, under /office. */
  site?: FastifyPluginAsync<SiteOptions<S>>;
  /** Addresses at the root of the site, such as /sitemap.xml. */
  root?: FastifyPluginAsync<ApiOptions<S>>;
}>;

const LANG_COOKIE = 'lang';

/** How often each process reads the record's generation: another process's change is seen within this. */
export const GENERATION_POLL_MS = 500;

export type RouteEntry = Readonly<{ method: string; url: string; access: Access | null }>;

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly RouteEntry[];
  }
}

/** Anonymous visitors are sent to sign in; the signed-in are told their role does not allow it. */
const denied = (clock: Clock) => async (req: FastifyRequest, reply: FastifyReply, actor: Actor | null) => {
  const api = req.url.startsWith('/api/');
  if (actor === null || (api && req.authVia !== 'token' && req.routeOptions.config?.access === 'editor-token')) {
    if (api)
      return reply.code(401).send({
        error: 'UNAUTHORIZED',
        message:
          req.routeOptions.config?.access === 'editor-token'
            ? 'use an API token (Authorization: Bearer …)'
            : 'sign in first',
        problems: [],
      });
    const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.url)}` : '';
    return reply.redirect(`/${langOf(req)}/office/sign-in${next}`, 303);
  }
  if (api) return reply.code(403).send({ error: 'FORBIDDEN', message: 'your role does not allow this', problems: [] });
  return reply
    .code(403)
    .type('text/html; charset=utf-8')
    .send(await forbiddenPage(clock)(req));
};
/**
 * Helmet's headers with our content-security policy, read once from its middleware: they depend on
 * nothing in a request. Every answer also says its request id, so a visitor's report can be found in the logs.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const collect = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'"],
        'script-src': ["'self'"],
        'font-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'self'"],
        'object-src': ["'none'"],
      },
    },
  })(
    {} as Parameters<ReturnType<typeof helmet>>[0],
    collect as unknown as Parameters<ReturnType<typeof helmet>>[1],
    (error?: unknown) => {
      if (error) throw error;
    },
  );
  return headers;
}

const STATIC_DIR = fileURLToPath(new URL('../static/', import.meta.url));

export async function buildApp<S>(deps: AppDeps<S>, capabilities: readonly Capability<S>[]): Promise<FastifyInstance> {
  // Addresses made before slugs were bounded may be longer than Fastify's default of 100.
  const app = Fastify({
    logger: deps.logger ?? false,
    // A request id a trusted proxy already gave (X-Request-Id) is kept, so its log and ours line up.
    requestIdHeader: deps.trustProxy === false ? false : 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 300 },
    trustProxy: deps.trustProxy === false ? false : [...deps.trustProxy],
  }).withTypeProvider<ZodTypeProvider>();
  // Every route, with the access it declares: the authorization matrix test walks this table.
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, access: route.config?.access ?? null });
    }
  });
  app.decorate('routeTable', routeTable);
  app.setValidatorCompiler(validatorCompiler);
  // One JSON reader for every body: prototype keys are refused with a reason, as in import files.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const parsed = parseJson(body as string);
    if (parsed.ok) done(null, parsed.value);
    else done(Object.assign(new Error(parsed.reason), { statusCode: 400, code: 'BAD_REQUEST' }), undefined);
  });
  app.addHook('preValidation', async (req) => {
    const field = whereNul(req.query) ?? whereNul(req.params) ?? whereNul(req.body);
    if (field !== null) throw new DomainError('VALIDATION', 'field.nul', [{ field, message: 'field.nul' }]);
  });
  app.setSerializerCompiler(serializerCompiler);

  // The same security headers on every answer, worked out once: @fastify/helmet rebuilt them for
  // each request, a tenth of a cached page's time.
  const security = securityHeaders();
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(security).header('x-request-id', req.id);
    done();
  });
  if (deps.instrument) await deps.instrument(app);
  // What the page cache does not compress itself (staff pages, the API, the stylesheet).
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(cookie, { secret: deps.cookieSecret });
  await app.register(fastifyStatic, { root: STATIC_DIR, prefix: '/static/', maxAge: '1d' });
  await installApiDocs(app, deps.publicUrl);

  installErrorHandling(app, errorPage(deps.clock));
  const secure = securesCookies(deps.publicUrl);
  await installAuth(
    app,
    { actorFor: deps.actors.actorFor, actorForToken: deps.actors.actorForToken, secureCookies: secure },
    denied(deps.clock),
  );
  installCache(app, deps.generation, deps.clock, {
    ...(deps.sharedCaching ? { shared: deps.sharedCaching } : {}),
    ...(deps.observeCache ? { observe: deps.observeCache } : {}),
  });
  // An anonymous cacheable request reads from the replica, when there is one in step.
  const replicaReads = deps.readsFromReplica;
  if (replicaReads)
    app.addHook('onRequest', (req, _reply, done) => {
      if (req.cacheKey) replicaReads(done);
      else done();
    });
  // The emblem is read again only when the record's generation moves (an office change bumps it).
  const emblemOf = deps.emblem;
  if (emblemOf) {
    let known: { generation: number; emblem: Promise<Emblem | null> } | null = null;
    app.addHook('onRequest', async (req) => {
      const generation = deps.generation.current();
      if (known?.generation !== generation) known = { generation, emblem: emblemOf().catch(() => null) };
      req.emblem = await known.emblem;
    });
  }
  // Learn of other processes' changes twice a second, so their cached pages go stale within a second.
  await deps.generation.refresh();
  const poll = setInterval(() => {
    void deps.generation.refresh().catch((error: unknown) => app.log.error(error));
  }, GENERATION_POLL_MS);
  poll.unref();
  app.addHook('onClose', async () => clearInterval(poll));

  // The office has one address to remember; it answers in the visitor's language.
  app.get('/office', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const remembered = req.cookies[LANG_COOKIE];
    const lang = isLang(remembered) ? remembered : negotiateLang(req.headers['accept-language']);
    return reply.header('vary', 'Accept-Language, Cookie').redirect(`/${lang}/office`, 302);
  });

  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const remembered = req.cookies[LANG_COOKIE];
    const lang = isLang(remembered) ? remembered : negotiateLang(req.headers['accept-language']);
    return reply.header('vary', 'Accept-Language, Cookie').redirect(`/${lang}`, 302);
  });

  // A visitor who picks a language keeps it: the bare address sends them back to it. Not on an
  // answer any visitor may be given from a shared cache: a cookie there keeps CDNs from storing it,
  // and the language is in the address anyway. Staff, signed in, get it.
  app.addHook('onSend', async (req, reply, payload) => {
    const lang = req.url.slice(1, 3);
    if (
      !(req.routeOptions.config?.access === 'public' && !req.cookies[SESSION_COOKIE] && !req.headers.authorization) &&
      isLang(lang) &&
      (req.url.length === 3 || req.url[3] === '/' || req.url[3] === '?') &&
      req.cookies[LANG_COOKIE] !== lang &&
      reply.statusCode < 400
    ) {
      reply.setCookie(LANG_COOKIE, lang, {
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
        sameSite: 'lax',
        httpOnly: true,
        secure,
      });
    }
    return payload;
  });

  // The language switch: the one answer that sets the language cookie, then on to the same page in it.
  app.get(
    '/lang/:lang',
    { config: { access: 'public', cache: false }, schema: { hide: true } },
    async (req: FastifyRequest<{ Params: { lang: string }; Querystring: { next?: string } }>, reply) => {
      const lang = req.params.lang;
      if (!isLang(lang)) return reply.callNotFound();
      const next = typeof req.query.next === 'string' ? req.query.next : '';
      // Only a page of this site in that language: never another host, so the link cannot send anyone away.
      const to = new RegExp(`^/${lang}(?:[/?]|$)`).test(next) && !next.startsWith('//') ? next : `/${lang}`;
      reply.setCookie(LANG_COOKIE, lang, {
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
        sameSite: 'lax',
        httpOnly: true,
        secure,
      });
      return reply.header('cache-control', 'no-store').redirect(to, 303);
    },
  );

  // Liveness and readiness in one: 503 while start-up work runs, so a proxy sends no visitors yet.
  app.get('/healthz', { config: { access: 'public', cache: false }, schema: { hide: true } }, async (_req, reply) => {
    const ready = deps.ready?.() ?? true;
    return reply
      .code(ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({
        ok: ready,
        status: ready ? 'ready' : 'starting',
        ...(deps.leading ? { periodic: deps.leading() ? 'leading' : 'following' } : {}),
      });
  });

  for (const capability of capabilities) {
    if (capability.api) await app.register(capability.api, { ...deps, prefix: '/api' });
    if (capability.root) await app.register(capability.root, deps);
    if (capability.site) {
      for (const lang of LANGS) await app.register(capability.site, { ...deps, lang, prefix: `/${lang}` });
    }
  }
  return app;
}
