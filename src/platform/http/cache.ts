/**
 * Responses to anonymous visitors are kept while the record's generation does
 * not move: a repeated request is answered from memory, without any query,
 * and a browser that already has the page gets 304 Not Modified. Each kept page
 * is compressed once per encoding (Brotli, gzip), the first time it is asked for
 * in it, and the headers let a shared cache or CDN in front keep it too.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../clock.ts';
import type { Generation } from '../db/generation.ts';
import { SESSION_COOKIE } from './auth.ts';

type Encoding = 'br' | 'gzip';

type Entry = {
  generation: number;
  /** The body as bytes, made once: turning the page into bytes on every hit cost more than sending them. */
  body: Buffer;
  type: string;
  etag: string;
  lastModified: string;
  status: number;
  disposition: string | null;
  /** The body in each encoding asked for so far. */
  encoded: Partial<Record<Encoding, Buffer>>;
};

/** How long a shared cache may keep a page, and serve it stale while it asks again (seconds). */
export type SharedCaching = Readonly<{ sMaxAge: number; staleWhileRevalidate: number }>;
export const DEFAULT_SHARED_CACHING: SharedCaching = { sMaxAge: 60, staleWhileRevalidate: 600 };

/** What the cache tells the metrics: each anonymous cacheable request, answered from memory or not. */
export type CacheObserver = (outcome: 'hit' | 'miss') => void;

declare module 'fastify' {
  interface FastifyContextConfig {
    cache?: boolean;
  }
  interface FastifyRequest {
    cacheKey: string | null;
  }
}

// Below this a page is sent as it is: compressing a few hundred bytes saves less than the header costs.
const THRESHOLD = 1024;
const COMPRESSIBLE = /^text\/|[+/](json|xml)(;|$)|^application\/javascript/;
const negotiator = new Negotiator<Encoding | 'identity'>({ supportedValues: ['br', 'gzip', 'identity'] });

function encode(body: Buffer, encoding: Encoding): Buffer {
  // Brotli at quality 5: near its best size for HTML at a small part of quality 11's time, paid once a page.
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
      })
    : gzipSync(body, { level: 6 });
}

/** The encoding this request accepts for this entry, if it is worth one. */
function encodingFor(req: FastifyRequest, entry: Entry): Encoding | null {
  if (entry.body.length < THRESHOLD || !COMPRESSIBLE.test(entry.type)) return null;
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string' || header === '') return null;
  const chosen = negotiator.negotiate(header);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

function sendEntry(req: FastifyRequest, reply: FastifyReply, entry: Entry): Buffer {
  reply.header('vary', 'Accept-Encoding');
  const encoding = encodingFor(req, entry);
  if (!encoding) return entry.body;
  let bytes = entry.encoded[encoding];
  if (!bytes) {
    bytes = encode(entry.body, encoding);
    entry.encoded[encoding] = bytes;
  }
  // Set here, so @fastify/compress sees the answer is already compressed and leaves it.
  reply.header('content-encoding', encoding).header('content-length', bytes.length);
  return bytes;
}

export function installCache(
  app: FastifyInstance,
  generation: Generation,
  clock: Clock,
  {
    max = 2000,
    shared = DEFAULT_SHARED_CACHING,
    observe = () => {},
  }: { max?: number; shared?: SharedCaching; observe?: CacheObserver } = {},
): void {
  const entries = new LRUCache<string, Entry>({ max });
  // Browsers ask again each time (the ETag makes that cheap); a CDN keeps the page s-maxage seconds,
  // and past that serves it stale for stale-while-revalidate more while it fetches the new one.
  const cacheControl = `public, max-age=0, s-maxage=${shared.sMaxAge}, stale-while-revalidate=${shared.staleWhileRevalidate}`;
  app.decorateRequest('cacheKey', null);

  app.addHook('onRequest', async (req, reply) => {
    const config = req.routeOptions.config;
    // Only what anyone may see, asked by someone with no session, and not pages holding a form token.
    if (req.method !== 'GET' || config?.access !== 'public' || config.cache === false) return;
    if (req.cookies[SESSION_COOKIE] || req.headers.authorization) return;
    // The date is part of the key: pages such as "the troika today" change at midnight.
    req.cacheKey = `${clock.today()} ${req.url}`;
    const hit = entries.get(req.cacheKey);
    if (!hit || hit.generation !== generation.current()) {
      observe('miss');
      return;
    }
    observe('hit');
    reply
      .header('etag', hit.etag)
      .header('last-modified', hit.lastModified)
      .header('cache-control', cacheControl)
      .header('x-cache', 'hit');
    // A download (CSV, iCalendar) keeps its file name when it comes from memory.
    if (hit.disposition) reply.header('content-disposition', hit.disposition);
    if (req.headers['if-none-match'] === hit.etag) return reply.code(304).header('vary', 'Accept-Encoding').send();
    return reply
      .code(hit.status)
      .type(hit.type)
      .send(sendEntry(req, reply, hit));
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (
      !req.cacheKey ||
      reply.statusCode !== 200 ||
      reply.getHeader('x-cache') === 'hit' ||
      typeof payload !== 'string'
    )
      return payload;
    // A page that set a cookie is someone's own: it is neither kept nor offered to shared caches.
    if (reply.getHeader('set-cookie') !== undefined) return payload;
    const etag = `W/"${generation.current()}-${createHash('sha1').update(payload).digest('base64url').slice(0, 16)}"`;
    const lastModified = generation.changedAt().toUTCString();
    const entry: Entry = {
      generation: generation.current(),
      body: Buffer.from(payload),
      type: String(reply.getHeader('content-type') ?? 'text/html'),
      etag,
      lastModified,
      status: 200,
      disposition: (reply.getHeader('content-disposition') as string | undefined) ?? null,
      encoded: {},
    };
    entries.set(req.cacheKey, entry);
    reply
      .header('etag', etag)
      .header('last-modified', lastModified)
      .header('cache-control', cacheControl)
      .header('x-cache', 'miss');
    if (req.headers['if-none-match'] === etag) {
      reply.code(304).header('vary', 'Accept-Encoding');
      return '';
    }
    return sendEntry(req, reply, entry);
  });
}
