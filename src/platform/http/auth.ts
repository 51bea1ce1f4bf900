/**
 * Who is asking and whether they may: the session cookie names the actor, the
 * route's declared access decides, and forms carry a CSRF token. Every route
 * must declare its access; a route without one refuses to start the app.
 */
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, allows } from '../access.ts';
import { isLang } from '../i18n/i18n.ts';

export const SESSION_COOKIE = 'sid';

/** Cookies are marked Secure when the public address is https, whatever scheme a request arrived by. */
export const securesCookies = (publicUrl: string) => new URL(publicUrl).protocol === 'https:';

export type AuthDeps = Readonly<{
  actorFor: (session: string | undefined) => Promise<Actor | null>;
  actorForToken: (token: string | undefined) => Promise<Actor | null>;
  secureCookies: boolean;
}>;

export type Denied = (req: FastifyRequest, reply: FastifyReply, actor: Actor | null) => Promise<unknown> | unknown;

export async function installAuth(app: FastifyInstance, deps: AuthDeps, denied: Denied): Promise<void> {
  await app.register(formbody);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure: deps.secureCookies },
  });
  // Sign-in is also throttled per account and per address in the database; this per-process limit only blunts floods.
  await app.register(rateLimit, { global: false });

  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);

  app.addHook('onRoute', (route) => {
    if (!route.config?.access) throw new Error(`route ${route.method} ${route.url} declares no access level`);
  });

  app.addHook('onRequest', async (req, reply) => {
    // An API client names itself with a bearer token; a person, with the session cookie.
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    req.actor = bearer ? await deps.actorForToken(bearer) : await deps.actorFor(req.cookies[SESSION_COOKIE]);
    req.authVia = req.actor === null ? null : bearer ? 'token' : 'session';
    const access = req.routeOptions.config?.access ?? 'public';
    if (!allows(access, req.actor, req.authVia)) return denied(req, reply, req.actor);
  });
}

/** The language a request speaks, from its path. */
export function langOf(req: FastifyRequest) {
  const prefix = req.url.slice(1, 3);
  return isLang(prefix) ? prefix : 'en';
}
