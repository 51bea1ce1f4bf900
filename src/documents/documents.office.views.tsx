/** The drafting office: drafts, their versions round by round, comparisons, adoption, files and instruments. */
import './documents.messages.ts';
import type { TitledMeeting } from '../bodies/bodies.service.ts';
import type { Body } from '../bodies/bodies.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { type Lang, formatDate, pick, say, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { type OfficeContext, OfficePage } from '../platform/layout/office.tsx';
import type { State } from '../registry/registry.ts';
import type { Run } from './documents.compare.ts';
import {
  ADOPTION_METHODS,
  CLASSIFICATIONS,
  DOCUMENT_KINDS,
  type DocumentRecord,
  INSTRUMENT_KINDS,
  STATE_ACTIONS,
  VERSION_STEPS,
  openPassages,
} from './documents.ts';
import type { FileRecord, VersionRecord } from './documents.store.ts';

type Form = Readonly<Record<string, string>>;

function meetingLabel(lang: Lang, m: TitledMeeting): string {
  const title = pick(lang, m.title.en, m.title.ru) ?? pick(lang, m.bodyName.en, m.bodyName.ru) ?? m.id;
  return `${title} (${formatDate(lang, m.start)})`;
}

function Problems({ lang, problems }: { lang: Lang; problems: readonly FieldProblem[] }): JSX.Element {
  if (problems.length === 0) return '';
  return (
    <div class="error-summary" role="alert">
      <p safe>{t(lang, 'office.fixErrors')}</p>
      <ul>
        {problems.map((p) => (
          <li safe>{`${t(lang, `doc.field.${fieldKey(p.field)}`)}: ${say(lang, p.message, p.params)}`}</li>
        ))}
      </ul>
    </div>
  );
}

const FIELDS = [
  'kind',
  'titleEn',
  'titleRu',
  'classification',
  'basedOn',
  'meetingId',
  'step',
  'textEn',
  'textRu',
  'method',
  'bodyId',
  'date',
  'circulatedOn',
  'deadline',
  'brokenBy',
  'brokenOn',
  'file',
  'lang',
  'state_code',
  'action',
  'deposit_date',
  'reference',
] as const;
type FieldName = (typeof FIELDS)[number];
const fieldKey = (f: string): FieldName => ((FIELDS as readonly string[]).includes(f) ? (f as FieldName) : 'file');

function Row({
  ctx,
  name,
  problems,
  children,
  hint,
}: {
  ctx: OfficeContext;
  name: FieldName;
  problems: readonly FieldProblem[];
  children: JSX.Element;
  hint?: string;
}): JSX.Element {
  const problem = problems.find((p) => p.field === name);
  return (
    <div class="form-row">
      <label for={`f-${name}`} safe>
        {t(ctx.lang, `doc.field.${name}`)}
      </label>
      {children}
      {hint ? (
        <p class="hint" safe>
          {hint}
        </p>
      ) : (
        ''
      )}
      {problem ? (
        <p class="field-error" id={`f-${name}-error`} safe>
          {say(ctx.lang, problem.message, problem.params)}
        </p>
      ) : (
        ''
      )}
    </div>
  );
}

const invalid = (problems: readonly FieldProblem[], name: string) =>
  problems.some((p) => p.field === name) ? 'true' : undefined;

function Hidden({ ctx }: { ctx: OfficeContext }): JSX.Element {
  return <input type="hidden" name="_csrf" value={ctx.csrf} />;
}

