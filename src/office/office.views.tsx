import './office.messages.ts';
import { type AuditEntry, changedFields } from '../platform/audit/audit.ts';
import type { Actor } from '../platform/access.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { type Lang, type MessageKey, formatDate, pick, sortByName, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { type OfficeContext, OfficePage, problemText } from '../platform/layout/office.tsx';
import type { RefOption, Row } from './office.store.ts';
import type { PropsWithChildren } from '@kitajs/html';
import { AuditRow } from './office.audit.views.tsx';
import type { AuditLine } from './office.service.ts';
import { LIFE_STATUSES, type ListFilter, statusField } from './office.ts';

export type { OfficeContext };
import type { Field, RefKind, Resource, Values } from '../platform/records.ts';

export type RefOptions = Partial<Record<RefKind, RefOption[]>>;

const recordPath = (r: Resource, id: string) => `/office/records/${r.type}/${encodeURIComponent(id)}`;
const canEdit = (actor: Actor) => actor.role === 'admin' || actor.role === 'editor';
const fieldLabel = (lang: Lang, f: Field) => t(lang, f.label);

function optionLabel(lang: Lang, f: Field, value: string): string {
  const key = f.options?.label(value);
  return key ? t(lang, key) : value;
}

function refLabel(lang: Lang, o: RefOption): string {
  const name = pick(lang, o.en, o.ru);
  return name
    ? `${name}${o.extra && o.extra !== o.id ? ` (${o.extra})` : ''}`
    : `${o.id}${o.extra && o.extra !== o.id ? ` (${o.extra})` : ''}`;
}

function Shown({
  lang,
  field,
  value,
  options,
}: {
  lang: Lang;
  field: Field;
  value: Values[string] | undefined;
  options: RefOptions;
}): JSX.Element {
  if (value === null || value === undefined || value === '')
    return (
      <span class="unknown" safe>
        {t(lang, 'common.unknown')}
      </span>
    );
  const text = String(value);
  if (field.kind === 'select') return <span safe>{optionLabel(lang, field, text)}</span>;
  if (field.kind === 'ref' && field.ref) {
    const o = options[field.ref]?.find((x) => x.id === text);
    return <span safe>{o ? refLabel(lang, o) : text}</span>;
  }
  if (field.kind === 'refs' && field.ref) {
    const labels = text.split(' ').map((id) => {
      const o = options[field.ref!]?.find((x) => x.id === id);
      return o ? (pick(lang, o.en, o.ru) ?? id) : id;
    });
    return <span safe>{labels.join(', ')}</span>;
  }
  if (field.kind === 'date' || field.kind === 'partial-date')
    return <span safe>{`${formatDate(lang, text)} (${text})`}</span>;
  return (
    <span class="pre" safe>
      {text}
    </span>
  );
}

/** One piece of work on the dashboard: what it is, where to open it, and what state it is in. */
export type WorkItem = Readonly<{ title: string; path: string; kind: string; status: string; mine: boolean }>;
/** A planned fact whose date has passed, said for staff: what it is and what the record still says. */
export type Unconfirmed = Readonly<{ title: string; path: string; note: string }>;

/** What the reader has to do and has done: the dashboard, by role. `review` is null for a reader who may not review. */
export type Work = Readonly<{
  review: WorkItem[] | null;
  drafts: WorkItem[];
  scheduled: WorkItem[];
  unconfirmed: Unconfirmed[];
  recent: AuditLine[];
  records: Array<{ path: string; label: string }>;
}>;

