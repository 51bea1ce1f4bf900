/**
 * PDF from a Typst template and JSON data (see docs/decisions/007 and 009).
 * Typst lays out synchronously, so documents are laid out in a pool of worker
 * threads (pdf.worker.ts) and the main thread stays free to answer everyone
 * else. At most `threads` documents are laid out at once and `queue` more
 * wait; past that a render is refused as BUSY (503 with Retry-After) rather
 * than letting anonymous requests pile up work. The template reads its data
 * as `json(bytes(sys.inputs.data))`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import { DomainError } from './errors.ts';
import type { RenderTask } from './pdf.worker.ts';

export type PdfLimits = Readonly<{ threads: number; queue: number }>;

/** One core is left to the thread that answers requests; a few renders wait their turn rather than being refused at once. */
export const DEFAULT_PDF_LIMITS: PdfLimits = {
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  queue: 8,
};

let limits = DEFAULT_PDF_LIMITS;
let pool: Piscina<RenderTask, Uint8Array> | undefined;
/** Renders laid out or waiting, counted here so the limit is one number whatever the pool does. */
let admitted = 0;

/** Sets how many documents are laid out at once and how many may wait; renders under way finish on the old pool. */
export function limitPdfRendering(next: Partial<PdfLimits>): void {
  limits = { ...limits, ...next };
  const old = pool;
  pool = undefined;
  void old?.close();
}

async function workers(): Promise<Piscina<RenderTask, Uint8Array>> {
  // Workers start on the first render, not on import: the CLI and most tests never lay out a PDF.
  // They inherit the process's `--import tsx`, so the worker file is TypeScript like the rest;
  // in a build (npm run build) it is JavaScript, as this file is.
  // Piscina itself is loaded then too: a process that never lays out a PDF never holds it.
  const { Piscina: Pool } = await import('piscina');
  pool ??= new Pool<RenderTask, Uint8Array>({
    filename: new URL(`./pdf.worker${import.meta.url.endsWith('.js') ? '.js' : '.ts'}`, import.meta.url).href,
    minThreads: 0,
    maxThreads: limits.threads,
    idleTimeout: 60_000,
  });
  return pool;
}

/** How many layouts may be under way or waiting at once: what the job queue's PDF kinds are held to as well. */
export function pdfAdmissionLimit(): number {
  return limits.threads + limits.queue;
}

/**
 * Refuses at once, before the caller gathers a document's data, when no render
 * could be admitted: a refused request should cost nothing (a big issue's data
 * takes seconds to assemble on the thread that answers everyone).
 */
export function refuseIfPdfBusy(): void {
  if (admitted >= limits.threads + limits.queue)
    throw new DomainError('BUSY', 'too many documents are being laid out; try again shortly');
}

/** A version of a template: a stored layout made with another version of it is laid out again. */
export function templateStamp(template: URL): string {
  return createHash('sha256').update(readFileSync(template)).digest('hex').slice(0, 16);
}

/** `files`: pictures and the like the template refers to by path (`/img/1.png`), given as bytes. */
export function typstDocument(template: URL): (data: unknown, files?: ReadonlyMap<string, Buffer>) => Promise<Buffer> {
  const source = readFileSync(template, 'utf8');
  const name = template.pathname.split('/').pop() ?? 'template';
  return async (data, files = new Map()) => {
    refuseIfPdfBusy();
    admitted++;
    try {
      const pdf = await (await workers()).run({ name, source, data: JSON.stringify(data), files });
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      admitted--;
    }
  };
}