export function DraftsPage({
  ctx,
  drafts,
  form,
  problems,
}: {
  ctx: OfficeContext;
  drafts: readonly DocumentRecord[];
  form: Form;
  problems: readonly FieldProblem[];
}): JSX.Element {
  const { lang } = ctx;
  return (
    <OfficePage ctx={ctx} title={t(lang, 'doc.draftsTitle')} lead={t(lang, 'doc.draftsLead')}>
      <ul class="plain-list">
        {drafts.map((d) => (
          <li>
            <a href={href(ctx, `/office/drafting/${d.id}`)} safe>
              {pick(lang, d.title.en, d.title.ru)}
            </a>
            <span class="meta" safe>
              {`${t(lang, `doc.kind.${d.kind}`)} · ${t(lang, `doc.stage.${d.stage}`)} · ${t(lang, `doc.visibility.${d.classification}`)}`}
            </span>
          </li>
        ))}
      </ul>
      <h2 safe>{t(lang, 'doc.newDraft')}</h2>
      <Problems lang={lang} problems={problems} />
      <form method="post" action={href(ctx, '/office/drafting')} class="record-form">
        <Hidden ctx={ctx} />
        <Row ctx={ctx} name="kind" problems={problems}>
          <select id="f-kind" name="kind" aria-invalid={invalid(problems, 'kind')}>
            {DOCUMENT_KINDS.map((k) => (
              <option value={k} selected={form.kind === k} safe>
                {t(lang, `doc.kind.${k}`)}
              </option>
            ))}
          </select>
        </Row>
        <Row ctx={ctx} name="titleEn" problems={problems}>
          <input id="f-titleEn" name="titleEn" value={form.titleEn ?? ''} aria-invalid={invalid(problems, 'titleEn')} />
        </Row>
        <Row ctx={ctx} name="titleRu" problems={problems}>
          <input id="f-titleRu" name="titleRu" lang="ru" value={form.titleRu ?? ''} />
        </Row>
        <Row ctx={ctx} name="classification" problems={problems}>
          <select id="f-classification" name="classification">
            {CLASSIFICATIONS.map((c) => (
              <option value={c} selected={(form.classification ?? 'public') === c} safe>
                {t(lang, `doc.visibility.${c}`)}
              </option>
            ))}
          </select>
        </Row>
        <button type="submit" safe>
          {t(lang, 'doc.createDraft')}
        </button>
      </form>
    </OfficePage>
  );
}

export type DraftView = Readonly<{
  doc: DocumentRecord;
  versions: readonly VersionRecord[];
  files: readonly FileRecord[];
  meetings: readonly TitledMeeting[];
  bodies: readonly Body[];
  states: readonly State[];
  form: Form;
  problems: readonly FieldProblem[];
  /** Which form the problems belong to. */
  section: 'version' | 'adopt' | 'file' | 'instrument' | null;
  message: string | null;
}>;

