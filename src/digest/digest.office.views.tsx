/** The digest desk in the office: the issues, and one issue's editing page. */
import './digest.messages.ts';
import { OfficePage, type OfficeContext, problemText } from '../platform/layout/office.tsx';
import type { FieldProblem } from '../platform/errors.ts';
import { type Lang, type MessageKey, formatDate, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { AFTER_FLASH, type DigestStatus, digestActions, isMonth, monthOf } from './digest.ts';
import type { Article, Contact, Issue } from './digest.service.ts';
import { type Picture, captionOf } from '../pictures/pictures.service.ts';
import { PicturePicker, PictureShelf } from '../pictures/pictures.views.tsx';
import type { IssueRow } from './digest.store.ts';
import { period } from './digest.views.tsx';
import { sectionTitle } from './digest.pdf.views.ts';

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
          {!!problem('confirm') && (
            <div class="form-row" role="alert">
              <p class="field-error" id="f-confirm-error" safe>
                {problemText(lang, problem('confirm')!, problems.find((p) => p.field === 'confirm')?.params)}
              </p>
              <label class="choice">
                <input type="checkbox" name="confirm" value="yes" aria-describedby="f-confirm-error" />{' '}
                <span safe>{t(lang, 'digest.confirm')}</span>
              </label>
            </div>
          )}
          <p class="office-actions">
            <button type="submit" safe>
              {t(lang, 'digest.compile')}
            </button>
          </p>
        </form>
      )}
      <p>
        <a href={href(ctx, '/office/digest/contact')} safe>
          {t(lang, 'digest.contact')}
        </a>
        {' · '}
        <a href={href(ctx, '/office/pictures')} safe>
          {t(lang, 'pictures.office')}
        </a>
      </p>
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
  library = [],
}: {
  ctx: OfficeContext;
  issue: Issue;
  problems: FieldProblem[];
  values: Record<string, string | string[]>;
  conflict: boolean;
  /** The media library, to choose the cover's and the articles' pictures from. */
  library?: readonly Picture[];
}): JSX.Element {
  const { lang } = ctx;
  const { row } = issue;
  const editable = row.status !== 'published' && (ctx.actor.role === 'editor' || ctx.actor.role === 'admin');
  const problem = (f: string) => problems.find((p) => p.field === f)?.message;
  const v = (name: string) => {
    const x = values[name];
    return Array.isArray(x) ? x.join(' ') : (x ?? '');
  };
  const picker = (name: string, label: MessageKey) => {
    const p = problems.find((x) => x.field === name);
    return (
      <PicturePicker
        lang={lang}
        name={name}
        label={t(lang, label)}
        value={v(name)}
        pictures={library}
        problem={p ? problemText(lang, p.message, p.params) : undefined}
        browse={false}
      />
    );
  };
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
        {issue.sections.map((m) => (
          <div class="digest-month">
            <h3 safe>{sectionTitle(lang, m.section)}</h3>
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
                  {editable && (
                    <form method="post" action={href(ctx, `/office/digest/${row.id}/file`)} class="inline-form">
                      <input type="hidden" name="_csrf" value={ctx.csrf} />
                      <input type="hidden" name="version" value={String(row.version)} />
                      <input type="hidden" name="article" value={a.id} />
                      <label class="visually-hidden" for={`file-${a.id}`} safe>
                        {`${t(lang, 'digest.section')}: ${a.title}`}
                      </label>
                      <select id={`file-${a.id}`} name="section">
                        {sectionChoices(lang, issue, a).map(([value, label]) => (
                          <option value={value} selected={value === (a.section ?? '')} safe>
                            {label}
                          </option>
                        ))}
                      </select>
                      <label class="visually-hidden" for={`name-${a.id}`} safe>
                        {`${t(lang, 'digest.sectionName')}: ${a.title}`}
                      </label>
                      <input
                        id={`name-${a.id}`}
                        name="section_name"
                        size="14"
                        placeholder={t(lang, 'digest.sectionName')}
                      />
                      <button
                        type="submit"
                        class="link-button small"
                        aria-label={`${t(lang, 'digest.file')}: ${a.title}`}
                        safe
                      >
                        {t(lang, 'digest.file')}
                      </button>
                    </form>
                  )}
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
          {picker('cover_picture', 'digest.coverPicture')}
          {library.length > 0 && <PictureShelf lang={lang} pictures={library} />}
          <fieldset class="form-row">
            <legend safe>{t(lang, 'digest.placement')}</legend>
            {!!problem('teasers') && (
              <p class="field-error" role="alert" safe>
                {problemText(lang, problem('teasers')!, problems.find((p) => p.field === 'teasers')?.params)}
              </p>
            )}
            {issue.articles.map((a) => (
              <fieldset class="digest-placement">
                <legend safe>{a.title}</legend>
                <div class="pair">
                  {text(`teaser_order:${a.releaseId}`, 'digest.teaserOrder')}
                  {text(`teaser_text:${a.releaseId}`, 'digest.teaserText')}
                </div>
                <div class="pair">
                  {picker(`picture:${a.releaseId}`, 'digest.picture')}
                  {text(`quote:${a.releaseId}`, 'digest.quote')}
                </div>
              </fieldset>
            ))}
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

/** The sections an article may be filed under: its own month, the period's months, after the flash briefing, the named ones. */
function sectionChoices(lang: Lang, issue: Issue, a: Article): Array<[string, string]> {
  const months: string[] = [];
  for (let m = issue.row.period_from.slice(0, 7); m <= issue.row.period_to.slice(0, 7); m = nextMonth(m))
    months.push(m);
  const named = issue.sections.map((s) => s.section).filter((s) => !isMonth(s) && s !== AFTER_FLASH);
  return [
    ['', `${t(lang, 'digest.ownMonth')} (${sectionTitle(lang, monthOf(a.date))})`],
    ...months.filter((m) => m !== monthOf(a.date)).map((m): [string, string] => [m, sectionTitle(lang, m)]),
    [AFTER_FLASH, t(lang, 'digest.afterFlash')],
    ...named.map((n): [string, string] => [n, n]),
  ];
}

const nextMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

/** What the edit form shows for an issue as it is stored. */
export function formValuesOf(issue: Issue): Record<string, string | string[]> {
  const { row } = issue;
  const teasers = issue.cover.map((c) => c.article.releaseId).filter((id) => id !== row.spotlight_release_id);
  const perArticle: Record<string, string> = {};
  for (const a of issue.articles) {
    const order = teasers.indexOf(a.releaseId);
    perArticle[`teaser_order:${a.releaseId}`] = order < 0 ? '' : String(order + 1);
    perArticle[`teaser_text:${a.releaseId}`] = a.teaserText ?? '';
    perArticle[`picture:${a.releaseId}`] = a.pictureId ?? '';
    perArticle[`quote:${a.releaseId}`] = a.pullQuote ?? '';
  }
  return {
    title: row.title,
    number: String(row.number),
    foreword_author: row.foreword_author ?? '',
    foreword_title: row.foreword_title ?? '',
    foreword_text: row.foreword_text ?? '',
    spotlight: row.spotlight_release_id ?? '',
    cover_picture: row.cover_picture_id ?? '',
    ...perArticle,
    flash: issue.flash.map((f) => `${f.text ?? ''}${f.slug ? `\nrelease: ${f.slug}` : ''}`).join('\n---\n'),
    pictures: issue.pictures
      .map(
        (p) => `${p.picture.id}${p.caption && p.caption !== captionOf(p.picture, issue.lang) ? ` | ${p.caption}` : ''}`,
      )
      .join('\n'),
    partners: issue.partners
      .map((p) =>
        [p.title ?? '', p.src ? `picture: ${p.src}` : '', p.place ? `after: ${p.place}` : '', p.text ?? '']
          .filter(Boolean)
          .join('\n'),
      )
      .join('\n---\n'),
  };
}

/** The Secretariat's contact block, edited for one language at a time. */
export function OfficeDigestContact({
  ctx,
  contact,
  version,
  problems,
  values,
  conflict,
}: {
  ctx: OfficeContext;
  contact: Contact;
  version: number;
  problems: FieldProblem[];
  values: Record<string, string> | null;
  conflict: boolean;
}): JSX.Element {
  const { lang } = ctx;
  const v = values ?? { ...contact, social: contact.social.join('\n') };
  const problem = (f: string) => problems.find((p) => p.field === f)?.message;
  const editable = ctx.actor.role === 'editor' || ctx.actor.role === 'admin';
  const field = (name: string, label: MessageKey, area = false) => (
    <div class="form-row">
      <label for={`f-${name}`} safe>
        {t(lang, label)}
      </label>
      {area ? (
        <textarea id={`f-${name}`} name={name} rows="4" disabled={!editable} safe>
          {v[name] ?? ''}
        </textarea>
      ) : (
        <input
          id={`f-${name}`}
          name={name}
          value={v[name] ?? ''}
          disabled={!editable}
          aria-invalid={problem(name) ? 'true' : undefined}
        />
      )}
      {!!problem(name) && (
        <p class="field-error" safe>
          {problemText(lang, problem(name)!)}
        </p>
      )}
    </div>
  );
  return (
    <OfficePage ctx={ctx} title={t(lang, 'digest.contact')} lead={t(lang, 'digest.contactLead')}>
      {conflict && (
        <p class="error-summary" role="alert" safe>
          {t(lang, 'office.conflict', { who: t(lang, 'office.conflictSomeone') })}
        </p>
      )}
      <form method="post" action={href(ctx, '/office/digest/contact')} class="record-form" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <input type="hidden" name="version" value={String(version)} />
        {field('address', 'digest.address')}
        <div class="pair">
          {field('phone', 'digest.phone')}
          {field('email', 'digest.email')}
        </div>
        {field('web', 'digest.web')}
        {field('social', 'digest.socialField', true)}
        {editable && (
          <p class="office-actions">
            <button type="submit" safe>
              {t(lang, 'office.save')}
            </button>
          </p>
        )}
      </form>
    </OfficePage>
  );
}
