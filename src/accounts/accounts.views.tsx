import './accounts.messages.ts';
import type { Actor } from '../platform/access.ts';
import { ROLES } from '../platform/access.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { t } from '../platform/i18n/i18n.ts';
import { PageHeader } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import { OfficePage, type OfficeContext, problemText } from '../platform/layout/office.tsx';

export function SignInPage({
  ctx,
  csrf,
  email,
  next,
  message,
}: {
  ctx: PageContext;
  csrf: string;
  email: string;
  next: string;
  message: string | null;
}): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'office.signInTitle')}>
      <PageHeader title={t(lang, 'office.signInTitle')} />
      {!!message && (
        <div class="error-summary" role="alert">
          <p safe>{message}</p>
        </div>
      )}
      <form class="record-form" method="post" action={href(ctx, '/office/sign-in')}>
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="next" value={next} />
        <div class="form-row">
          <label for="email" safe>
            {t(lang, 'office.email')}
          </label>
          <input id="email" name="email" type="email" autocomplete="username" value={email} required />
        </div>
        <div class="form-row">
          <label for="password" safe>
            {t(lang, 'office.password')}
          </label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <p class="office-actions">
          <button type="submit" safe>
            {t(lang, 'office.signIn')}
          </button>
        </p>
      </form>
    </Layout>
  );
}

export function AccountsPage({
  ctx,
  accounts,
  values,
  problems,
  states,
}: {
  ctx: OfficeContext;
  accounts: Actor[];
  values: Record<string, string>;
  problems: FieldProblem[];
  states: Array<{ code: string; name: string }>;
}): JSX.Element {
  const { lang } = ctx;
  const problem = (field: string) => problems.find((p) => p.field === field)?.message;
  const row = (id: string, label: string, control: JSX.Element) => (
    <div class="form-row">
      <label for={id} safe>
        {label}
      </label>
      {control}
      {!!problem(id) && (
        <p class="field-error" id={`${id}-error`} safe>
          {problemText(lang, problem(id)!)}
        </p>
      )}
    </div>
  );
  const invalid = (id: string) => (problem(id) ? 'true' : undefined);
  return (
    <OfficePage ctx={ctx} title={t(lang, 'office.accounts')}>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col" safe>
                {t(lang, 'office.name')}
              </th>
              <th scope="col" safe>
                {t(lang, 'office.email')}
              </th>
              <th scope="col" safe>
                {t(lang, 'office.role')}
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr>
                <th scope="row" safe>
                  {a.name}
                </th>
                <td data-label={t(lang, 'office.email')} safe>
                  {a.email}
                </td>
                <td
                  data-label={t(lang, 'office.role')}
                  safe
                >{`${t(lang, `role.${a.role}`)}${a.stateCode ? ` (${a.stateCode})` : ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 safe>{t(lang, 'office.new')}</h2>
      {problems.length > 0 && (
        <div class="error-summary" role="alert">
          <p safe>{t(lang, 'office.fixErrors')}</p>
        </div>
      )}
      <form class="record-form" method="post" action={href(ctx, '/office/accounts')} novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        {row(
          'name',
          t(lang, 'office.name'),
          <input id="name" name="name" value={values.name ?? ''} aria-invalid={invalid('name')} />,
        )}
        {row(
          'email',
          t(lang, 'office.email'),
          <input id="email" name="email" type="email" value={values.email ?? ''} aria-invalid={invalid('email')} />,
        )}
        {row(
          'role',
          t(lang, 'office.role'),
          <select id="role" name="role" aria-invalid={invalid('role')}>
            {ROLES.map((r) => (
              <option value={r} selected={values.role === r} safe>
                {t(lang, `role.${r}`)}
              </option>
            ))}
          </select>,
        )}
        {row(
          'stateCode',
          t(lang, 'office.stateOfDelegate'),
          <select id="stateCode" name="stateCode" aria-invalid={invalid('stateCode')}>
            <option value="">—</option>
            {states.map((s) => (
              <option value={s.code} selected={values.stateCode === s.code} safe>
                {s.name}
              </option>
            ))}
          </select>,
        )}
        {row(
          'password',
          t(lang, 'office.password'),
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            aria-invalid={invalid('password')}
          />,
        )}
        <p class="office-actions">
          <button type="submit" safe>
            {t(lang, 'office.save')}
          </button>
        </p>
      </form>
    </OfficePage>
  );
}