export function DraftPage({ ctx, view }: { ctx: OfficeContext; view: DraftView }): JSX.Element {
  const { lang } = ctx;
  const { doc, versions, meetings } = view;
  const latest = versions.at(-1);
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const problemsOf = (section: DraftView['section']) => (view.section === section ? view.problems : []);
  const form = (section: DraftView['section'], name: string, fallback = '') =>
    view.section === section ? (view.form[name] ?? fallback) : fallback;
  const title = pick(lang, doc.title.en, doc.title.ru);
  return (
    <OfficePage ctx={ctx} title={title}>
      {!!view.message && (
        <p class="notice" role="status" safe>
          {view.message}
        </p>
      )}
      <p class="meta">
        <span
          safe
        >{`${t(lang, `doc.kind.${doc.kind}`)} · ${t(lang, `doc.stage.${doc.stage}`)} · ${t(lang, `doc.visibility.${doc.classification}`)}`}</span>
        {!!doc.symbol && <span safe>{` · ${doc.symbol}`}</span>}
      </p>
      <div class="office-actions">
        <a href={href(ctx, `/documents/${doc.id}`)} safe>
          {t(lang, 'doc.publicPage')}
        </a>
      </div>

      <section aria-labelledby="versions">
        <h2 id="versions" safe>
          {t(lang, 'doc.versions')}
        </h2>
        {versions.length === 0 ? (
          <p class="meta" safe>
            {t(lang, 'doc.noVersions')}
          </p>
        ) : (
          <div class="table-wrap">
            <table class="report-table">
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t(lang, 'doc.version')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'doc.field.meetingId')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'doc.field.step')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'doc.open')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => {
                  const m = v.meetingId ? meetingById.get(v.meetingId) : undefined;
                  const passages = openPassages(v.text.en);
                  const meetingText: string = m ? meetingLabel(lang, m) : '';
                  return (
                    <tr>
                      <th scope="row" safe>
                        {t(lang, 'doc.versionN', { n: v.number })}
                      </th>
                      <td data-label={t(lang, 'doc.field.meetingId')} safe>
                        {meetingText}
                      </td>
                      <td data-label={t(lang, 'doc.field.step')} safe>
                        {t(lang, `doc.step.${v.step}`)}
                      </td>
                      <td data-label={t(lang, 'doc.open')} safe>
                        {t(lang, 'doc.openPassages', { count: passages.open }) +
                          (passages.unbalanced ? ` · ${t(lang, 'doc.unbalanced')}` : '')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {versions.length >= 2 && (
        <section aria-labelledby="compare">
          <h2 id="compare" safe>
            {t(lang, 'doc.compare')}
          </h2>
          <form class="filters" method="get" action={href(ctx, `/office/drafting/${doc.id}/compare`)}>
            {(['a', 'b'] as const).map((name, i) => (
              <label>
                <span safe>{t(lang, name === 'a' ? 'doc.compareFrom' : 'doc.compareTo')}</span>
                <select name={name}>
                  {versions.map((v, j) => (
                    <option value={String(v.number)} selected={i === 0 ? j === 0 : j === versions.length - 1} safe>
                      {t(lang, 'doc.versionN', { n: v.number })}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <label>
              <span safe>{t(lang, 'doc.compareView')}</span>
              <select name="view">
                <option value="side" safe>
                  {t(lang, 'doc.view.side')}
                </option>
                <option value="inline" safe>
                  {t(lang, 'doc.view.inline')}
                </option>
              </select>
            </label>
            <button type="submit" safe>
              {t(lang, 'doc.compareButton')}
            </button>
          </form>
        </section>
      )}

      {doc.stage === 'draft' && (
        <section aria-labelledby="new-version">
          <h2 id="new-version" safe>
            {t(lang, 'doc.newVersion')}
          </h2>
          <Problems lang={lang} problems={problemsOf('version')} />
          <form method="post" action={href(ctx, `/office/drafting/${doc.id}/versions`)} class="record-form">
            <Hidden ctx={ctx} />
            <input type="hidden" name="basedOn" value={form('version', 'basedOn', String(latest?.number ?? 0))} />
            <Row ctx={ctx} name="meetingId" problems={problemsOf('version')}>
              <select id="f-meetingId" name="meetingId" aria-invalid={invalid(problemsOf('version'), 'meetingId')}>
                <option value="" />
                {meetings.map((m) => (
                  <option value={m.id} selected={form('version', 'meetingId') === m.id} safe>
                    {meetingLabel(lang, m)}
                  </option>
                ))}
              </select>
            </Row>
            <Row ctx={ctx} name="step" problems={problemsOf('version')}>
              <select id="f-step" name="step">
                {VERSION_STEPS.map((s) => (
                  <option value={s} selected={form('version', 'step') === s} safe>
                    {t(lang, `doc.step.${s}`)}
                  </option>
                ))}
              </select>
            </Row>
            <Row ctx={ctx} name="textEn" problems={problemsOf('version')} hint={t(lang, 'doc.bracketHint')}>
              <textarea
                id="f-textEn"
                name="textEn"
                rows="12"
                aria-invalid={invalid(problemsOf('version'), 'textEn')}
                safe
              >
                {form('version', 'textEn', latest?.text.en ?? '')}
              </textarea>
            </Row>
            <Row ctx={ctx} name="textRu" problems={problemsOf('version')}>
              <textarea id="f-textRu" name="textRu" lang="ru" rows="12" safe>
                {form('version', 'textRu', latest?.text.ru ?? '')}
              </textarea>
            </Row>
            <button type="submit" safe>
              {t(lang, 'doc.saveVersion')}
            </button>
          </form>
        </section>
      )}

      {doc.stage === 'draft' && versions.length > 0 && (
        <section aria-labelledby="adopt">
          <h2 id="adopt" safe>
            {t(lang, 'doc.adopt')}
          </h2>
          <p class="hint" safe>
            {t(lang, 'doc.adoptHint')}
          </p>
          <Problems lang={lang} problems={problemsOf('adopt')} />
          <form method="post" action={href(ctx, `/office/drafting/${doc.id}/adopt`)} class="record-form">
            <Hidden ctx={ctx} />
            <Row ctx={ctx} name="method" problems={problemsOf('adopt')}>
              <select id="f-method" name="method">
                {ADOPTION_METHODS.map((m) => (
                  <option value={m} selected={form('adopt', 'method') === m} safe>
                    {t(lang, `doc.method.${m}`)}
                  </option>
                ))}
              </select>
            </Row>
            <Row ctx={ctx} name="meetingId" problems={problemsOf('adopt')} hint={t(lang, 'doc.hint.consensus')}>
              <select id="f-adopt-meeting" name="meetingId" aria-invalid={invalid(problemsOf('adopt'), 'meetingId')}>
                <option value="" />
                {meetings.map((m) => (
                  <option value={m.id} selected={form('adopt', 'meetingId') === m.id} safe>
                    {meetingLabel(lang, m)}
                  </option>
                ))}
              </select>
            </Row>
            <Row ctx={ctx} name="bodyId" problems={problemsOf('adopt')} hint={t(lang, 'doc.hint.procedure')}>
              <select id="f-bodyId" name="bodyId" aria-invalid={invalid(problemsOf('adopt'), 'bodyId')}>
                <option value="" />
                {view.bodies.map((b) => (
                  <option value={b.id} selected={form('adopt', 'bodyId') === b.id} safe>
                    {pick(lang, b.name.en, b.name.ru)}
                  </option>
                ))}
              </select>
            </Row>
            {(['date', 'circulatedOn', 'deadline', 'brokenOn'] as const).map((name) => (
              <Row ctx={ctx} name={name} problems={problemsOf('adopt')}>
                <input
                  id={`f-${name}`}
                  name={name}
                  type="date"
                  value={form('adopt', name)}
                  aria-invalid={invalid(problemsOf('adopt'), name)}
                />
              </Row>
            ))}
            <Row ctx={ctx} name="brokenBy" problems={problemsOf('adopt')}>
              <select id="f-brokenBy" name="brokenBy" aria-invalid={invalid(problemsOf('adopt'), 'brokenBy')}>
                <option value="" />
                {view.states.map((s) => (
                  <option value={s.code} selected={form('adopt', 'brokenBy') === s.code} safe>
                    {pick(lang, s.name.en, s.name.ru)}
                  </option>
                ))}
              </select>
            </Row>
            <button type="submit" safe>
              {t(lang, 'doc.adoptButton')}
            </button>
          </form>
        </section>
      )}

      {INSTRUMENT_KINDS.has(doc.kind) && doc.stage === 'adopted' && (
        <section aria-labelledby="instruments">
          <h2 id="instruments" safe>
            {t(lang, 'doc.addInstrument')}
          </h2>
          <Problems lang={lang} problems={problemsOf('instrument')} />
          <form method="post" action={href(ctx, `/office/drafting/${doc.id}/instruments`)} class="record-form">
            <Hidden ctx={ctx} />
            <Row ctx={ctx} name="state_code" problems={problemsOf('instrument')}>
              <select
                id="f-state_code"
                name="state_code"
                aria-invalid={invalid(problemsOf('instrument'), 'state_code')}
              >
                <option value="" />
                {view.states.map((s) => (
                  <option value={s.code} selected={form('instrument', 'state_code') === s.code} safe>
                    {pick(lang, s.name.en, s.name.ru)}
                  </option>
                ))}
              </select>
            </Row>
            <Row ctx={ctx} name="action" problems={problemsOf('instrument')}>
              <select id="f-action" name="action">
                {STATE_ACTIONS.map((a) => (
                  <option value={a} selected={form('instrument', 'action', 'ratification') === a} safe>
                    {t(lang, `action.${a}`)}
                  </option>
                ))}
              </select>
            </Row>
            {(['date', 'deposit_date'] as const).map((name) => (
              <Row ctx={ctx} name={name} problems={problemsOf('instrument')}>
                <input
                  id={`f-i-${name}`}
                  name={name}
                  type="date"
                  value={form('instrument', name)}
                  aria-invalid={invalid(problemsOf('instrument'), name)}
                />
              </Row>
            ))}
            <Row ctx={ctx} name="reference" problems={problemsOf('instrument')}>
              <input id="f-reference" name="reference" value={form('instrument', 'reference')} />
            </Row>
            <button type="submit" safe>
              {t(lang, 'doc.addInstrumentButton')}
            </button>
          </form>
        </section>
      )}

      <section aria-labelledby="upload">
        <h2 id="upload" safe>
          {t(lang, 'doc.files')}
        </h2>
        <ul class="plain-list">
          {view.files.map((f) => (
            <li>
              <a href={href(ctx, `/documents/${doc.id}/files/${f.id}`)} safe>
                {f.name}
              </a>
            </li>
          ))}
        </ul>
        <Problems lang={lang} problems={problemsOf('file')} />
        <form
          method="post"
          action={href(ctx, `/office/drafting/${doc.id}/files`)}
          enctype="multipart/form-data"
          class="record-form"
        >
          <Hidden ctx={ctx} />
          <Row ctx={ctx} name="file" problems={problemsOf('file')} hint={t(lang, 'doc.file.hint')}>
            <input id="f-file" name="file" type="file" accept=".pdf,.docx,.png,.jpg,.jpeg" />
          </Row>
          <Row ctx={ctx} name="lang" problems={problemsOf('file')}>
            <select id="f-lang" name="lang">
              <option value="" />
              <option value="en" safe>
                {t(lang, 'doc.lang.en')}
              </option>
              <option value="ru" safe>
                {t(lang, 'doc.lang.ru')}
              </option>
            </select>
          </Row>
          <button type="submit" safe>
            {t(lang, 'doc.upload')}
          </button>
        </form>
      </section>
    </OfficePage>
  );
}

function RunText({ run }: { run: Run }): JSX.Element {
  if (run.change === 'added') return <ins safe>{run.text}</ins>;
  if (run.change === 'removed') return <del safe>{run.text}</del>;
  return <span safe>{run.text}</span>;
}

export function ComparePage({
  ctx,
  doc,
  a,
  b,
  runs,
  view,
  counts,
}: {
  ctx: OfficeContext;
  doc: DocumentRecord;
  a: VersionRecord;
  b: VersionRecord;
  runs: Readonly<Record<'en' | 'ru', readonly Run[]>>;
  view: 'side' | 'inline';
  counts: Readonly<{ added: number; removed: number }>;
}): JSX.Element {
  const { lang } = ctx;
  const title = t(lang, 'doc.compareTitle', { a: a.number, b: b.number });
  return (
    <OfficePage ctx={ctx} title={title} lead={pick(lang, doc.title.en, doc.title.ru) ?? ''}>
      <p class="meta" safe>
        {t(lang, 'doc.compareCounts', { added: counts.added, removed: counts.removed })}
      </p>
      <p class="meta" safe>
        {`${t(lang, 'doc.openPassages', { count: openPassages(a.text.en).open })} → ${t(lang, 'doc.openPassages', { count: openPassages(b.text.en).open })}`}
      </p>
      <div class="office-actions">
        <a
          href={href(
            ctx,
            `/office/drafting/${doc.id}/compare?a=${a.number}&b=${b.number}&view=${view === 'side' ? 'inline' : 'side'}`,
          )}
          safe
        >
          {t(lang, view === 'side' ? 'doc.view.inline' : 'doc.view.side')}
        </a>
        <a href={href(ctx, `/office/drafting/${doc.id}`)} safe>
          {t(lang, 'doc.backToDraft')}
        </a>
      </div>
      {(['en', 'ru'] as const)
        .filter((l) => runs[l].length > 0)
        .map((l) => (
          <section aria-labelledby={`cmp-${l}`} class="comparison">
            <h2 id={`cmp-${l}`} safe>
              {t(lang, `doc.lang.${l}`)}
            </h2>
            {view === 'side' ? (
              <div class="side-by-side" lang={l}>
                <div class="diff-old">
                  <h3 safe>{t(lang, 'doc.versionN', { n: a.number })}</h3>
                  <p class="diff-text">
                    {runs[l]
                      .filter((r) => r.change !== 'added')
                      .map((r) => (
                        <RunText run={r} />
                      ))}
                  </p>
                </div>
                <div class="diff-new">
                  <h3 safe>{t(lang, 'doc.versionN', { n: b.number })}</h3>
                  <p class="diff-text">
                    {runs[l]
                      .filter((r) => r.change !== 'removed')
                      .map((r) => (
                        <RunText run={r} />
                      ))}
                  </p>
                </div>
              </div>
            ) : (
              <p class="diff-text" lang={l}>
                {runs[l].map((r) => (
                  <RunText run={r} />
                ))}
              </p>
            )}
          </section>
        ))}
    </OfficePage>
  );
}
