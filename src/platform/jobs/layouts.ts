/**
 * PDF layouts as background work, kept once per version of their data. A
 * document (`subject`: an issue, a report's period in a language) is laid out
 * by a job into the file store; `stamp` is a hash of everything the layout
 * reads, so the same data is laid out once and asked again it is a file read.
 * Asking never lays out in the request: it answers the stored file, or the job
 * that is making it (joined when one is under way, queued when not). The
 * queue of layouts is held to the same limit as the PDF pool (decision 009):
 * past it a request is refused as BUSY rather than piling up work.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import type { FileStore } from '../files/files.ts';
import { pdfAdmissionLimit } from '../pdf.ts';
import type { JobView, Jobs } from './jobs.ts';

export type LayoutAnswer = Readonly<{ ready: string }> | Readonly<{ job: string }>;

/** What a layout job is given beside its own data: where to keep what it lays out. */
export type LayoutTarget = Readonly<{ subject: string; stamp: string }>;

/** What a layout job answers: the stored file, for the office's page to link. */
export type LayoutOutcome = Readonly<{ file: string; subject: string; stamp: string }>;

export type Layouts = ReturnType<typeof createLayouts>;

const OPEN = new Set(['queued', 'running', 'retrying']);

/** A version of a layout's data: the hash of its JSON (picture sizes are named by their content hashes). */
export function layoutStamp(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export function createLayouts(
  db: Db,
  deps: Readonly<{ jobs: Jobs; files: Pick<FileStore, 'put' | 'exists'>; now: () => Date; kinds: readonly string[] }>,
) {
  const at = () => deps.now().toISOString();

  async function row(subject: string, stamp: string) {
    return db
      .selectFrom('pdf_layout')
      .selectAll()
      .where('subject', '=', subject)
      .where('stamp', '=', stamp)
      .executeTakeFirst();
  }

  async function record(subject: string, stamp: string, values: { file_key?: string | null; job_id?: string | null }) {
    await db
      .insertInto('pdf_layout')
      .values({ subject, stamp, file_key: null, job_id: null, ...values, created_at: at(), updated_at: at() })
      .onConflict((oc) => oc.columns(['subject', 'stamp']).doUpdateSet({ ...values, updated_at: at() }))
      .execute();
  }

  return {
    /** The stored layout of this version, if there is one whose bytes the store still holds. */
    async stored(subject: string, stamp: string): Promise<string | null> {
      const found = await row(subject, stamp);
      return found?.file_key && (await deps.files.exists(found.file_key)) ? found.file_key : null;
    },

    /**
     * The stored layout, or the job making it: one under way for this version is
     * joined, else one is queued with `data` and the target. Refused as BUSY when
     * as many layouts are open as the PDF pool admits.
     */
    async ask(kind: string, target: LayoutTarget, data: object, by: string | null): Promise<LayoutAnswer> {
      const found = await row(target.subject, target.stamp);
      if (found?.file_key && (await deps.files.exists(found.file_key))) return { ready: found.file_key };
      if (found?.job_id) {
        const job = await deps.jobs.get(found.job_id);
        if (job && OPEN.has(job.state)) return { job: job.id };
      }
      const depth = await deps.jobs.depth();
      const open = deps.kinds.reduce((n, k) => n + (depth[k] ?? 0), 0);
      if (open >= pdfAdmissionLimit())
        throw new DomainError('BUSY', 'too many documents are being laid out; try again shortly');
      const id = await deps.jobs.enqueue(kind, { ...data, ...target }, by);
      await record(target.subject, target.stamp, { job_id: id });
      return { job: id };
    },

    /** Keeps a job's layout: the bytes in the file store, the version pointing at them. */
    async keep(target: LayoutTarget, bytes: Buffer): Promise<LayoutOutcome> {
      const { key } = await deps.files.put(bytes, 'application/pdf');
      await record(target.subject, target.stamp, { file_key: key });
      return { file: key, ...target };
    },

    /** The job once it is over, or as it stands after `ms` (a request that needs the file waits a little, never long). */
    async settle(id: string, ms: number): Promise<JobView | null> {
      const until = performance.now() + ms;
      for (;;) {
        const job = await deps.jobs.get(id);
        if (!job || !OPEN.has(job.state) || performance.now() >= until) return job;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
