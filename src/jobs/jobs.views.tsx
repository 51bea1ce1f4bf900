import './jobs.messages.ts';
import { t } from '../platform/i18n/i18n.ts';
import type { JobView } from '../platform/jobs/jobs.ts';
import { href } from '../platform/layout/layout.tsx';
import { OfficePage, type OfficeContext } from '../platform/layout/office.tsx';
import { JOB_KINDS, type JobKindName, type ReleaseImportOutcome } from './jobs.kinds.ts';

const isKind = (kind: string): kind is JobKindName => (JOB_KINDS as readonly string[]).includes(kind);

function outcome(ctx: OfficeContext, job: JobView): string {
  if (job.state === 'failed' || job.state === 'retrying') return job.error ?? '';
  if (job.state !== 'done' || job.kind !== 'release-import') return '';
  const r = job.result as ReleaseImportOutcome | null;
  if (!r) return '';
  return r.ok
    ? t(ctx.lang, 'jobs.imported', { count: r.created, created: r.created, skipped: r.skipped })
    : t(ctx.lang, 'jobs.refused', { n: r.problems.length });
}

export function JobsPage({ ctx, jobs }: { ctx: OfficeContext; jobs: readonly JobView[] }): JSX.Element {
  const { lang } = ctx;
  return (
    <OfficePage ctx={ctx} title={t(lang, 'jobs.title')} lead={t(lang, 'jobs.lead')}>
      {ctx.actor.role === 'admin' && (
        <form method="post" action={href(ctx, '/office/jobs/reindex')} class="office-actions">
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <button type="submit" safe>
            {t(lang, 'jobs.reindex')}
          </button>
        </form>
      )}
      {jobs.length === 0 ? (
        <p safe>{t(lang, 'jobs.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                {(
                  ['jobs.kind', 'jobs.started', 'jobs.state', 'jobs.progress', 'jobs.attempts', 'jobs.outcome'] as const
                ).map((c) => (
                  <th scope="col" safe>
                    {t(lang, c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr data-job={job.id}>
                  <td safe>{isKind(job.kind) ? t(lang, `jobs.kind.${job.kind}`) : job.kind}</td>
                  <td>
                    <time datetime={job.createdAt} safe>
                      {job.createdAt.replace('T', ' ').slice(0, 16)}
                    </time>
                  </td>
                  <td safe>{t(lang, `jobs.state.${job.state}`)}</td>
                  <td>
                    {job.total > 0 ? (
                      <>
                        <progress max={String(job.total)} value={String(job.done)} />{' '}
                        <span class="meta" safe>{`${job.done} / ${job.total}`}</span>
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                  <td safe>{String(job.attempts)}</td>
                  <td safe>{outcome(ctx, job)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OfficePage>
  );
}
