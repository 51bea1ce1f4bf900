/**
 * The kinds of background work, each handed the services it drives: an
 * import of press releases (the newsroom's, all or nothing as ever, its
 * progress told as it writes) and rebuilding the search index.
 */
import type { AccountsService } from '../accounts/accounts.service.ts';
import type { NewsroomService } from '../newsroom/newsroom.service.ts';
import type { SourceFile } from '../newsroom/newsroom.import.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';
import type { SearchService } from '../search/search.service.ts';

export const JOB_KINDS = ['release-import', 'search-reindex'] as const;
export type JobKindName = (typeof JOB_KINDS)[number];

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
  }>,
): void {
  jobs.define('release-import', {
    // A refused import is an outcome, not a failure: only what broke underneath is tried again.
    retries: 2,
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
    retries: 2,
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
