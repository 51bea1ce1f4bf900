/** The office's archive page (import with a dry run first, the report, the flags) and the page an unknown old address gets. */
import './archive.messages.ts';
import { type Lang, formatDate, t } from '../platform/i18n/i18n.ts';
import { PageHeader } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import { type OfficeContext, OfficePage } from '../platform/layout/office.tsx';
import type { ArchiveKind } from './archive.ts';
import type { ArchiveReport, FileReport } from './archive.service.ts';
import { reasonText } from './archive.report.ts';

/** A flag said in the reader's language, with the item it concerns. */
export type FlagView = Readonly<{ id: string; version: number; text: string; file: string; path: string | null }>;

export type ArchiveView = Readonly<{
  report: ArchiveReport | null;
  problem: string | null;
  notice: string | null;
  flags: readonly FlagView[];
  canImport: boolean;
  /** What the form was sent with, so a dry run's form is ready to import the same files. */
  kind: ArchiveKind | '';
  publish: boolean;
  names: LinkNames;
}>;

/** One flag in words: what the text says, what the record holds. */
export function flagText(lang: Lang, detail: Record<string, unknown>, names: ReadonlyMap<string, string>): string {
  const str = (k: string) => (typeof detail[k] === 'string' ? (detail[k] as string) : '');
  const date = str('date') ? formatDate(lang, str('date')) : '';
  const post = (p: string) => t(lang, `post.${p}` as Parameters<typeof t>[1]);
  switch (str('kind')) {
    case 'dates-disagree':
      return t(lang, 'archive.flag.dates-disagree', {
        dateline: str('dateline'),
        posted: formatDate(lang, str('posted')),
      });
    case 'post-contradicts': {
      const held = Array.isArray(detail.held) ? (detail.held as string[]) : [];
      return t(lang, 'archive.flag.post-contradicts', {
        name: names.get(str('personId')) ?? str('personId'),
        written: post(str('written')),
        date,
        held: held.length ? held.map(post).join(', ') : t(lang, 'archive.heldNone'),
      });
    }
    default:
      return t(lang, 'archive.flag.post-not-held', { written: post(str('written')), seen: str('seen'), date });
  }
}

/** Names of the states, bodies and areas a report links, in the page's language, keyed `kind:id`. */
export type LinkNames = ReadonlyMap<string, string>;

function FileRow({ ctx, f, names }: { ctx: OfficeContext; f: FileReport; names: LinkNames }): JSX.Element {
  const { lang } = ctx;
  const found = [
    f.kind ? t(lang, `archive.kind.${f.kind}`) : '',
    f.layout ? t(lang, `archive.layout.${f.layout as 'current'}`) : '',
    f.title ? `«${f.title}»` : '',
    f.date ?? '',
    f.place ?? '',
    f.posted ? `${t(lang, 'archive.found.posted')}: ${f.posted}` : '',
    f.contact ?? '',
    f.addresses.join(' '),
  ].filter(Boolean);
  const linked = [
    ...f.people.map((p) => (p.post ? `${p.name} (${t(lang, `post.${p.post}`)})` : p.name)),
    ...f.states.map((id) => names.get(`state:${id}`) ?? id),
    ...f.bodies.map((id) => names.get(`body:${id}`) ?? id),
    ...f.areas.map((id) => names.get(`area:${id}`) ?? id),
  ];
  return (
    <tr class={f.status === 'refused' ? 'refused' : undefined}>
      <th scope="row">
        <code safe>{f.file}</code>
      </th>
      <td data-label={t(lang, 'archive.col.outcome')}>
        <strong safe>{t(lang, `archive.status.${f.status}`)}</strong>
        {!!f.reason && <p safe>{reasonText(lang, f.reason)}</p>}
        {!!f.path && f.status === 'created' && (
          <p>
            <a href={href(ctx, f.path)} safe>
              {t(lang, 'archive.openItem')}
            </a>
          </p>
        )}
      </td>
      <td data-label={t(lang, 'archive.col.found')}>
        <ul class="plain-list">
          {found.map((x) => (
            <li safe>{x}</li>
          ))}
        </ul>
      </td>
      <td data-label={t(lang, 'archive.col.missing')} safe>
        {f.missing.map((m) => t(lang, `archive.found.${m}`)).join(', ')}
      </td>
      <td data-label={t(lang, 'archive.col.linked')}>
        <span safe>{linked.join(', ')}</span>
        {f.flags.length > 0 && (
          <p class="notice" safe>
            {`⚑ ${f.flags.length}`}
          </p>
        )}
      </td>
    </tr>
  );
}

