/**
 * Responses to anonymous visitors are kept while the record's generation does
 * not move: a repeated request is answered from memory, without any query,
 * and a browser that already has the page gets 304 Not Modified.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../clock.ts';
import type { Generation } from '../db/generation.ts';
import { SESSION_COOKIE } from './auth.ts';

type Entry = {
  generation: number;
  body: string;
  type: string;
  etag: string;
  lastModified: string;
  status: number;
  disposition: string | null;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    cache?: boolean;
  }
  interface FastifyRequest {
    cacheKey: string | null;
  }
}

export function installCache(app: FastifyInstance, generation: Generation, clock: Clock, max = 2000): void {
  const entries = new LRUCache<string, Entry>({ max });
  app.decorateRequest('cacheKey', null);

  app.addHook('onRequest', async (req, reply) => {
    const config = req.routeOptions.config;
    // Only what anyone may see, asked by someone with no session, and not pages holding a form token.
    if (req.method !== 'GET' || config?.access !== 'public' || config.cache === false) return;
    if (req.cookies[SESSION_COOKIE] || req.headers.authorization) return;
    // The date is part of the key: pages such as "the troika today" change at midnight.
    req.cacheKey = `${clock.today()} ${req.url}`;
    const hit = entries.get(req.cacheKey);
    if (!hit || hit.generation !== generation.current()) return;
    reply
      .header('etag', hit.etag)
      .header('last-modified', hit.lastModified)
      .header('cache-control', 'public, max-age=0, must-revalidate')
      .header('x-cache', 'hit');
    // A download (CSV, iCalendar) keeps its file name when it comes from memory.
    if (hit.disposition) reply.header('content-disposition', hit.disposition);
    if (req.headers['if-none-match'] === hit.etag) return reply.code(304).send();
    return reply.code(hit.status).type(hit.type).send(hit.body);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (
      !req.cacheKey ||
      reply.statusCode !== 200 ||
      reply.getHeader('x-cache') === 'hit' ||
      typeof payload !== 'string'
    )
      return payload;
    const etag = `W/"${generation.current()}-${createHash('sha1').update(payload).digest('base64url').slice(0, 16)}"`;
    const lastModified = generation.changedAt().toUTCString();
    entries.set(req.cacheKey, {
      generation: generation.current(),
      body: payload,
      type: String(reply.getHeader('content-type') ?? 'text/html'),
      etag,
      lastModified,
      status: 200,
      disposition: (reply.getHeader('content-disposition') as string | undefined) ?? null,
    });
    reply
      .header('etag', etag)
      .header('last-modified', lastModified)
      .header('cache-control', 'public, max-age=0, must-revalidate')
      .header('x-cache', 'miss');
    if (req.headers['if-none-match'] === etag) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
