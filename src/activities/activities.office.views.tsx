import './activities.messages.ts';
import { type OfficeContext, OfficePage } from '../platform/layout/office.tsx';
import { t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import type { PlanImportResult } from './activities.service.ts';
import { PLAN_COLUMNS } from './activities.csv.ts';

/** Pasting a plan's CSV: the columns are the download's, and one bad row refuses the file. */
export function PlanImportPage({
  ctx,
  year,
  csv,
  result,
}: {
  ctx: OfficeContext;
  year: number;
  csv: string;
  result: PlanImportResult | null;
}): JSX.Element {
  const { lang } = ctx;
  return (
    <OfficePage ctx={ctx} title={`${t(lang, 'plan.import')} — ${year}`} lead={t(lang, 'plan.importHint')}>
      {!!result?.ok && (
        <p class="notice" role="status" safe>
          {t(lang, 'plan.imported', { n: result.created + result.updated })}
        </p>
      )}
      {!!result && !result.ok && (
        <div class="error-summary" role="alert">
          <ul>
            {result.problems.map((p) => (
              <li
                safe
              >{`${p.row ? `${t(lang, 'plan.line')} ${p.row}, ` : ''}${p.field}: ${t(lang, p.message as never)}`}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="meta">
        <code safe>{PLAN_COLUMNS.join(',')}</code>
      </p>
      <form method="post" action={href(ctx, `/office/plans/${year}/import`)} class="record-form">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <div class="form-row">
          <label for="f-csv" safe>
            {t(lang, 'plan.file')}
          </label>
          <textarea id="f-csv" name="csv" rows="14" class="code" required safe>
            {csv}
          </textarea>
        </div>
        <p class="office-actions">
          <button type="submit" safe>
            {t(lang, 'plan.import')}
          </button>
          <a href={href(ctx, `/activities/plan/${year}.csv`)} safe>
            {t(lang, 'plan.csv')}
          </a>
        </p>
      </form>
    </OfficePage>
  );
}
