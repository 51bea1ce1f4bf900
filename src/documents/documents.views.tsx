/** The public registry of documents and each document's page: text, files, adoption, status, versions for staff. */
import type { PropsWithChildren } from '@kitajs/html';
import './documents.messages.ts';
import type { TitledMeeting } from '../bodies/bodies.service.ts';
import { MeetingLink } from '../bodies/bodies.views.tsx';
import type { Body } from '../bodies/bodies.ts';
import type { Dimension } from '../cbm/cbm.ts';
import { type Lang, formatDate, pick, t } from '../platform/i18n/i18n.ts';
import { Citations, DateText, PageHeader, Sources, StateLink, Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import { renderMarkdown } from '../platform/markdown.ts';
import type { Citation } from '../platform/sourced.ts';
import type { State } from '../registry/registry.ts';
import {
  DOCUMENT_KINDS,
  type DocumentRecord,
  INSTRUMENT_KINDS,
  STAGES,
  type TreatyStatus,
  openPassages,
} from './documents.ts';
import type { FileRecord, VersionRecord } from './documents.store.ts';

export type Lookups = Readonly<{
  states: ReadonlyMap<string, State>;
  meetings: ReadonlyMap<string, TitledMeeting>;
  bodies: ReadonlyMap<string, Body>;
}>;

/** A national reference as the record writes it ("Law No. 500-IV"), in the page's language ("Закон № 500-IV"). */
export function nationalReference(lang: Lang, reference: string): string {
  const law = /^Law No\. (\S+)$/.exec(reference);
  return law ? t(lang, 'documents.lawNumber', { number: law[1]! }) : reference;
}

const bodyName = (lang: Lang, bodies: Lookups['bodies'], id: string | null) => {
  const body = id ? bodies.get(id) : undefined;
  return body ? pick(lang, body.name.en, body.name.ru) : null;
};

/** The language a title is shown in, where it is not the page's: a Russian page falls back to the English title. */
export const titleLang = (lang: Lang, doc: Pick<DocumentRecord, 'title'>): 'en' | undefined =>
  lang === 'ru' && !doc.title.ru ? 'en' : undefined;

/** A document named in the page's <title>, which cannot mark a language: in Russian without a Russian title, its kind and date. */
export function headTitle(lang: Lang, doc: Pick<DocumentRecord, 'title' | 'kind' | 'date'>): string {
  if (lang !== 'ru' || doc.title.ru) return pick(lang, doc.title.en, doc.title.ru);
  return [t(lang, `doc.kind.${doc.kind}`), doc.date ? formatDate(lang, doc.date) : null].filter(Boolean).join(', ');
}

/** "11 ratifications (2 identified)": the count the sources attest, and how many of the states are named. */
export function countText(lang: Lang, status: Pick<TreatyStatus, 'count' | 'identified'>): string {
  const count = t(lang, 'treaty.count', { count: status.count });
  return status.identified < status.count
    ? `${count} ${t(lang, 'treaty.identified', { count: status.identified })}`
    : count;
}

function ClassificationTag({ lang, doc }: { lang: Lang; doc: DocumentRecord }): JSX.Element {
  if (doc.classification === 'public') return '';
  return (
    <span class={`tag tag-${doc.classification}`} safe>
      {t(lang, `doc.visibility.${doc.classification}`)}
    </span>
  );
}

function Adoption({ ctx, doc, meetings, bodies }: { ctx: PageContext; doc: DocumentRecord } & Lookups): JSX.Element {
  const { lang } = ctx;
  const meeting = doc.meetingId ? meetings.get(doc.meetingId) : undefined;
  const silence = doc.adoption.silence;
  if (doc.stage === 'draft')
    return (
      <p class="meta" safe>
        {t(lang, 'doc.stage.draft')}
      </p>
    );
  if (doc.stage === 'not-adopted' && silence)
    return (
      <p class="meta" safe>
        {t(lang, 'doc.silence.brokenText', {
          state: silence.brokenBy ?? '',
          date: formatDate(lang, silence.brokenOn ?? silence.deadline),
        })}
      </p>
    );
  const body = bodyName(lang, bodies, doc.bodyId);
  return (
    <p class="meta">
      {!!doc.date && <DateText lang={lang} date={doc.date} />}
      {!!doc.place && (
        <>
          {doc.date ? ', ' : ''}
          <Text lang={lang} text={doc.place} />
        </>
      )}
      {!!meeting && (
        <>
          {' · '}
          <span safe>{t(lang, 'documents.adoptedAt')}</span> <MeetingLink ctx={ctx} meeting={meeting} />
        </>
      )}
      {!meeting && !!body && <span safe>{` · ${body}`}</span>}
      {doc.adoption.method === 'consensus' && <span safe>{` · ${t(lang, 'doc.method.consensus')}`}</span>}
      {doc.adoption.method === 'written' && <span safe>{` · ${t(lang, 'doc.method.written')}`}</span>}
      {doc.adoption.method === 'silence' && !!silence && (
        <span safe>
          {` · ${t(lang, 'doc.silence.adoptedText', {
            from: formatDate(lang, silence.circulatedOn),
            to: formatDate(lang, silence.deadline),
          })}`}
        </span>
      )}
    </p>
  );
}

export type Filters = Readonly<{
  kind?: string | undefined;
  body?: string | undefined;
  year?: string | undefined;
  status?: string | undefined;
  dimension?: string | undefined;
}>;

function FilterForm({
  ctx,
  filters,
  bodies,
  dimensions,
}: {
  ctx: PageContext;
  filters: Filters;
  bodies: readonly Body[];
  dimensions: readonly Dimension[];
}): JSX.Element {
  const { lang } = ctx;
  const option = (value: string, label: string, current: string | undefined) => (
    <option value={value} selected={current === value} safe>
      {label}
    </option>
  );
  return (
    <form class="filters" method="get" action={href(ctx, '/documents')}>
      <label>
        <span safe>{t(lang, 'col.kind')}</span>
        <select name="kind">
          {option('', t(lang, 'doc.filter.all'), filters.kind ?? '')}
          {DOCUMENT_KINDS.map((k) => option(k, t(lang, `doc.kind.${k}`), filters.kind))}
        </select>
      </label>
      <label>
        <span safe>{t(lang, 'doc.body')}</span>
        <select name="body">
          {option('', t(lang, 'doc.filter.all'), filters.body ?? '')}
          {bodies.map((b) => option(b.id, pick(lang, b.name.en, b.name.ru), filters.body))}
        </select>
      </label>
      <label>
        <span safe>{t(lang, 'doc.year')}</span>
        <input name="year" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" value={filters.year ?? ''} />
      </label>
      <label>
        <span safe>{t(lang, 'doc.status')}</span>
        <select name="status">
          {option('', t(lang, 'doc.filter.all'), filters.status ?? '')}
          {STAGES.map((s) => option(s, t(lang, `doc.stage.${s}`), filters.status))}
        </select>
      </label>
      <label>
        <span safe>{t(lang, 'doc.dimension')}</span>
        <select name="dimension">
          {option('', t(lang, 'doc.filter.all'), filters.dimension ?? '')}
          {dimensions.map((d) => option(d.id, pick(lang, d.name.en, d.name.ru), filters.dimension))}
        </select>
      </label>
      <button type="submit" safe>
        {t(lang, 'common.show')}
      </button>
    </form>
  );
}

function DocumentEntry({
  ctx,
  doc,
  lookups,
}: {
  ctx: PageContext;
  doc: DocumentRecord;
  lookups: Lookups;
}): JSX.Element {
  const { lang } = ctx;
  return (
    <li class="document" id={doc.id}>
      <p class="doc-kind">
        <span safe>{t(lang, `doc.kind.${doc.kind}`)}</span>
        {!!doc.symbol && <span class="doc-symbol" safe>{` · ${doc.symbol}`}</span>}
        <ClassificationTag lang={lang} doc={doc} />
      </p>
      <h2>
        <a href={href(ctx, `/documents/${doc.id}`)}>
          <Text lang={lang} text={doc.title} />
        </a>
      </h2>
      <Adoption ctx={ctx} doc={doc} {...lookups} />
    </li>
  );
}

export function DocumentsPage({
  ctx,
  docs,
  filters,
  lookups,
  bodies,
  dimensions,
  citations = [],
  problem,
}: {
  ctx: PageContext;
  docs: readonly DocumentRecord[];
  filters: Filters;
  lookups: Lookups;
  bodies: readonly Body[];
  dimensions: readonly Dimension[];
  citations?: readonly Citation[] | undefined;
  problem?: string | undefined;
}): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'documents.title')} description={t(lang, 'documents.lead')}>
      <PageHeader title={t(lang, 'documents.title')} lead={t(lang, 'documents.lead')}>
        <p>
          <a href={href(ctx, '/treaties')} safe>
            {t(lang, 'treaty.title')}
          </a>
        </p>
      </PageHeader>
      <FilterForm ctx={ctx} filters={filters} bodies={bodies} dimensions={dimensions} />
      {!!problem && (
        <p class="field-error" role="alert" safe>
          {problem}
        </p>
      )}
      <p class="meta" safe>
        {t(lang, 'doc.found', { count: docs.length })}
      </p>
      <ol class="documents">
        {docs.map((doc) => (
          <DocumentEntry ctx={ctx} doc={doc} lookups={lookups} />
        ))}
      </ol>
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}