export function ArchiveOfficePage({ ctx, view }: { ctx: OfficeContext; view: ArchiveView }): JSX.Element {
  const { lang } = ctx;
  const r = view.report;
  return (
    <OfficePage ctx={ctx} title={t(lang, 'archive.title')} lead={t(lang, 'archive.lead')}>
      {!!view.problem && (
        <div class="error-summary" role="alert">
          <p safe>{view.problem}</p>
        </div>
      )}
      {!!view.notice && (
        <p class="notice" role="status" safe>
          {view.notice}
        </p>
      )}
      {!!r && (
        <section aria-live="polite" aria-labelledby="archive-report">
          <h2 id="archive-report" safe>
            {t(lang, r.dryRun || !r.ok ? 'archive.summary' : 'archive.summaryDone', r.summary)}
          </h2>
          {(r.dryRun || !r.ok) && (
            <p class={r.ok ? 'notice' : 'error-summary'} role="status" safe>
              {r.ok ? t(lang, 'archive.dryRunDone') : t(lang, 'archive.nothingWritten')}
            </p>
          )}
          <div class="table-scroll">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t(lang, 'archive.col.file')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'archive.col.outcome')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'archive.col.found')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'archive.col.missing')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'archive.col.linked')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.files.map((f) => (
                  <FileRow ctx={ctx} f={f} names={view.names} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {view.canImport && (
        <form
          method="post"
          action={href(ctx, '/office/archive/import')}
          enctype="multipart/form-data"
          class="record-form"
        >
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <div class="form-row">
            <label for="f-files" safe>
              {t(lang, 'archive.files')}
            </label>
            <input id="f-files" name="files" type="file" multiple required />
          </div>
          <div class="form-row">
            <label for="f-kind" safe>
              {t(lang, 'archive.kind')}
            </label>
            <select id="f-kind" name="kind">
              {(['', 'release', 'speech'] as const).map((k) => (
                <option value={k} selected={view.kind === k} safe>
                  {t(lang, k ? `archive.kind.${k}` : 'archive.kind.auto')}
                </option>
              ))}
            </select>
          </div>
          <div class="form-row">
            <label class="choice">
              <input name="publish" type="checkbox" value="1" checked={view.publish} />{' '}
              <span safe>{t(lang, 'archive.publish')}</span>
            </label>
          </div>
          <p class="office-actions">
            <button type="submit" name="mode" value="dry-run" class="secondary" safe>
              {t(lang, 'archive.dryRun')}
            </button>{' '}
            <button type="submit" name="mode" value="import" safe>
              {t(lang, 'archive.import')}
            </button>
          </p>
        </form>
      )}
      <section aria-labelledby="archive-flags">
        <h2 id="archive-flags" safe>
          {t(lang, 'archive.flags')}
        </h2>
        <p class="meta" safe>
          {t(lang, 'archive.flagsLead')}
        </p>
        {view.flags.length === 0 ? (
          <p class="empty" safe>
            {t(lang, 'archive.noFlags')}
          </p>
        ) : (
          <ul class="plain-list flag-list">
            {view.flags.map((f) => (
              <li>
                <p safe>{f.text}</p>
                <p class="meta">
                  <code safe>{f.file}</code>
                  {f.path ? (
                    <>
                      {' · '}
                      <a href={href(ctx, f.path)} safe>
                        {t(lang, 'archive.openItem')}
                      </a>
                    </>
                  ) : (
                    ''
                  )}
                </p>
                {view.canImport && (
                  <form method="post" action={href(ctx, `/office/archive/flags/${f.id}`)} class="office-actions">
                    <input type="hidden" name="_csrf" value={ctx.csrf} />
                    <input type="hidden" name="version" value={String(f.version)} />
                    <button type="submit" class="secondary" safe>
                      {t(lang, 'archive.settle')}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </OfficePage>
  );
}

/** An old address the archive does not know: say so, and offer search and the lists. */
export function OldAddressNotFoundPage({ ctx }: { ctx: PageContext }): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'archive.notFoundTitle')}>
      <PageHeader title={t(lang, 'archive.notFoundTitle')} lead={t(lang, 'archive.notFoundLead')} />
      <form
        method="get"
        action={href(ctx, '/search')}
        role="search"
        class="search-form filters"
        aria-label={t(lang, 'search.label')}
      >
        <label class="grow">
          <span safe>{t(lang, 'search.label')}</span>
          <input type="search" name="q" />
        </label>
        <button type="submit" safe>
          {t(lang, 'archive.searchButton')}
        </button>
      </form>
      <p>
        <span safe>{t(lang, 'archive.browse')}</span>{' '}
        <a href={href(ctx, '/news')} safe>
          {t(lang, 'nav.news')}
        </a>
        {' · '}
        <a href={href(ctx, '/speeches')} safe>
          {t(lang, 'nav.speeches')}
        </a>
      </p>
    </Layout>
  );
}
