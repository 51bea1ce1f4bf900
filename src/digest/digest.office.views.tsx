/** The digest desk in the office: the issues, and one issue's editing page. */
import './digest.messages.ts';
import { OfficePage, type OfficeContext, problemText } from '../platform/layout/office.tsx';
import type { FieldProblem } from '../platform/errors.ts';
import { type MessageKey, formatDate, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { type DigestStatus, digestActions } from './digest.ts';
import type { Issue } from './digest.service.ts';
import type { IssueRow } from './digest.store.ts';
import { period, monthName } from './digest.views.tsx';

export function OfficeDigestList({
  ctx,
  issues,
  problems,
  values,
}: {
  ctx: OfficeContext;
  issues: IssueRow[];
  problems: FieldProblem[];
  values: Record<string, string>;
}): JSX.Element {
  const { lang } = ctx;
  const problem = (f: string) => problems.find((p) => p.field === f)?.message;
  const field = (name: string, label: MessageKey, type = 'date') => (
    <div class="form-row">
      <label for={`f-${name}`} safe>
        {t(lang, label)}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        type={type}
        value={values[name] ?? ''}
        aria-invalid={problem(name) ? 'true' : undefined}
        aria-describedby={problem(name) ? `f-${name}-error` : undefined}
      />
      {!!problem(name) && (
        <p class="field-error" id={`f-${name}-error`} safe>
          {problemText(lang, problem(name)!)}
        </p>
      )}
    </div>
  );
  return (
    <OfficePage ctx={ctx} title={t(lang, 'digest.office')}>
      {(ctx.actor.role === 'editor' || ctx.actor.role === 'admin') && (
        <form method="post" action={href(ctx, '/office/digest')} class="record-form panel" novalidate>
          <h2 safe>{t(lang, 'digest.compile')}</h2>
          <p class="hint" safe>
            {t(lang, 'digest.compileHint')}
          </p>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <div class="pair">
            {field('from', 'digest.from')}
            {field('to', 'digest.to')}
          </div>
          <div class="form-row">
            <label for="f-lang" safe>
              {t(lang, 'digest.lang')}
            </label>
            <select id="f-lang" name="lang">
              <option value="en" selected={values.lang !== 'ru'}>
                English
              </option>
              <option value="ru" selected={values.lang === 'ru'}>
                Русский
              </option>
            </select>
          </div>
          <p class="office-actions">
            <button type="submit" safe>
              {t(lang, 'digest.compile')}
            </button>
          </p>
        </form>
      )}
      <ul class="plain-list">
        {issues.map((i) => (
          <li>
            <a
              href={href(ctx, `/office/digest/${i.id}`)}
              safe
            >{`${i.title} № ${i.number} (${i.lang.toUpperCase()})`}</a>{' '}
            <span
              class="meta"
              safe
            >{`${period(lang, i)} · ${t(lang, `digest.status.${i.status as DigestStatus}`)}`}</span>
          </li>
        ))}
      </ul>
    </OfficePage>
  );
}

export function OfficeDigestEdit({
  ctx,
  issue,
  problems,
  values,
  conflict,
}: {
  ctx: OfficeContext;
  issue: Issue;
  problems: FieldProblem[];
  values: Record<string, string | string[]>;
  conflict: boolean;
}): JSX.Element {
  const { lang } = ctx;
  const { row } = issue;
  const editable = row.status !== 'published' && (ctx.actor.role === 'editor' || ctx.actor.role === 'admin');
  const problem = (f: string) => problems.find((p) => p.field === f)?.message;
  const v = (name: string) => {
    const x = values[name];
    return Array.isArray(x) ? x.join(' ') : (x ?? '');
  };
  const teasers = new Set(Array.isArray(values.teasers) ? values.teasers : v('teasers').split(/\s+/));
  const text = (name: string, label: MessageKey, area = false) => (
    <div class="form-row">
      <label for={`f-${name}`} safe>
        {t(lang, label)}
      </label>
      {area ? (
        <textarea id={`f-${name}`} name={name} rows="4" aria-invalid={problem(name) ? 'true' : undefined} safe>
          {v(name)}
        </textarea>
      ) : (
        <input id={`f-${name}`} name={name} value={v(name)} aria-invalid={problem(name) ? 'true' : undefined} />
      )}
      {!!problem(name) && (
        <p class="field-error" safe>
          {problemText(lang, problem(name)!)}
        </p>
      )}
    </div>
  );
  return (
    <OfficePage
      ctx={ctx}
      title={`${row.title} № ${row.number} (${row.lang.toUpperCase()})`}
      lead={`${period(lang, row)} · ${t(lang, `digest.status.${row.status as DigestStatus}`)}`}
    >
      {conflict && (
        <p class="error-summary" role="alert" safe>
          {t(lang, 'office.conflict', { who: t(lang, 'office.conflictSomeone') })}
        </p>
      )}
      <div class="office-actions">
        {digestActions(row.status as DigestStatus, ctx.actor.role).map((action) => (
          <form method="post" action={href(ctx, `/office/digest/${row.id}/act`)}>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <input type="hidden" name="version" value={String(row.version)} />
            <input type="hidden" name="action" value={action} />
            <button type="submit" safe>
              {t(lang, `digest.action.${action}`)}
            </button>
          </form>
        ))}
        <a href={href(ctx, `/office/digest/${row.id}/pdf`)} safe>
          {t(lang, 'digest.preview')}
        </a>
        {row.status === 'published' && (
          <a href={href(ctx, `/digest/${row.number}`)} safe>
            {t(lang, 'office.publicPage')}
          </a>
        )}
      </div>
      <section aria-labelledby="articles">
        <h2 id="articles" safe>{`${t(lang, 'digest.articles')} (${issue.articles.length})`}</h2>
        {!!issue.spotlight && (
          <div class="digest-month">
            <h3 safe>{t(lang, 'digest.spotlight')}</h3>
            <p class="digest-row">
              <span safe>{issue.spotlight.title}</span>{' '}
              <span class="meta" safe>
                {formatDate(lang, issue.spotlight.date)}
              </span>
            </p>
          </div>
        )}
        {issue.months.map((m) => (
          <div class="digest-month">
            <h3 safe>{monthName(lang, m.month)}</h3>
            <ol class="plain-list">
              {m.articles.map((a) => (
                <li class="digest-row">
                  <span safe>{a.title}</span>{' '}
                  <span class="meta" safe>
                    {formatDate(lang, a.date)}
                  </span>
                  {editable &&
                    (['up', 'down'] as const).map((dir) => (
                      <form method="post" action={href(ctx, `/office/digest/${row.id}/move`)} class="inline-form">
                        <input type="hidden" name="_csrf" value={ctx.csrf} />
                        <input type="hidden" name="version" value={String(row.version)} />
                        <input type="hidden" name="article" value={a.id} />
                        <input type="hidden" name="direction" value={dir} />
                        <button
                          type="submit"
                          class="link-button small"
                          aria-label={`${t(lang, `digest.${dir}`)}: ${a.title}`}
                          safe
                        >
                          {t(lang, `digest.${dir}`)}
                        </button>
                      </form>
                    ))}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
      {editable && (
        <form method="post" action={href(ctx, `/office/digest/${row.id}`)} class="record-form" novalidate>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <input type="hidden" name="version" value={String(row.version)} />
          <div class="pair">
            {text('title', 'digest.issueTitle')}
            {text('number', 'digest.number')}
          </div>
          <div class="pair">
            {text('foreword_author', 'digest.forewordAuthor')}
            {text('foreword_title', 'digest.forewordTitle')}
          </div>
          {text('foreword_text', 'digest.forewordText', true)}
          <div class="form-row">
            <label for="f-spotlight" safe>
              {t(lang, 'digest.spotlightField')}
            </label>
            <select id="f-spotlight" name="spotlight">
              <option value="">—</option>
              {issue.articles.map((a) => (
                <option value={a.releaseId} selected={a.releaseId === v('spotlight')} safe>
                  {a.title}
                </option>
              ))}
            </select>
          </div>
          <fieldset class="form-row choices">
            <legend safe>{t(lang, 'digest.teasers')}</legend>
            <div class="choice-grid">
              {issue.articles.map((a) => (
                <label class="choice">
                  <input type="checkbox" name="teasers" value={a.releaseId} checked={teasers.has(a.releaseId)} />{' '}
                  <span safe>{a.title}</span>
                </label>
              ))}
            </div>
            {!!problem('teasers') && (
              <p class="field-error" safe>
                {problemText(lang, problem('teasers')!)}
              </p>
            )}
          </fieldset>
          {text('flash', 'digest.flashField', true)}
          {text('pictures', 'digest.picturesField', true)}
          {text('partners', 'digest.partnersField', true)}
          <p class="office-actions">
            <button type="submit" safe>
              {t(lang, 'office.save')}
            </button>
          </p>
        </form>
      )}
    </OfficePage>
  );
}

/** What the edit form shows for an issue as it is stored. */
export function formValuesOf(issue: Issue): Record<string, string | string[]> {
  const { row } = issue;
  return {
    title: row.title,
    number: String(row.number),
    foreword_author: row.foreword_author ?? '',
    foreword_title: row.foreword_title ?? '',
    foreword_text: row.foreword_text ?? '',
    spotlight: row.spotlight_release_id ?? '',
    teasers: issue.teasers.map((a) => a.releaseId),
    flash: issue.flash
      .map(
        (f) =>
          `${f.text ?? ''}${f.releaseId && issue.flashReleases.has(f.releaseId) ? ` | ${issue.flashReleases.get(f.releaseId)}` : ''}`,
      )
      .join('\n'),
    pictures: issue.pictures.map((p) => `${p.src ?? ''}${p.text ? ` | ${p.text}` : ''}`).join('\n'),
    partners: issue.partners.map((p) => `${p.title ?? ''}${p.text ? ` | ${p.text}` : ''}`).join('\n'),
  };
}