function fileSize(lang: Lang, bytes: number): string {
  const kb = bytes / 1024;
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: kb < 10 ? 1 : 0 });
  return kb < 1024
    ? `${number.format(kb)} ${t(lang, 'doc.file.kb')}`
    : `${number.format(kb / 1024)} ${t(lang, 'doc.file.mb')}`;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

export function DocumentPage({
  ctx,
  doc,
  lookups,
  files,
  versions,
  status,
  related,
  releases = [],
  citations = [],
}: {
  ctx: PageContext;
  doc: DocumentRecord;
  lookups: Lookups;
  files: readonly FileRecord[];
  versions: readonly VersionRecord[];
  status: TreatyStatus | null;
  related: ReadonlyMap<string, DocumentRecord>;
  /** Published press releases that link this document, newest first. */
  releases?: readonly MentioningRelease[];
  citations?: readonly Citation[] | undefined;
}): JSX.Element {
  const { lang } = ctx;
  const title = headTitle(lang, doc);
  const text = lang === 'ru' ? (doc.text.ru ?? doc.text.en) : (doc.text.en ?? doc.text.ru);
  const textLang = lang === 'ru' && doc.text.ru ? 'ru' : doc.text.en ? 'en' : 'ru';
  // Staff Markdown, parsed and sanitized by renderMarkdown: the one place user text becomes HTML.
  const safeText = text ? renderMarkdown(text) : null;
  const amends = doc.amendsId ? related.get(doc.amendsId) : undefined;
  const replaces = doc.replacesId ? related.get(doc.replacesId) : undefined;
  return (
    <Layout ctx={ctx} title={title} description={t(lang, `doc.kind.${doc.kind}`)}>
      <nav class="breadcrumb" aria-label={t(lang, 'doc.breadcrumb')}>
        <a href={href(ctx, '/documents')} safe>
          {t(lang, 'documents.title')}
        </a>
      </nav>
      <article class="document-page">
        <p class="doc-kind">
          <span safe>{t(lang, `doc.kind.${doc.kind}`)}</span>
          {!!doc.symbol && <span class="doc-symbol" safe>{` · ${doc.symbol}`}</span>}
          <ClassificationTag lang={lang} doc={doc} />
        </p>
        <h1>
          <Text lang={lang} text={doc.title} />
        </h1>
        <Adoption ctx={ctx} doc={doc} {...lookups} />
        {doc.classification !== 'public' && (
          <p class="notice classified" safe>
            {t(lang, `doc.classified.${doc.classification}`)}
          </p>
        )}
        {(!!amends || !!replaces) && (
          <ul class="plain-list doc-lineage">
            {!!amends && (
              <li>
                <span safe>{`${t(lang, 'doc.amends')} `}</span>
                <a href={href(ctx, `/documents/${amends.id}`)}>
                  <Text lang={lang} text={amends.title} />
                </a>
              </li>
            )}
            {!!replaces && (
              <li>
                <span safe>{`${t(lang, 'doc.replaces')} `}</span>
                <a href={href(ctx, `/documents/${replaces.id}`)}>
                  <Text lang={lang} text={replaces.title} />
                </a>
              </li>
            )}
          </ul>
        )}
        {!!doc.note && (
          <p class="note">
            <Text lang={lang} text={doc.note} />
          </p>
        )}
        {!!status && (
          <section aria-labelledby="status" class="panel">
            <h2 id="status" safe>
              {t(lang, 'treaty.statusHeading')}
            </h2>
            <p safe>{statusSentence(lang, status)}</p>
            <p>
              <a href={href(ctx, `/treaties/${doc.id}`)} safe>
                {t(lang, 'treaty.table')}
              </a>
            </p>
          </section>
        )}
        <section aria-labelledby="text">
          <h2 id="text" safe>
            {t(lang, 'doc.text')}
          </h2>
          {safeText ? (
            <>
              {textLang !== lang && (
                <p class="meta" safe>
                  {t(lang, 'doc.textIn', { lang: t(lang, `doc.lang.${textLang}`) })}
                </p>
              )}
              <div class="article-body doc-text" lang={textLang}>
                {safeText}
              </div>
            </>
          ) : (
            <p class="meta" safe>
              {t(lang, 'doc.noText')}
            </p>
          )}
        </section>
        {files.length > 0 && (
          <ListSection id="files" title={t(lang, 'doc.files')}>
            <ul class="plain-list">
              {files.map((f) => (
                <li>
                  <a href={href(ctx, `/documents/${doc.id}/files/${f.id}`)} download={f.name} safe>
                    {f.name}
                  </a>
                  <span class="meta" safe>
                    {[
                      TYPE_NAMES[f.type] ?? f.type,
                      fileSize(lang, f.size),
                      f.lang ? t(lang, `doc.lang.${f.lang === 'ru' ? 'ru' : 'en'}`) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </ListSection>
        )}
        {doc.actions.length > 0 && !status && <Actions ctx={ctx} doc={doc} states={lookups.states} />}
        {versions.length > 0 && (
          <section aria-labelledby="versions">
            <h2 id="versions" safe>
              {t(lang, 'doc.versions')}
            </h2>
            <ol class="plain-list">
              {versions.map((v) => {
                const m = v.meetingId ? lookups.meetings.get(v.meetingId) : undefined;
                return (
                  <li>
                    <span safe>{t(lang, 'doc.versionN', { n: v.number })}</span>
                    {!!m && (
                      <>
                        {' · '}
                        <MeetingLink ctx={ctx} meeting={m} />
                      </>
                    )}
                    <span class="meta" safe>
                      {t(lang, 'doc.openPassages', { count: openPassages(v.text.en).open })}
                    </span>
                  </li>
                );
              })}
            </ol>
            <p>
              <a href={href(ctx, `/office/drafting/${doc.id}`)} safe>
                {t(lang, 'doc.drafting')}
              </a>
            </p>
          </section>
        )}
        <Mentions ctx={ctx} releases={releases} />
        <Sources ctx={ctx} provenance={doc.provenance} />
      </article>
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}

export type MentioningRelease = Readonly<{ slug: string; date: string; title: string }>;

function Mentions({ ctx, releases }: { ctx: PageContext; releases: readonly MentioningRelease[] }): JSX.Element {
  const { lang } = ctx;
  if (releases.length === 0) return <></>;
  return (
    <ListSection id="mentions" title={t(lang, 'doc.releases')}>
      <ul class="plain-list">
        {releases.map((r) => (
          <li>
            <DateText lang={lang} date={r.date} />
            {' · '}
            <a href={href(ctx, `/news/${r.slug}`)} safe>
              {r.title}
            </a>
          </li>
        ))}
      </ul>
    </ListSection>
  );
}

/** A part of a document's page: a heading over what it lists. */
function ListSection({ id, title, children }: PropsWithChildren<{ id: string; title: string }>): JSX.Element {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} safe>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function statusSentence(lang: Lang, status: TreatyStatus): string {
  const parts = [countText(lang, status)];
  if (status.inForce && status.inForceOn)
    parts.push(t(lang, 'treaty.inForceSince', { date: formatDate(lang, status.inForceOn, 'gen') }));
  else if (status.maybeInForce) parts.push(t(lang, 'treaty.maybeInForce'));
  else if (status.entersOn !== null)
    parts.push(t(lang, 'treaty.entersOn', { date: formatDate(lang, status.entersOn, 'gen') }));
  else if (status.stillNeeded !== null && status.required !== null)
    parts.push(t(lang, 'treaty.needed', { required: status.required, count: status.stillNeeded }));
  else parts.push(t(lang, 'treaty.ruleUnknown'));
  return parts.join('; ');
}

function Actions({
  ctx,
  doc,
  states,
}: {
  ctx: PageContext;
  doc: DocumentRecord;
  states: Lookups['states'];
}): JSX.Element {
  const { lang } = ctx;
  return (
    <ListSection id="ratifications" title={t(lang, 'documents.ratifications')}>
      <ul class="plain-list">
        {doc.actions.map((a) => {
          const state = states.get(a.stateCode);
          return (
            <li>
              {state ? <StateLink ctx={ctx} code={state.code} name={state.name} /> : <span safe>{a.stateCode}</span>}
              {' — '}
              <span safe>{t(lang, `action.${a.action}`)}</span>{' '}
              {a.date ? (
                <DateText lang={lang} date={a.date} />
              ) : a.dateAttested ? (
                <span safe>{t(lang, 'common.byDate', { date: formatDate(lang, a.dateAttested, 'gen') })}</span>
              ) : (
                ''
              )}
              {!!a.reference && <span class="meta" safe>{` (${nationalReference(lang, a.reference)})`}</span>}
            </li>
          );
        })}
      </ul>
    </ListSection>
  );
}

export const isInstrument = (doc: DocumentRecord) => INSTRUMENT_KINDS.has(doc.kind);
