import './jobs.messages.ts';
import { t } from '../platform/i18n/i18n.ts';
import type { JobView } from '../platform/jobs/jobs.ts';
import { href } from '../platform/layout/layout.tsx';
import { OfficePage, type OfficeContext } from '../platform/layout/office.tsx';
import {
  type CoverageImportOutcome,
  JOB_KINDS,
  type JobKindName,
  LAYOUT_KINDS,
  LAYOUT_STEPS,
  RETRIES,
  type ReleaseImportOutcome,
} from './jobs.kinds.ts';

const isKind = (kind: string): kind is JobKindName => (JOB_KINDS as readonly string[]).includes(kind);
const kindName = (ctx: OfficeContext, kind: string) => (isKind(kind) ? t(ctx.lang, `jobs.kind.${kind}`) : kind);

/** The failures the office can name; any other is said as a failure underneath, its text kept for the administrator. */
const ERROR_CODES = [
  'PDF_GATHER',
  'PDF_LAYOUT',
  'PDF_STORE',
  'BUSY',
  'NO_ACCOUNT',
  'FILES_MISSING',
  'RECORD_NOT_FOUND',
] as const;
type ErrorCode = (typeof ERROR_CODES)[number];
const isErrorCode = (code: string | null): code is ErrorCode =>
  code !== null && (ERROR_CODES as readonly string[]).includes(code);

/** What failed, in the reader's language. */
export function failureOf(ctx: OfficeContext, job: JobView): string {
  return isErrorCode(job.errorCode) ? t(ctx.lang, `jobs.error.${job.errorCode}`) : t(ctx.lang, 'jobs.error.other');
}

/** How often a page following work loads itself again, in seconds. */
export const FOLLOW_SECONDS = 2;

const OPEN = new Set(['queued', 'running', 'retrying']);

type PublishOutcome = Readonly<{
  ok: boolean;
  issueId: string;
  edition?: number;
  kind?: 'conflict' | 'refused' | 'invalid';
}>;