function WorkList({ ctx, items, none }: { ctx: OfficeContext; items: WorkItem[]; none: MessageKey }): JSX.Element {
  const { lang } = ctx;
  if (items.length === 0)
    return (
      <p class="empty" safe>
        {t(lang, none)}
      </p>
    );
  return (
    <ul class="work-list plain-list">
      {items.map((w) => (
        <li>
          <a href={href(ctx, w.path)} safe>
            {w.title}
          </a>{' '}
          <span class="meta" safe>{`${w.kind} · ${w.status}`}</span>
          {w.mine && (
            <span class="tag" safe>
              {t(lang, 'office.work.yours')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function WorkSection({
  id,
  title,
  lead,
  children,
}: PropsWithChildren<{ id: string; title: string; lead?: string }>): JSX.Element {
  return (
    <section class="work" aria-labelledby={id}>
      <h2 id={id} safe>
        {title}
      </h2>
      {!!lead && (
        <p class="meta" safe>
          {lead}
        </p>
      )}
      {children}
    </section>
  );
}

export function Dashboard({
  ctx,
  work,
  delegate,
}: {
  ctx: OfficeContext;
  work: Work | null;
  delegate: { state: string; roles: Array<{ area: string; role: string }> } | null;
}): JSX.Element {
  const { lang } = ctx;
  if (delegate || !work) {
    return (
      <OfficePage
        ctx={ctx}
        title={t(lang, 'office.title')}
        lead={t(lang, 'office.delegateLead', { state: delegate?.state ?? '' })}
      >
        <ul class="plain-list">
          <li>
            <a href={href(ctx, `/states/${ctx.actor.stateCode ?? ''}`)} safe>
              {delegate?.state ?? ''}
            </a>
          </li>
          {(delegate?.roles ?? []).map((r) => (
            <li safe>{`${r.area}: ${r.role}`}</li>
          ))}
        </ul>
      </OfficePage>
    );
  }
  return (
    <OfficePage ctx={ctx} title={t(lang, 'office.dashboard')} lead={t(lang, 'office.lead')}>
      <div class="work-board">
        {!!work.review && (
          <WorkSection id="work-review" title={t(lang, 'office.work.review')}>
            <WorkList ctx={ctx} items={work.review} none="office.work.reviewNone" />
          </WorkSection>
        )}
        <WorkSection id="work-drafts" title={t(lang, 'office.work.drafts')}>
          <WorkList ctx={ctx} items={work.drafts} none="office.work.draftsNone" />
        </WorkSection>
        <WorkSection id="work-scheduled" title={t(lang, 'office.work.scheduled')}>
          <WorkList ctx={ctx} items={work.scheduled} none="office.work.scheduledNone" />
        </WorkSection>
        <WorkSection id="work-confirm" title={t(lang, 'office.work.confirm')} lead={t(lang, 'office.work.confirmLead')}>
          {work.unconfirmed.length === 0 ? (
            <p class="empty" safe>
              {t(lang, 'office.work.confirmNone')}
            </p>
          ) : (
            <ul class="work-list plain-list">
              {work.unconfirmed.map((u) => (
                <li>
                  <a href={href(ctx, u.path)} safe>
                    {u.title}
                  </a>{' '}
                  <span class="meta" safe>
                    {u.note}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </WorkSection>
      </div>
      <WorkSection id="work-recent" title={t(lang, 'office.work.recent')}>
        {work.recent.length === 0 ? (
          <p class="empty" safe>
            {t(lang, 'office.work.recentNone')}
          </p>
        ) : (
          <div class="table-wrap">
            <table class="audit-table">
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t(lang, 'office.when')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'office.what')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'office.change')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {work.recent.map((line) => (
                  <AuditRow ctx={ctx} line={line} who={false} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {ctx.actor.role === 'admin' && (
          <p>
            <a href={href(ctx, '/office/audit')} safe>
              {t(lang, 'office.work.wholeLog')}
            </a>
          </p>
        )}
      </WorkSection>
      <nav class="work-records" aria-labelledby="work-records">
        <h2 id="work-records" safe>
          {t(lang, 'office.work.records')}
        </h2>
        <ul class="plain-list">
          {work.records.map((r) => (
            <li>
              <a href={href(ctx, r.path)} safe>
                {r.label}
              </a>
            </li>
          ))}
          <li>
            <a href={href(ctx, '/office/parity')} safe>
              {t(lang, 'office.parity')}
            </a>
          </li>
        </ul>
      </nav>
    </OfficePage>
  );
}

export function ListPage({
  ctx,
  resource,
  rows,
  total,
  filter,
}: {
  ctx: OfficeContext;
  resource: Resource;
  rows: Row[];
  total: number;
  filter: ListFilter;
}): JSX.Element {
  const { lang } = ctx;
  const own = statusField(resource);
  const statuses = [
    ...(own?.options?.values ?? []).map((o) => ({ value: o, label: optionLabel(lang, own!, o) })),
    ...(resource.retirable ? LIFE_STATUSES.map((s) => ({ value: s, label: t(lang, `office.list.${s}`) })) : []),
  ];
  return (
    <OfficePage ctx={ctx} title={t(lang, resource.labels.many)}>
      {canEdit(ctx.actor) && (
        <p class="office-actions">
          <a class="button" href={href(ctx, `/office/records/${resource.type}/new`)} safe>
            {t(lang, 'office.new')}
          </a>
        </p>
      )}
      <form class="filters list-filters" method="get" action={href(ctx, `/office/records/${resource.type}`)}>
        <label>
          <span safe>{t(lang, 'office.list.words')}</span>
          <input type="search" name="q" value={filter.q ?? ''} />
        </label>
        {statuses.length > 0 && (
          <label>
            <span safe>{t(lang, 'col.status')}</span>
            <select name="status">
              <option value="" safe>
                {t(lang, 'office.list.anyStatus')}
              </option>
              {statuses.map((o) => (
                <option value={o.value} selected={filter.status === o.value} safe>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" class="button" safe>
          {t(lang, 'office.filter')}
        </button>
      </form>
      {!!(filter.q || filter.status) && (
        <p class="meta" role="status">
          <span safe>{t(lang, 'office.list.shown', { n: rows.length, total })}</span>{' '}
          <a href={href(ctx, `/office/records/${resource.type}`)} safe>
            {t(lang, 'office.list.clear')}
          </a>
        </p>
      )}
      <RecordTable ctx={ctx} resource={resource} rows={rows} />
    </OfficePage>
  );
}

/** What a record's status column says: its own status where it has one, and whether it is retired. */
function StatusOf({ ctx, resource, row }: { ctx: OfficeContext; resource: Resource; row: Row }): JSX.Element {
  const { lang } = ctx;
  const own = statusField(resource);
  const value = own ? row[own.column] : null;
  return (
    <>
      {value ? <span safe>{optionLabel(lang, own!, String(value))}</span> : ''}
      {row.retired_at ? (
        <span class="tag" safe>
          {t(lang, 'office.retired', { date: String(row.retired_at).slice(0, 10) })}
        </span>
      ) : !value ? (
        <span safe>{t(lang, 'office.list.current')}</span>
      ) : (
        ''
      )}
    </>
  );
}

function RecordTable({ ctx, resource, rows }: { ctx: OfficeContext; resource: Resource; rows: Row[] }): JSX.Element {
  const { lang } = ctx;
  if (rows.length === 0)
    return (
      <p class="empty" safe>
        {t(lang, 'office.none')}
      </p>
    );
  const showStatus = resource.retirable || statusField(resource) !== null;
  return (
    <div class="table-wrap">
      <table class="record-table">
        <thead>
          <tr>
            <th scope="col" safe>
              {t(lang, 'office.name')}
            </th>
            {showStatus && (
              <th scope="col" safe>
                {t(lang, 'col.status')}
              </th>
            )}
            <th scope="col" safe>
              {t(lang, 'office.list.code')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const id = String(row[resource.key]);
            return (
              <tr>
                <th scope="row">
                  <a href={href(ctx, recordPath(resource, id))} safe>
                    {resource.title(row, lang) || id}
                  </a>
                </th>
                {showStatus && (
                  <td>
                    <StatusOf ctx={ctx} resource={resource} row={row} />
                  </td>
                )}
                <td>
                  <code safe>{id}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function History({
  ctx,
  resource,
  entries,
}: {
  ctx: OfficeContext;
  resource: Resource;
  entries: AuditEntry[];
}): JSX.Element {
  const { lang } = ctx;
  if (entries.length === 0)
    return (
      <p class="empty" safe>
        {t(lang, 'office.noHistory')}
      </p>
    );
  const label = (column: string) => {
    const f = resource.fields.find((x) => x.column === column);
    return f ? fieldLabel(lang, f) : column;
  };
  return (
    <div class="table-wrap">
      <table class="history">
        <thead>
          <tr>
            <th scope="col" safe>
              {t(lang, 'office.when')}
            </th>
            <th scope="col" safe>
              {t(lang, 'office.who')}
            </th>
            <th scope="col" safe>
              {t(lang, 'office.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td data-label={t(lang, 'office.when')}>
                <time datetime={e.at} safe>
                  {e.at.replace('T', ' ').slice(0, 16)}
                </time>
              </td>
              <td data-label={t(lang, 'office.who')} safe>
                {e.actor?.name ?? t(lang, 'office.system')}
              </td>
              <td data-label={t(lang, 'office.change')}>
                <strong safe>{t(lang, `office.action.${e.action}`)}</strong>
                <ul class="diff plain-list">
                  {changedFields(e.before, e.after)
                    .filter((c) => c !== 'retired_at' || e.action !== 'create')
                    .map((c) => (
                      <li>
                        <span safe>{label(c)}</span>: <del safe>{String(e.before?.[c] ?? '—')}</del> →{' '}
                        <ins safe>{String(e.after?.[c] ?? '—')}</ins>
                      </li>
                    ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RecordPage({
  ctx,
  resource,
  row,
  children,
  history,
  options,
  saved,
  parentLink,
}: {
  ctx: OfficeContext;
  resource: Resource;
  row: Row;
  children: Array<{ resource: Resource; rows: Row[]; column: string }>;
  history: AuditEntry[];
  options: RefOptions;
  saved: boolean;
  parentLink: { path: string; label: string } | null;
}): JSX.Element {
  const { lang } = ctx;
  const id = String(row[resource.key]);
  const publicPath = resource.publicPath?.(row) ?? null;
  return (
    <OfficePage ctx={ctx} title={resource.title(row, lang) || id}>
      {saved && (
        <p class="notice" role="status" safe>
          {t(lang, 'office.saved')}
        </p>
      )}
      <p class="meta">
        <span safe>{t(lang, resource.labels.one)}</span>
        {' · '}
        <code safe>{id}</code>
        {!!parentLink && (
          <>
            {' · '}
            <a href={href(ctx, parentLink.path)} safe>{`← ${parentLink.label}`}</a>
          </>
        )}
        {!!row.retired_at && (
          <span class="tag" safe>
            {t(lang, 'office.retired', { date: String(row.retired_at).slice(0, 10) })}
          </span>
        )}
      </p>
      {canEdit(ctx.actor) && (
        <div class="office-actions">
          <a class="button" href={href(ctx, `${recordPath(resource, id)}/edit`)} safe>
            {t(lang, 'office.edit')}
          </a>
          {resource.retirable && (
            <form method="post" action={href(ctx, `${recordPath(resource, id)}/retire`)}>
              <input type="hidden" name="_csrf" value={ctx.csrf} />
              <input type="hidden" name="version" value={String(row.version)} />
              <input type="hidden" name="retired" value={row.retired_at ? 'false' : 'true'} />
              <button type="submit" class="secondary" safe>
                {t(lang, row.retired_at ? 'office.restore' : 'office.retire')}
              </button>
            </form>
          )}
          {!!publicPath && (
            <a href={href(ctx, publicPath)} safe>
              {t(lang, 'office.publicPage')}
            </a>
          )}
        </div>
      )}
      <dl class="values">
        {resource.fields.map((f) => (
          <>
            <dt safe>{fieldLabel(lang, f)}</dt>
            <dd>
              <Shown lang={lang} field={f} value={row[f.column]} options={options} />
            </dd>
          </>
        ))}
      </dl>
      {children.map((c) => (
        <section aria-labelledby={`child-${c.resource.type}`}>
          <h2 id={`child-${c.resource.type}`} safe>
            {t(lang, c.resource.labels.many)}
          </h2>
          {canEdit(ctx.actor) && (
            <p class="office-actions">
              <a
                class="button secondary"
                href={href(ctx, `/office/records/${c.resource.type}/new?parent=${encodeURIComponent(id)}`)}
                safe
              >{`${t(lang, 'office.new')}: ${t(lang, c.resource.labels.one)}`}</a>
            </p>
          )}
          <RecordTable ctx={ctx} resource={c.resource} rows={c.rows} />
        </section>
      ))}
      <section aria-labelledby="history">
        <h2 id="history" safe>
          {t(lang, 'office.history')}
        </h2>
        <History ctx={ctx} resource={resource} entries={history} />
      </section>
    </OfficePage>
  );
}

function Input({
  ctx,
  field,
  value,
  problem,
  options,
}: {
  ctx: OfficeContext;
  field: Field;
  value: string;
  problem?: string;
  options: RefOptions;
}): JSX.Element {
  const { lang } = ctx;
  const id = `f-${field.column}`;
  const describedBy = problem ? `${id}-error` : field.kind === 'partial-date' ? `${id}-hint` : undefined;
  const common = {
    id,
    name: field.column,
    'aria-invalid': problem ? 'true' : undefined,
    'aria-describedby': describedBy,
    required: field.required,
  };
  let control: JSX.Element;
  if (field.kind === 'refs') {
    // Several at once: a box for each choice, every ticked one sent under the field's name.
    const chosen = new Set(value.split(/\s+/).filter(Boolean));
    return (
      <fieldset
        class="form-row choices"
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
      >
        <legend safe>{fieldLabel(lang, field)}</legend>
        <div class="choice-grid">
          {sortByName(lang, options[field.ref!] ?? [], (o) => pick(lang, o.en, o.ru) ?? o.id).map((o) => (
            <label class="choice">
              <input type="checkbox" name={field.column} value={o.id} checked={chosen.has(o.id)} />{' '}
              <span safe>{pick(lang, o.en, o.ru) ?? o.id}</span>
            </label>
          ))}
        </div>
        {!!problem && (
          <p class="field-error" id={`${id}-error`} safe>
            {problemText(lang, problem)}
          </p>
        )}
      </fieldset>
    );
  }
  if (field.kind === 'textarea')
    control = (
      <textarea {...common} lang={field.lang} safe>
        {value}
      </textarea>
    );
  else if (field.kind === 'select' || field.kind === 'ref') {
    const choices =
      field.kind === 'select'
        ? (field.options?.values ?? []).map((o) => ({ value: o, label: optionLabel(lang, field, o) }))
        : sortByName(
            lang,
            (options[field.ref!] ?? []).map((o) => ({ value: o.id, label: refLabel(lang, o) })),
            (c) => c.label,
          );
    control = (
      <select {...common}>
        <option value="">—</option>
        {choices.map((c) => (
          <option value={c.value} selected={c.value === value} safe>
            {c.label}
          </option>
        ))}
      </select>
    );
  } else {
    const type = field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text';
    control = (
      <input
        {...common}
        type={type}
        value={value}
        lang={field.lang}
        inputmode={field.kind === 'partial-date' ? 'numeric' : undefined}
      />
    );
  }
  return (
    <div class="form-row">
      <label for={id}>
        <span safe>{fieldLabel(lang, field)}</span>
        {field.required ? ' *' : ''}
      </label>
      {control}
      {field.kind === 'partial-date' && !problem && (
        <p class="hint" id={`${id}-hint`} safe>
          {t(lang, 'field.partialDate')}
        </p>
      )}
      {!!problem && (
        <p class="field-error" id={`${id}-error`} safe>
          {problemText(lang, problem)}
        </p>
      )}
    </div>
  );
}

export type Conflict = Readonly<{ current: Row; changed: string[]; who: string | null }>;

export function FormPage({
  ctx,
  resource,
  mode,
  id,
  values,
  version,
  problems,
  conflict,
  options,
  stored = null,
}: {
  ctx: OfficeContext;
  resource: Resource;
  mode: 'create' | 'update';
  id: string | null;
  values: Record<string, string>;
  /** The record as saved: the heading names it, not the refused input (a blanked name would leave the page untitled). */
  stored?: Row | null;
  version: number | null;
  problems: FieldProblem[];
  conflict: Conflict | null;
  options: RefOptions;
}): JSX.Element {
  const { lang } = ctx;
  const fields = resource.fields.filter((f) => mode === 'create' || !f.immutable);
  const problemFor = (column: string) => problems.find((p) => p.field === column)?.message;
  const action = mode === 'create' ? `/office/records/${resource.type}` : recordPath(resource, id!);
  const title =
    mode === 'create'
      ? `${t(lang, 'office.new')}: ${t(lang, resource.labels.one)}`
      : `${t(lang, 'office.edit')}: ${resource.title(conflict?.current ?? stored ?? values, lang)}`;
  const label = (column: string) =>
    fieldLabel(
      lang,
      resource.fields.find((f) => f.column === column) ?? { column, kind: 'text', label: 'common.unknown' },
    );
  return (
    <OfficePage ctx={ctx} title={title}>
      {problems.length > 0 && (
        <div class="error-summary" role="alert">
          <p safe>{t(lang, 'office.fixErrors')}</p>
          <ul>
            {problems.map((p) => (
              <li>
                <a href={`#f-${p.field}`} safe>{`${label(p.field)}: ${problemText(lang, p.message)}`}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!!conflict && (
        <div class="conflict" role="alert">
          <p safe>{t(lang, 'office.conflict', { who: conflict.who ?? t(lang, 'office.conflictSomeone') })}</p>
          <p>
            <strong safe>{t(lang, 'office.conflictFields')}</strong>:
          </p>
          <ul>
            {conflict.changed
              .filter((c) => c !== 'retired_at')
              .map((c) => (
                <li>
                  <span safe>{label(c)}</span> — <span safe>{t(lang, 'office.current')}</span>:{' '}
                  <strong safe>{String(conflict.current[c] ?? '—')}</strong>
                </li>
              ))}
          </ul>
          <p safe>{t(lang, 'office.conflictAgain')}</p>
        </div>
      )}
      <form class="record-form" method="post" action={href(ctx, action)} novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        {version !== null && (
          <input type="hidden" name="version" value={String(conflict ? conflict.current.version : version)} />
        )}
        {fields.map((f) => (
          <Input ctx={ctx} field={f} value={values[f.column] ?? ''} problem={problemFor(f.column)} options={options} />
        ))}
        <p class="office-actions">
          <button type="submit" safe>
            {t(lang, 'office.save')}
          </button>
          <a href={href(ctx, mode === 'create' ? `/office/records/${resource.type}` : recordPath(resource, id!))} safe>
            {t(lang, 'office.cancel')}
          </a>
        </p>
      </form>
    </OfficePage>
  );
}
