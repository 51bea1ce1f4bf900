import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_PDF_LIMITS } from './pdf.ts';

/** The address the public reaches the site at: scheme, host and port only, without a trailing slash. */
const publicUrl = z.string().transform((text, ctx) => {
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    ctx.addIssue({ code: 'custom', message: 'must be an http:// or https:// address' });
    return z.NEVER;
  }
  // Links are made by appending paths, so anything after the host would be doubled or lost.
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    ctx.addIssue({
      code: 'custom',
      message: 'must be only a scheme, a host and a port, such as https://secretariat.example',
    });
    return z.NEVER;
  }
  return url.origin;
});

// The names proxy-addr (Fastify's trustProxy) knows for whole ranges.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [ip = '', bits, ...rest] = entry.split('/');
  const family = isIP(ip);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

/** The proxies whose X-Forwarded-* headers are believed, or false: then nobody's are. */
const trustProxy = z
  .string()
  .default('')
  .transform((text, ctx) => {
    const entries = text
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    for (const entry of entries.filter((e) => !isProxyAddress(e))) {
      ctx.addIssue({
        code: 'custom',
        message: `"${entry}" is not an address, a CIDR block or one of loopback, linklocal, uniquelocal`,
      });
    }
    return entries.length === 0 ? (false as const) : entries;
  });

/** The environment, read once at the edge; a bad value stops the start with the variable named. */
const schema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('localhost'),
    DATABASE_URL: z.string().min(1).default('data/secretariat.sqlite'),
    /** Where uploaded files are kept, named by the SHA-256 of their bytes (platform/files). */
    FILES_DIR: z.string().min(1).default('data/files'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PUBLIC_URL: publicUrl.optional(),
    TRUST_PROXY: trustProxy,
    /** PDFs laid out at once, and how many more may wait before a request is answered 503; see platform/pdf.ts. */
    PDF_THREADS: z.coerce.number().int().min(1).max(64).default(DEFAULT_PDF_LIMITS.threads),
    PDF_QUEUE: z.coerce.number().int().min(0).max(1000).default(DEFAULT_PDF_LIMITS.queue),
  })
  .transform((c) => ({ ...c, PUBLIC_URL: c.PUBLIC_URL ?? `http://localhost:${c.PORT}` }));

export type Config = z.infer<typeof schema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`bad configuration: ${problems}`);
  }
  return parsed.data;
}
