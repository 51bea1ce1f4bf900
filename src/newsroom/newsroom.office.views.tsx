import './newsroom.messages.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { formatDate, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { OfficePage, type OfficeContext, problemText } from '../platform/layout/office.tsx';
import { Found, ProposalDecision, scriptLang } from '../platform/layout/proposals.tsx';
import { RELEASE_STATUSES, type ReleaseAction, editMode } from './newsroom.ts';
import type { Release, ReleaseEvent } from './newsroom.ts';
import { ArticleBody, type Pictures, type Targets, targetKey } from './newsroom.views.tsx';
import { textOf } from './newsroom.ts';
import type { LinkProposal } from './newsroom.store.ts';

export type Choice = Readonly<{ value: string; label: string }>;
export type LinkChoices = Readonly<
  Record<'states' | 'bodies' | 'areas' | 'people' | 'activities' | 'documents', Choice[]>
>;

export function ReleasesPage({ ctx, releases }: { ctx: OfficeContext; releases: Release[] }): JSX.Element {
  const { lang } = ctx;
  return (
    <OfficePage ctx={ctx} title={t(lang, 'nr.releases')}>
      {(ctx.actor.role === 'editor' || ctx.actor.role === 'admin') && (
        <p class="office-actions">
          <a class="button" href={href(ctx, '/office/releases/new')} safe>
            {t(lang, 'nr.new')}
          </a>
        </p>
      )}
      {RELEASE_STATUSES.map((status) => {
        const group = releases.filter((r) => r.status === status);
        if (group.length === 0) return '';
        return (
          <section aria-labelledby={`st-${status}`}>
            <h2 id={`st-${status}`}>
              <span safe>{t(lang, `nr.status.${status}`)}</span>{' '}
              <span class="count" safe>
                {String(group.length)}
              </span>
            </h2>
            <ul class="plain-list">
              {group.map((r) => {
                const text = textOf(lang, r);
                return (
                  <li>
                    <a href={href(ctx, `/office/releases/${r.id}`)} safe>
                      {text.title}
                    </a>{' '}
                    <span class="meta" safe>
                      {text.dateline.replace(/ —$/, '')}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </OfficePage>
  );
}

export function ReleaseOfficePage({
  ctx,
  release,
  targets,
  events,
  actions,
  problems,
  message,
  pictures,
  proposals = [],
}: {
  ctx: OfficeContext;
  release: Release;
  targets: Targets;
  events: ReleaseEvent[];
  actions: ReleaseAction[];
  problems: FieldProblem[];
  message: string | null;
  /** The library's pictures the release shows. */
  pictures?: Pictures;
  /** Links found in its text at import, waiting for an editor. */
  proposals?: readonly LinkProposal[];
}): JSX.Element {
  const { lang } = ctx;
  const mode = editMode(release.status, ctx.actor.role);
  const problemFor = (f: string) => problems.find((p) => p.field === f)?.message;
  return (
    <OfficePage ctx={ctx} title={textOf(lang, release).title}>
      {!!message && (
        <p class="notice" role="status" safe>
          {message}
        </p>
      )}
      {problems.length > 0 && (
        <div class="error-summary" role="alert">
          <p safe>{t(lang, 'office.fixErrors')}</p>
        </div>
      )}
      <p class="meta">
        <span class={`tag status-${release.status}`} safe>
          {t(lang, `nr.status.${release.status}`)}
        </span>
        {release.publishAt && release.status === 'scheduled' ? (
          <span safe>{` ${release.publishAt.replace('T', ' ').slice(0, 16)} UTC`}</span>
        ) : (
          ''
        )}
      </p>
      <div class="office-actions">
        {mode && (
          <a class="button" href={href(ctx, `/office/releases/${release.id}/edit`)} safe>
            {t(lang, mode === 'correct' ? 'nr.correct' : 'nr.edit')}
          </a>
        )}
        {(release.status === 'published' || release.status === 'scheduled' || release.status === 'archived') && (
          <a href={href(ctx, `/news/${release.slug}`)} safe>
            {t(lang, 'office.publicPage')}
          </a>
        )}
      </div>
      {actions.map((action) => (
        <form method="post" action={href(ctx, `/office/releases/${release.id}/act`)} class="workflow-form">
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <input type="hidden" name="version" value={String(release.version)} />
          <input type="hidden" name="action" value={action} />
          {action === 'send-back' && (
            <div class="form-row">
              <label for={`comment-${action}`} safe>
                {t(lang, 'nr.comment')}
              </label>
              <textarea
                id={`comment-${action}`}
                name="comment"
                aria-invalid={problemFor('comment') ? 'true' : undefined}
                aria-describedby={problemFor('comment') ? 'comment-error' : undefined}
              ></textarea>
              {!!problemFor('comment') && (
                <p class="field-error" id="comment-error" safe>
                  {problemText(lang, problemFor('comment')!)}
                </p>
              )}
            </div>
          )}
          {action === 'schedule' && (
            <div class="form-row">
              <label for="publish-at" safe>
                {t(lang, 'nr.publishAt')}
              </label>
              <input
                id="publish-at"
                name="publish_at"
                type="datetime-local"
                aria-invalid={problemFor('publish_at') ? 'true' : undefined}
                aria-describedby={problemFor('publish_at') ? 'publish-at-error' : undefined}
              />
              {!!problemFor('publish_at') && (
                <p class="field-error" id="publish-at-error" safe>
                  {problemText(lang, problemFor('publish_at')!)}
                </p>
              )}
            </div>
          )}
          <button
            type="submit"
            class={action === 'send-back' || action === 'archive' || action === 'unschedule' ? 'secondary' : undefined}
            safe
          >
            {t(lang, `nr.action.${action}`)}
          </button>
        </form>
      ))}
      <Proposals ctx={ctx} release={release} proposals={proposals} targets={targets} problems={problems} />
      <section aria-labelledby="preview" class="preview">
        <h2 id="preview" safe>
          {t(lang, 'nr.preview')}
        </h2>
        <ArticleBody ctx={ctx} release={release} targets={targets} events={events} pictures={pictures} />
      </section>
      <section aria-labelledby="workflow">
        <h2 id="workflow" safe>
          {t(lang, 'nr.workflow')}
        </h2>
        <ol class="timeline">
          {events.map((e) => (
            <li>
              <p class="timeline-head">
                <strong safe>{t(lang, `nr.event.${e.action}`)}</strong>{' '}
                <span
                  class="meta"
                  safe
                >{`${formatDate(lang, e.at.slice(0, 10))} ${e.at.slice(11, 16)} · ${e.actor ?? t(lang, 'office.system')}`}</span>
              </p>
              {!!e.comment && (
                <p class="note" safe>
                  {e.comment}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </OfficePage>
  );
}

/** What the recognizer found in an imported release's words, each with its evidence and a decision for editors. */
function Proposals({
  ctx,
  release,
  proposals,
  targets,
  problems,
}: {
  ctx: OfficeContext;
  release: Release;
  proposals: readonly LinkProposal[];
  targets: Targets;
  problems: FieldProblem[];
}): JSX.Element {
  const { lang } = ctx;
  if (proposals.length === 0) return '';
  const decides = ctx.actor.role === 'editor' || ctx.actor.role === 'admin';
  const action = href(ctx, `/office/releases/${release.id}/proposals`);
  const problem = problems.find((p) => ['proposal', 'decision', 'version'].includes(p.field));
  const decision = (proposal: string, confirm: string, dismiss?: { label: string; value: string }) => (
    <ProposalDecision
      action={action}
      csrf={ctx.csrf}
      fields={{ version: String(release.version), proposal }}
      confirm={confirm}
      dismiss={dismiss}
      formClass="proposal-form"
    />
  );
  return (
    <section aria-labelledby="proposals" class="proposals">
      <h2 id="proposals" safe>
        {t(lang, 'nr.proposals')}
      </h2>
      <p class="meta" safe>
        {t(lang, 'nr.proposals.lead')}
      </p>
      {!!problem && (
        <p class="field-error" role="alert" safe>
          {problemText(lang, problem.message)}
        </p>
      )}
      <ul class="proposal-list">
        {proposals.map((p) => (
          <li>
            <div class="proposal-what">
              <span class="tag" safe>
                {t(lang, `news.kind.${p.kind}`)}
              </span>{' '}
              <strong safe>{targets.get(targetKey(p.kind, p.targetId))?.name ?? p.targetId}</strong>
              <p class="meta">
                <Found
                  found={{
                    said: t(lang, 'nr.proposals.seen'),
                    words: p.seen.map((w) => ({ text: w, lang: scriptLang(w) })),
                    quoted: true,
                  }}
                />
              </p>
            </div>
            {decides &&
              decision(p.id, t(lang, 'nr.proposals.confirm'), {
                label: t(lang, 'nr.proposals.dismiss'),
                value: 'dismiss',
              })}
          </li>
        ))}
      </ul>
      {decides &&
        proposals.length > 1 &&
        decision('all', `${t(lang, 'nr.proposals.confirmAll')} (${proposals.length})`)}
    </section>
  );
}

export function Row({
  id,
  label,
  problem,
  children,
}: {
  id: string;
  label: string;
  problem?: string | undefined;
  children: JSX.Element;
}): JSX.Element {
  return (
    <div class="form-row">
      <label for={id} safe>
        {label}
      </label>
      {children}
      {!!problem && (
        <p class="field-error" id={`${id}-error`} safe>
          {problem}
        </p>
      )}
    </div>
  );
}
