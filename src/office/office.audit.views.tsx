/** The audit log, filtered by person, record type and days, and the parity page of missing or stale Russian. */
import './office.messages.ts';
import type { Actor } from '../platform/access.ts';
import { type MessageKey, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { type OfficeContext, OfficePage } from '../platform/layout/office.tsx';
import type { AuditLine, ParityTotal } from './office.service.ts';

export type AuditFilterValues = Readonly<{
  account?: string | undefined;
  type?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}>;

export function AuditPage({
  ctx,
  lines,
  accounts,
  filter,
  types,
}: {
  ctx: OfficeContext;
  lines: AuditLine[];
  accounts: Actor[];
  filter: AuditFilterValues;
  types: Array<{ type: string; label: MessageKey }>;
}): JSX.Element {
  const { lang } = ctx;
  return (
    <OfficePage ctx={ctx} title={t(lang, 'office.audit')} lead={t(lang, 'office.auditLead')}>
      <form class="filters" method="get" action={href(ctx, '/office/audit')}>
        <label>
          <span safe>{t(lang, 'office.who')}</span>
          <select name="account">
            <option value="" safe>
              {t(lang, 'office.anyone')}
            </option>
            {accounts.map((a) => (
              <option value={a.id} selected={filter.account === a.id} safe>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span safe>{t(lang, 'office.recordType')}</span>
          <select name="type">
            <option value="" safe>
              {t(lang, 'office.anyType')}
            </option>
            {types.map(({ type, label }) => (
              <option value={type} selected={filter.type === type} safe>
                {t(lang, label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span safe>{t(lang, 'office.fromDay')}</span>
          <input type="date" name="from" value={filter.from ?? ''} />
        </label>
        <label>
          <span safe>{t(lang, 'office.toDay')}</span>
          <input type="date" name="to" value={filter.to ?? ''} />
        </label>
        <button type="submit" class="button" safe>
          {t(lang, 'office.filter')}
        </button>
      </form>
      <AuditTable ctx={ctx} lines={lines} />
    </OfficePage>
  );
}

/** Entries of the log as a table; `who` off where every line is the reader's own (the dashboard). */
export function AuditTable({
  ctx,
  lines,
  who = true,
}: {
  ctx: OfficeContext;
  lines: readonly AuditLine[];
  who?: boolean;
}): JSX.Element {
  const { lang } = ctx;
  const columns: MessageKey[] = who
    ? ['office.when', 'office.who', 'office.what', 'office.change']
    : ['office.when', 'office.what', 'office.change'];
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" safe>
                {t(lang, c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <AuditRow ctx={ctx} line={line} who={who} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One entry: when, who, the record by its title and type, and the fields changed by their labels. */
function AuditRow({
  ctx,
  line,
  who = true,
}: {
  ctx: OfficeContext;
  line: AuditLine;
  /** Off where every line is the reader's own. */
  who?: boolean;
}): JSX.Element {
  const { lang } = ctx;
  const { entry: e } = line;
  return (
    <tr>
      <td data-label={t(lang, 'office.when')}>
        <time datetime={e.at} safe>
          {e.at.replace('T', ' ').slice(0, 16)}
        </time>
      </td>
      {who && (
        <td data-label={t(lang, 'office.who')} safe>
          {e.actor?.name ?? t(lang, 'office.system')}
        </td>
      )}
      <td data-label={t(lang, 'office.what')}>
        {line.path ? (
          <a href={href(ctx, line.path)} safe>
            {line.title}
          </a>
        ) : (
          <span safe>{line.title}</span>
        )}
        {!!line.typeLabel && (
          <>
            {' '}
            <span class="audit-type" safe>
              {t(lang, line.typeLabel)}
            </span>
          </>
        )}
      </td>
      <td data-label={t(lang, 'office.change')}>
        <span safe>
          {t(lang, `office.action.${e.action}`) +
            (line.fields.length > 0 ? `: ${line.fields.map((f) => t(lang, f)).join(', ')}` : '')}
        </span>
      </td>
    </tr>
  );
}

/** A record whose Russian is missing or older than its English, said for staff. */
export type ParityRow = Readonly<{
  type: MessageKey;
  title: string;
  path: string;
  gap: 'missing' | 'stale';
  field: MessageKey;
}>;

export function ParityPage({
  ctx,
  rows,
  totals,
}: {
  ctx: OfficeContext;
  rows: ParityRow[];
  totals: ParityTotal[];
}): JSX.Element {
  const { lang } = ctx;
  const sum = (k: 'records' | 'missing' | 'stale') => totals.reduce((n, x) => n + x[k], 0);
  const complete = (x: { records: number; missing: number; stale: number }) =>
    Math.max(0, x.records - x.missing - x.stale);
  return (
    <OfficePage ctx={ctx} title={t(lang, 'office.parity')} lead={t(lang, 'office.parityLead')}>
      <section aria-labelledby="parity-totals">
        <h2 id="parity-totals" safe>
          {t(lang, 'office.parityTotals')}
        </h2>
        <div class="table-wrap">
          <table class="parity-totals">
            <thead>
              <tr>
                <th scope="col" safe>
                  {t(lang, 'office.recordType')}
                </th>
                <th scope="col" class="num" safe>
                  {t(lang, 'office.parityRecords')}
                </th>
                <th scope="col" class="num" safe>
                  {t(lang, 'office.parityComplete')}
                </th>
                <th scope="col" class="num" safe>
                  {t(lang, 'office.gap.missing')}
                </th>
                <th scope="col" class="num" safe>
                  {t(lang, 'office.gap.stale')}
                </th>
              </tr>
            </thead>
            <tbody>
              {totals.map((x) => (
                <tr>
                  <th scope="row" safe>
                    {t(lang, x.label)}
                  </th>
                  <td class="num" data-label={t(lang, 'office.parityRecords')} safe>
                    {String(x.records)}
                  </td>
                  <td class="num" data-label={t(lang, 'office.parityComplete')} safe>
                    {String(complete(x))}
                  </td>
                  <td class="num" data-label={t(lang, 'office.gap.missing')} safe>
                    {String(x.missing)}
                  </td>
                  <td class="num" data-label={t(lang, 'office.gap.stale')} safe>
                    {String(x.stale)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" safe>
                  {t(lang, 'office.parityAll')}
                </th>
                <td class="num" data-label={t(lang, 'office.parityRecords')} safe>
                  {String(sum('records'))}
                </td>
                <td class="num" data-label={t(lang, 'office.parityComplete')} safe>
                  {String(complete({ records: sum('records'), missing: sum('missing'), stale: sum('stale') }))}
                </td>
                <td class="num" data-label={t(lang, 'office.gap.missing')} safe>
                  {String(sum('missing'))}
                </td>
                <td class="num" data-label={t(lang, 'office.gap.stale')} safe>
                  {String(sum('stale'))}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section aria-labelledby="parity-gaps">
        <h2 id="parity-gaps" safe>
          {t(lang, 'office.parityGaps')}
        </h2>
        {rows.length === 0 ? (
          <p class="empty" safe>
            {t(lang, 'office.parityNone')}
          </p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t(lang, 'office.recordType')}
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
                {rows.map((g) => (
                  <tr>
                    <td data-label={t(lang, 'office.recordType')} safe>
                      {t(lang, g.type)}
                    </td>
                    <td data-label={t(lang, 'office.what')}>
                      <a href={href(ctx, g.path)} safe>
                        {g.title}
                      </a>
                    </td>
                    <td data-label={t(lang, 'office.change')}>
                      <span class={`tag gap-${g.gap}`} safe>
                        {t(lang, `office.gap.${g.gap}`)}
                      </span>{' '}
                      <span class="meta" safe>
                        {t(lang, g.field)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </OfficePage>
  );
}
