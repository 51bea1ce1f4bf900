/**
 * The kinds of background work, each handed the services it drives: an
 * import of press releases (the newsroom's, all or nothing as ever, its
 * progress told as it writes), rebuilding the search index, the PDF layouts
 * (an issue of the digest as it stands, publishing an issue with its PDF, the
 * implementation report) and an import of outside coverage.
 */
import type { AccountsService } from '../accounts/accounts.service.ts';
import { reportInput } from '../activities/activities.routes.tsx';
import { type ReportPdfJob, reportLayout, reportTarget } from '../activities/activities.pdf.views.ts';
import type { DigestPdfJob, DigestPublishJob, DigestService } from '../digest/digest.service.ts';
import type { ImportSummary, MediaService } from '../media/media.service.ts';
import type { Clock } from '../platform/clock.ts';
import type { FileStore } from '../platform/files/files.ts';
import { JobFailure, jobStep } from '../platform/jobs/jobs.ts';
import type { Layouts } from '../platform/jobs/layouts.ts';
import type { NewsroomService } from '../newsroom/newsroom.service.ts';
import type { SourceFile } from '../newsroom/newsroom.import.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';
import type { SearchService } from '../search/search.service.ts';

export const JOB_KINDS = [
  'release-import',
  'search-reindex',
  'digest-pdf',
  'digest-publish',
  'report-pdf',
  'coverage-import',
] as const;
export type JobKindName = (typeof JOB_KINDS)[number];

/** How many times each kind is tried again after a failure (the office says "attempt 2 of 3"). */
export const RETRIES: Readonly<Record<JobKindName, number>> = {
  'release-import': 2,
  'search-reindex': 2,
  'digest-pdf': 2,
  'digest-publish': 2,
  'report-pdf': 2,
  'coverage-import': 2,
};

/** The kinds that lay out a PDF: held together to the PDF pool's limit (platform/jobs/layouts.ts). */
export const LAYOUT_KINDS: readonly JobKindName[] = ['digest-pdf', 'digest-publish', 'report-pdf'];

/** The steps of a layout, as its progress counts them (done of three). */
export const LAYOUT_STEPS = ['gather', 'layout', 'store'] as const;

/** An office upload of coverage: the files are kept in the file store, the job reads them from there. */
export type CoverageImportJob = Readonly<{
  source: string;
  by: string;
  files: Array<{ name: string; key: string }>;
  /** Files refused before the job (past the size limit), listed with the rest. */
  refused: ImportSummary['refused'];
}>;
export type CoverageImportOutcome = ImportSummary;

export type ReleaseImportJob = Readonly<{ files: SourceFile[]; publish: boolean; by: string }>;
export type ReleaseImportOutcome =
  | { ok: true; created: number; skipped: number }
  | { ok: false; problems: Array<{ file: string; field: string; message: string }> };

export function defineJobKinds(
  jobs: Jobs,
  s: Readonly<{
    newsroom: Pick<NewsroomService, 'importFiles'>;
    search: Pick<SearchService, 'drain' | 'reindexRecords' | 'reindexReleases' | 'reindexActivities'>;
    accounts: Pick<AccountsService, 'actorByEmail'>;
    digest: Pick<DigestService, 'pdfJob' | 'publishJob'>;
    media: Pick<MediaService, 'importFiles'>;
    layouts: Pick<Layouts, 'keep'>;
    files: Pick<FileStore, 'get'>;
    clock: Clock;
    report: Parameters<typeof reportInput>[0];
  }>,
): void {
  const actorOf = async (by: string) => {
    const actor = await s.accounts.actorByEmail(by);
    // The account was removed since it asked: nothing to retry.
    if (!actor) throw new JobFailure('NO_ACCOUNT', `no account ${by}`);
    return actor;
  };
  // Layouts are tried twice more, a little later: a layout refused as BUSY or a file store that hiccupped passes.
  jobs.define('digest-pdf', {
    retries: RETRIES['digest-pdf'],
    retryDelaySeconds: 3,
    handler: (data, ctx) => s.digest.pdfJob(data as DigestPdfJob, ctx),
  });
  jobs.define('digest-publish', {
    retries: RETRIES['digest-publish'],
    retryDelaySeconds: 3,
    handler: async (data, ctx) => {
      const job = data as DigestPublishJob;
      return s.digest.publishJob(await actorOf(job.by), job, ctx);
    },
  });
  jobs.define('report-pdf', {
    retries: RETRIES['report-pdf'],
    retryDelaySeconds: 3,
    handler: async (data, { progress }) => {
      const { lang, from, to } = data as ReportPdfJob;
      progress(0, 3);
      // The figures as they are when the job runs, on the day it runs: the stamp is theirs.
      const figures = await jobStep('PDF_GATHER', () => reportInput(s.report, lang, from, to, s.clock.today()));
      progress(1, 3);
      const pdf = await jobStep('PDF_LAYOUT', () => reportLayout(figures));
      progress(2, 3);
      const kept = await jobStep('PDF_STORE', () => s.layouts.keep(reportTarget(figures, lang, from, to), pdf));
      progress(3, 3);
      return kept;
    },
  });
  jobs.define('coverage-import', {
    retries: RETRIES['coverage-import'],
    retryDelaySeconds: 5,
    handler: async (data, { progress }): Promise<CoverageImportOutcome> => {
      const job = data as CoverageImportJob;
      const actor = await actorOf(job.by);
      const files = await jobStep('FILES_MISSING', async () =>
        Promise.all(
          job.files.map(async (f) => {
            const bytes = await s.files.get(f.key);
            if (!bytes) throw new Error(`the uploaded file ${f.name} is no longer in the file store`);
            return { name: f.name, bytes: new Uint8Array(bytes) };
          }),
        ),
      );
      // Each file is written in its own change, and a repeat is never written twice: a retry after a
      // failure half-way counts what the first attempt wrote as duplicates, and writes only the rest.
      const summary = await s.media.importFiles(actor, files, { source: job.source, onProgress: progress });
      summary.refused.push(...job.refused);
      return summary;
    },
  });
  jobs.define('release-import', {
    // A refused import is an outcome, not a failure: only what broke underneath is tried again.
    retries: RETRIES['release-import'],
    retryDelaySeconds: 5,
    handler: async (data, { progress }): Promise<ReleaseImportOutcome> => {
      const { files, publish, by } = data as ReleaseImportJob;
      const actor = await s.accounts.actorByEmail(by);
      if (!actor) return { ok: false, problems: [{ file: '', field: '', message: `no account ${by}` }] };
      const result = await s.newsroom.importFiles(actor, files, { publish, onProgress: progress });
      return result.ok
        ? { ok: true, created: result.created.length, skipped: result.skipped.length }
        : { ok: false, problems: result.problems.slice(0, 100) };
    },
  });
  jobs.define('search-reindex', {
    retries: RETRIES['search-reindex'],
    retryDelaySeconds: 5,
    handler: async (_data, { progress }) => {
      const steps = [
        s.search.drain,
        s.search.reindexRecords,
        s.search.reindexReleases,
        () => s.search.reindexActivities(),
      ];
      for (const [i, step] of steps.entries()) {
        await step();
        progress(i + 1, steps.length);
      }
      return null;
    },
  });
}
