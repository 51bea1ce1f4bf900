/**
 * The office's page shell, shared by every capability's office pages (records,
 * releases, the digest, accounts, the plan import): the layout with the office
 * navigation, and how a validation problem is said.
 */
import type { PropsWithChildren } from '@kitajs/html';
import { type Lang, isMessageKey, t } from '../i18n/i18n.ts';
import { PageHeader } from './components.tsx';
import { Layout, type OfficeFrame, type PageContext } from './layout.tsx';

export type OfficeContext = PageContext & OfficeFrame;

/** A message key from validation, said in the reader's language; a text that is not one gives way to a plain "not valid". */
export function problemText(lang: Lang, message: string, params?: Readonly<Record<string, string | number>>): string {
  return isMessageKey(message) ? t(lang, message, params) : t(lang, 'field.invalid');
}

export function OfficePage({
  ctx,
  title,
  lead,
  refresh,
  children,
}: PropsWithChildren<{ ctx: OfficeContext; title: string; lead?: string; refresh?: number }>): JSX.Element {
  return (
    <Layout ctx={ctx} title={`${title} — ${t(ctx.lang, 'office.title')}`} office={ctx} meta={{ refresh }}>
      <PageHeader title={title} lead={lead} />
      {children}
    </Layout>
  );
}
