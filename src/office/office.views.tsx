import './office.messages.ts';
import { type AuditEntry, changedFields } from '../platform/audit/audit.ts';
import type { Actor } from '../platform/access.ts';
import { type Lang, formatDate, pick, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { type OfficeContext, OfficePage } from '../platform/layout/office.tsx';
import type { RefOption, Row } from './office.store.ts';
import { LIFE_STATUSES, type ListFilter, statusField } from './office.ts';

export type { OfficeContext };
import type { Field, Panel, RefKind, Resource, Values } from '../platform/records.ts';

export type RefOptions = Partial<Record<RefKind, RefOption[]>>;

export const recordPath = (r: Resource, id: string) => `/office/records/${r.type}/${encodeURIComponent(id)}`;
const canEdit = (actor: Actor) => actor.role === 'admin' || actor.role === 'editor';
export const fieldLabel = (lang: Lang, f: Field) => t(lang, f.label);

export function optionLabel(lang: Lang, f: Field, value: string): string {
  const key = f.options?.label(value);
  return key ? t(lang, key) : value;
}

export function refLabel(lang: Lang, o: RefOption): string {
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
  // A column that says "in use" on every line says nothing: without a status of its own, it shows only while some are retired.
  const showStatus = statusField(resource) !== null || (resource.retirable && rows.some((r) => r.retired_at));
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
                  <td data-label={t(lang, 'col.status')}>
                    <StatusOf ctx={ctx} resource={resource} row={row} />
                  </td>
                )}
                <td data-label={t(lang, 'office.list.code')}>
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

/** The one form that retires or restores a record, carrying the version it was read at. */
function RetireForm({
  ctx,
  resource,
  row,
  retire,
}: {
  ctx: OfficeContext;
  resource: Resource;
  row: Row;
  retire: boolean;
}): JSX.Element {
  return (
    <form method="post" action={href(ctx, `${recordPath(resource, String(row[resource.key]))}/retire`)}>
      <input type="hidden" name="_csrf" value={ctx.csrf} />
      <input type="hidden" name="version" value={String(row.version)} />
      <input type="hidden" name="retired" value={retire ? 'true' : 'false'} />
      <button type="submit" class={retire ? 'danger' : 'secondary'} safe>
        {t(ctx.lang, retire ? 'office.retireYes' : 'office.restore')}
      </button>
    </form>
  );
}

/** "Retire this record?": what retiring does, and the two ways out. */
export function RetirePage({ ctx, resource, row }: { ctx: OfficeContext; resource: Resource; row: Row }): JSX.Element {
  const { lang } = ctx;
  const id = String(row[resource.key]);
  const title = resource.title(row, lang) || id;
  return (
    <OfficePage ctx={ctx} title={t(lang, 'office.retireAsk', { title })}>
      <p safe>{t(lang, 'office.retireExplain')}</p>
      <div class="office-actions">
        <RetireForm ctx={ctx} resource={resource} row={row} retire={true} />
        <a href={href(ctx, recordPath(resource, id))} safe>
          {t(lang, 'office.cancel')}
        </a>
      </div>
    </OfficePage>
  );
}

/** What another capability shows on a record's page, read-only: a table of cells in their own languages. */
function RecordPanelView({ panel, id }: { panel: Panel; id: string }): JSX.Element {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} safe>
        {panel.title}
      </h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              {panel.columns.map((c) => (
                <th scope="col" safe>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {panel.rows.map((row) => (
              <tr>
                {row.map((cell) => (
                  <td lang={cell.lang} translate={cell.verbatim ? 'no' : undefined}>
                    {cell.href ? (
                      <a href={cell.href} rel="external noopener nofollow" safe>
                        {cell.text}
                      </a>
                    ) : (
                      <span safe>{cell.text}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
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
  panels = [],
}: {
  ctx: OfficeContext;
  resource: Resource;
  row: Row;
  children: Array<{ resource: Resource; rows: Row[]; column: string }>;
  history: AuditEntry[];
  options: RefOptions;
  saved: boolean;
  parentLink: { path: string; label: string } | null;
  panels?: readonly Panel[];
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
          {resource.retirable &&
            (row.retired_at ? (
              <RetireForm ctx={ctx} resource={resource} row={row} retire={false} />
            ) : (
              <a class="button secondary" href={href(ctx, `${recordPath(resource, id)}/retire`)} safe>
                {t(lang, 'office.retire')}
              </a>
            ))}
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
      {panels.map((p, i) => (
        <RecordPanelView panel={p} id={`panel-${i}`} />
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
