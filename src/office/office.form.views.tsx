/** A record's form: each field as its description says, with the problems of the last save. */
import './office.messages.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { pick, sortByName, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { type OfficeContext, OfficePage, problemText } from '../platform/layout/office.tsx';
import type { Row } from './office.store.ts';
import type { Field, Resource } from '../platform/records.ts';
import { type RefOptions, recordPath, fieldLabel, optionLabel, refLabel } from './office.views.tsx';

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