function outcome(ctx: OfficeContext, job: JobView): string {
  if (job.state === 'failed' || job.state === 'retrying') return failureOf(ctx, job);
  if (job.state !== 'done' || !job.result) return '';
  const { lang } = ctx;
  switch (job.kind) {
    case 'release-import': {
      const r = job.result as ReleaseImportOutcome;
      return r.ok
        ? t(lang, 'jobs.imported', { count: r.created, created: r.created, skipped: r.skipped })
        : t(lang, 'jobs.refused', { n: r.problems.length });
    }
    case 'digest-publish': {
      const r = job.result as PublishOutcome;
      return r.ok
        ? t(lang, 'jobs.published', { n: r.edition ?? 1 })
        : t(lang, `jobs.notPublished.${r.kind ?? 'refused'}`);
    }
    case 'digest-pdf':
    case 'report-pdf':
      return t(lang, 'jobs.pdfReady');
    case 'coverage-import': {
      const r = job.result as CoverageImportOutcome;
      return t(lang, 'jobs.coverageDone', {
        count: r.imported.length,
        n: r.imported.length,
        duplicates: r.duplicates.length,
        refused: r.refused.length,
      });
    }
    default:
      return '';
  }
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
                  <td data-label={t(lang, 'jobs.kind')}>
                    <a href={href(ctx, `/office/jobs/${job.id}`)} safe>
                      {kindName(ctx, job.kind)}
                    </a>
                  </td>
                  <td data-label={t(lang, 'jobs.started')}>
                    <time datetime={job.createdAt} safe>
                      {job.createdAt.replace('T', ' ').slice(0, 16)}
                    </time>
                  </td>
                  <td data-label={t(lang, 'jobs.state')} safe>
                    {t(lang, `jobs.state.${job.state}`)}
                  </td>
                  <td data-label={t(lang, 'jobs.progress')}>
                    {job.total > 0 ? (
                      <>
                        <progress max={String(job.total)} value={String(job.done)} />{' '}
                        <span class="meta" safe>{`${job.done} / ${job.total}`}</span>
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                  <td data-label={t(lang, 'jobs.attempts')} safe>
                    {String(job.attempts)}
                  </td>
                  <td data-label={t(lang, 'jobs.outcome')} safe>
                    {outcome(ctx, job)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OfficePage>
  );
}

/** Where a finished job's work is seen: the PDF it stored, the issue it was for, the summary of an import. */
function Results({ ctx, job }: { ctx: OfficeContext; job: JobView }): JSX.Element {
  const { lang } = ctx;
  const result = (job.result ?? {}) as { file?: string; issueId?: string; ok?: boolean };
  const data = (job.data ?? {}) as { issueId?: string };
  const issueId = result.issueId ?? data.issueId;
  const links: Array<[string, string]> = [];
  if (job.state === 'done' && typeof result.file === 'string')
    links.push([`/office/jobs/${job.id}/pdf`, t(lang, 'jobs.openPdf')]);
  if (job.state === 'done' && job.kind === 'coverage-import')
    links.push([`/office/coverage/import?job=${job.id}`, t(lang, 'jobs.coverageSummary')]);
  if (issueId) links.push([`/office/digest/${encodeURIComponent(issueId)}`, t(lang, 'jobs.backToIssue')]);
  links.push(['/office/jobs', t(lang, 'jobs.all')]);
  return (
    <p class="office-actions">
      {links.map(([path, label], i) => (
        <a href={href(ctx, path)} class={i === 0 ? 'button' : 'button secondary'} safe>
          {label}
        </a>
      ))}
    </p>
  );
}

/**
 * One job as it goes: its steps (a layout's three) or its progress, the attempt,
 * what failed in the reader's language, and once it is over where its result is.
 * While the job is open the page loads itself again (a meta refresh), so it
 * follows the work without JavaScript; once over it stays still.
 */
export function JobPage({ ctx, job }: { ctx: OfficeContext; job: JobView }): JSX.Element {
  const { lang } = ctx;
  const open = OPEN.has(job.state);
  const layout = (LAYOUT_KINDS as readonly string[]).includes(job.kind);
  const attempts = isKind(job.kind) ? RETRIES[job.kind] + 1 : job.attempts;
  const failed = job.state === 'failed' || job.state === 'retrying';
  const done = job.state === 'done';
  return (
    <OfficePage
      ctx={ctx}
      title={kindName(ctx, job.kind)}
      lead={open ? t(lang, 'jobs.followLead', { n: FOLLOW_SECONDS }) : t(lang, 'jobs.overLead')}
      refresh={open ? FOLLOW_SECONDS : undefined}
    >
      <div class="job" data-job={job.id} data-state={job.state}>
        <p class="status-line">
          <span class={`badge job-${job.state}`} safe>
            {t(lang, `jobs.state.${job.state}`)}
          </span>
          {job.attempts > 1 || (job.attempts > 0 && !done) ? (
            <span class="meta" safe>
              {t(lang, 'jobs.attemptOf', { n: job.attempts, max: attempts })}
            </span>
          ) : (
            ''
          )}
        </p>
        {layout ? (
          <>
            <h2 class="visually-hidden" safe>
              {t(lang, 'jobs.steps')}
            </h2>
            <ol class="job-steps">
              {LAYOUT_STEPS.map((step, i) => {
                // The step a failure stopped at is said to have failed, also while a retry waits.
                const mark =
                  done || job.done > i
                    ? 'done'
                    : failed && job.done === i
                      ? 'failed'
                      : open && job.done === i
                        ? 'now'
                        : 'waiting';
                return (
                  <li class={`job-step job-step-${mark}`} aria-current={mark === 'now' ? 'step' : undefined}>
                    <span safe>{t(lang, `jobs.step.${step}`)}</span>{' '}
                    <span class="meta" safe>
                      {t(lang, `jobs.step.${mark}`)}
                    </span>
                  </li>
                );
              })}
            </ol>
          </>
        ) : job.total > 0 ? (
          <p>
            <progress max={String(job.total)} value={String(job.done)} />{' '}
            <span class="meta" safe>{`${job.done} / ${job.total}`}</span>
          </p>
        ) : (
          ''
        )}
        {failed ? (
          <div class="error-summary" role="status">
            <p safe>{failureOf(ctx, job)}</p>
            <p safe>{job.state === 'retrying' ? t(lang, 'jobs.willRetry') : t(lang, 'jobs.gaveUp')}</p>
            {job.error ? (
              <details>
                <summary safe>{t(lang, 'jobs.detail')}</summary>
                <code lang="en" safe>
                  {job.error}
                </code>
              </details>
            ) : (
              ''
            )}
          </div>
        ) : done ? (
          <p class={(job.result as { ok?: boolean } | null)?.ok === false ? 'conflict' : 'notice'} role="status" safe>
            {outcome(ctx, job)}
          </p>
        ) : (
          ''
        )}
        {open ? (
          <p>
            <a href={href(ctx, `/office/jobs/${job.id}`)} safe>
              {t(lang, 'jobs.refreshNow')}
            </a>
          </p>
        ) : (
          <Results ctx={ctx} job={job} />
        )}
      </div>
    </OfficePage>
  );
}
