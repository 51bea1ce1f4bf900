import { z } from 'zod';
import { DEFAULT_PDF_LIMITS } from './pdf.ts';

/** The environment, read once at the edge; a bad value stops the start with the variable named. */
const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z.string().min(1).default('data/secretariat.sqlite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** PDFs laid out at once, and how many more may wait before a request is answered 503; see platform/pdf.ts. */
  PDF_THREADS: z.coerce.number().int().min(1).max(64).default(DEFAULT_PDF_LIMITS.threads),
  PDF_QUEUE: z.coerce.number().int().min(0).max(1000).default(DEFAULT_PDF_LIMITS.queue),
});

export type Config = z.infer<typeof schema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`bad configuration: ${problems}`);
  }
  return parsed.data;
}
