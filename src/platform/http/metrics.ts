/**
 * /metrics in Prometheus's text format (prom-client): request durations by
 * route, the page cache's hits and misses, the database pool and the job
 * queue. Readable from the configured addresses (METRICS_ALLOW) or with the
 * configured token (METRICS_TOKEN); everyone else is told it is not there.
 * With WORKERS=N whichever process is asked answers for all of them: the
 * first process gathers every worker's figures (prom-client's AggregatorRegistry).
 */
import cluster from 'node:cluster';
import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CacheObserver } from './cache.ts';

export type PoolStats = Readonly<{ total: number; idle: number; waiting: number }>;

export type MetricsOptions = Readonly<{
  /** Addresses or CIDR blocks that may read /metrics (loopback by default). */
  allow: readonly string[];
  /** A bearer token that may read it from anywhere; none when unset. */
  token?: string | undefined;
  /** The database pool now (PostgreSQL), or nothing (SQLite has one connection). */
  pool?: (() => PoolStats | null) | undefined;
  /** Jobs waiting or running, by queue. */
  queueDepth?: (() => Promise<Record<string, number>>) | undefined;
}>;

export type Metrics = Readonly<{
  observeCache: CacheObserver;
  instrument: (app: FastifyInstance) => Promise<void>;
  registry: Registry;
}>;

/** The allow list as a BlockList; `loopback` names 127.0.0.0/8 and ::1. */
export function allowList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [ip = '', bits] = entry.split('/');
    const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, Number(bits), family);
  }
  return list;
}

function allowed(req: FastifyRequest, list: BlockList, token: string | undefined): boolean {
  const ip = req.ip.replace(/^::ffff:/, '');
  if (isIP(ip) && list.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')) return true;
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!token || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

const ASK = 'secretariat:metrics';
const ANSWER = 'secretariat:metrics-answer';
type Answer = Readonly<{ type: typeof ANSWER; id: number; text?: string; error?: string }>;

/** In the first process of WORKERS=N: answers a worker's request for everyone's figures. */
export function gatherClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: unknown; id?: unknown }) => {
    if (message?.type !== ASK || typeof message.id !== 'number') return;
    const id = message.id;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id, text } satisfies Answer),
      (error: unknown) => worker.send({ type: ANSWER, id, error: String(error) } satisfies Answer),
    );
  });
}

/** In a worker: every process's figures, from the first process; rejected after `ms`. */
function askClusterMetrics(ms = 6_000): Promise<string> {
  const id = Math.floor(Math.random() * 2 ** 31);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off('message', listen);
      reject(new Error('the first process did not answer for the metrics'));
    }, ms);
    const listen = (message: Answer) => {
      if (message?.type !== ANSWER || message.id !== id) return;
      clearTimeout(timer);
      process.off('message', listen);
      if (message.text !== undefined) resolve(message.text);
      else reject(new Error(message.error ?? 'no metrics'));
    };
    process.on('message', listen);
    process.send?.({ type: ASK, id });
  });
}

export function createMetrics(options: MetricsOptions): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  if (cluster.isWorker) {
    // Constructed for its side effect: the worker then answers the first process's requests.
    new AggregatorRegistry();
    AggregatorRegistry.setRegistries([registry]);
  }
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer a request, by route',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const cache = new Counter({
    name: 'page_cache_requests_total',
    help: 'Anonymous cacheable requests, answered from memory (hit) or not (miss)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  // Both outcomes exist from the start, so a ratio can be taken before the first hit.
  cache.inc({ outcome: 'hit' }, 0);
  cache.inc({ outcome: 'miss' }, 0);
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections, by state (PostgreSQL)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = options.pool?.();
      if (!stats) return;
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  new Gauge({
    name: 'job_queue_depth',
    help: 'Jobs waiting or running, by queue',
    labelNames: ['queue'] as const,
    registers: [registry],
    // Every process reads the same queue: the figure is one of theirs, not their sum.
    aggregator: 'max',
    async collect() {
      const depths = (await options.queueDepth?.()) ?? {};
      this.reset();
      for (const [queue, n] of Object.entries(depths)) this.set({ queue }, n);
    },
  });
  const list = allowList(options.allow);

  return {
    registry,
    observeCache: (outcome) => cache.inc({ outcome }),
    async instrument(app) {
      app.addHook('onResponse', async (req, reply) => {
        // The route's pattern, not the address: /en/news/:slug is one series, not one per release.
        const route = req.routeOptions.url ?? 'unknown';
        durations.observe({ method: req.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      });
      app.get(
        '/metrics',
        { config: { access: 'public', cache: false }, schema: { hide: true } },
        async (req, reply) => {
          if (!allowed(req, list, options.token)) return reply.callNotFound();
          return reply
            .header('cache-control', 'no-store')
            .type(registry.contentType)
            .send(cluster.isWorker ? await askClusterMetrics() : await registry.metrics());
        },
      );
    },
  };
}
