/**
 * Status tables of the legal instruments, as the UN Treaty Collection sets them out:
 * one row a state, its signature and its instrument of consent (ratification, acceptance
 * (A), approval (AA), accession (a)) with dates, and since when it is a party; the whole
 * computed for the day asked.
 */
import './documents.messages.ts';
import { type Lang, formatDate, pick, sortByName, t } from '../platform/i18n/i18n.ts';
import { DateForm, DateText, PageHeader, Sources, Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { State } from '../registry/registry.ts';
import type { DocumentRecord, StateAction } from './documents.ts';
import type { Treaty } from './documents.service.ts';
import { countText, headTitle, nationalReference, statusSentence } from './documents.views.tsx';

/** The UN Treaty Collection's marks for an instrument that is not a ratification. */
const MARK: Partial<Record<StateAction, string>> = { acceptance: 'A', approval: 'AA', accession: 'a' };

type Props = { ctx: PageContext; asOf: string; error?: string | undefined };

export function TreatiesPage({ ctx, treaties, asOf, error }: Props & { treaties: readonly Treaty[] }): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'treaty.title')} description={t(lang, 'treaty.lead')}>
      <PageHeader title={t(lang, 'treaty.title')} lead={t(lang, 'treaty.lead')} />
      <DateForm ctx={ctx} action="/treaties" name="asOf" value={asOf} label={t(lang, 'treaty.asOf')} error={error} />
      <div class="table-wrap">
        <table class="report-table treaty-summary">
          <caption safe>{t(lang, 'treaty.onDate', { date: formatDate(lang, asOf) })}</caption>
          <thead>
            <tr>
              <th scope="col" safe>
                {t(lang, 'treaty.instrument')}
              </th>
              <th scope="col" safe>
                {t(lang, 'treaty.adopted')}
              </th>
              <th scope="col" safe>
                {t(lang, 'treaty.statusHeading')}
              </th>
            </tr>
          </thead>
          <tbody>
            {treaties.map(({ document: d, status }) => (
              <tr>
                <th scope="row">
                  <a href={href(ctx, `/treaties/${d.id}?asOf=${asOf}`)}>
                    <Text lang={lang} text={d.title} />
                  </a>
                </th>
                <td>{d.date ? <DateText lang={lang} date={d.date} /> : ''}</td>
                <td safe>{statusSentence(lang, status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

function consentCell(lang: Lang, action: StateAction, date: string | null, attested: string | null): string {
  const when = date
    ? formatDate(lang, date)
    : attested
      ? t(lang, 'common.byDate', { date: formatDate(lang, attested, 'gen') })
      : t(lang, 'treaty.dateUnknown');
  const mark = MARK[action];
  return mark ? `${when} ${mark}` : when;
}

export function TreatyPage({
  ctx,
  treaty,
  states,
  asOf,
  error,
}: Props & { treaty: Treaty; states: ReadonlyMap<string, State> }): JSX.Element {
  const { lang } = ctx;
  const { document: d, status } = treaty;
  const title = headTitle(lang, d);
  const rows = sortByName(lang, status.states, (s) => {
    const state = states.get(s.stateCode);
    return state ? pick(lang, state.name.en, state.name.ru) : s.stateCode;
  });
  const actionOf = (code: string) => d.actions.find((a) => a.stateCode === code && a.action !== 'signature');
  return (
    <Layout ctx={ctx} title={title} description={t(lang, 'treaty.lead')}>
      <nav class="breadcrumb" aria-label={t(lang, 'doc.breadcrumb')}>
        <a href={href(ctx, '/treaties')} safe>
          {t(lang, 'treaty.title')}
        </a>
      </nav>
      <header class="page-header">
        <h1>
          <Text lang={lang} text={d.title} />
        </h1>
        <p>
          <a href={href(ctx, `/documents/${d.id}`)} safe>
            {t(lang, 'treaty.documentPage')}
          </a>
        </p>
      </header>
      <DateForm
        ctx={ctx}
        action={`/treaties/${d.id}`}
        name="asOf"
        value={asOf}
        label={t(lang, 'treaty.asOf')}
        error={error}
      />
      <dl class="treaty-facts">
        <dt safe>{t(lang, 'treaty.adopted')}</dt>
        <dd>{d.date ? <DateText lang={lang} date={d.date} /> : <span safe>{t(lang, 'treaty.dateUnknown')}</span>}</dd>
        <dt safe>{t(lang, 'treaty.entryRule')}</dt>
        <dd safe>{ruleText(lang, d)}</dd>
        <dt safe>{t(lang, 'treaty.statusHeading')}</dt>
        <dd safe>{statusSentence(lang, status)}</dd>
        <dt safe>{t(lang, 'treaty.parties')}</dt>
        <dd safe>{String(status.parties.length)}</dd>
      </dl>
      {d.attested.length > 0 && (
        <section aria-labelledby="attested">
          <h2 id="attested" safe>
            {t(lang, 'treaty.attested')}
          </h2>
          <ul class="plain-list">
            {d.attested.map((a) => (
              <li safe>
                {t(lang, 'treaty.attestedLine', {
                  count: countText(lang, { count: a.count, identified: a.count }),
                  date: formatDate(lang, a.asOf, 'gen'),
                  source: a.sources,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="table-wrap">
        <table class="report-table treaty-table">
          <caption safe>{t(lang, 'treaty.onDate', { date: formatDate(lang, asOf) })}</caption>
          <thead>
            <tr>
              <th scope="col" safe>
                {t(lang, 'treaty.participant')}
              </th>
              <th scope="col" safe>
                {t(lang, 'treaty.signature')}
              </th>
              <th scope="col" safe>
                {t(lang, 'treaty.consent')}
              </th>
              <th scope="col" safe>
                {t(lang, 'treaty.deposit')}
              </th>
              <th scope="col" safe>
                {t(lang, 'treaty.partySince')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const state = states.get(s.stateCode);
              const action = actionOf(s.stateCode);
              const signed: string = s.signed ? formatDate(lang, s.signed) : '';
              const consent: string = s.consent
                ? consentCell(lang, s.consent.action, s.consent.date, s.consent.dateAttested)
                : '';
              const deposit: string = action?.depositDate ? formatDate(lang, action.depositDate) : '';
              const party: string = s.partySince ? formatDate(lang, s.partySince) : '';
              return (
                <tr>
                  <th scope="row">
                    <a href={href(ctx, `/states/${s.stateCode}`)} safe>
                      {state ? pick(lang, state.name.en, state.name.ru) : s.stateCode}
                    </a>
                  </th>
                  <td safe>{signed}</td>
                  <td>
                    <span safe>{consent}</span>
                    {!!action?.reference && (
                      <span class="meta" safe>
                        {nationalReference(lang, action.reference)}
                      </span>
                    )}
                  </td>
                  <td safe>{deposit}</td>
                  <td safe>{party}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {status.identified < status.count && (
        <p class="meta" safe>
          {t(lang, 'treaty.unnamed', { count: status.count - status.identified })}
        </p>
      )}
      <p class="meta" safe>
        {t(lang, 'treaty.marks')}
      </p>
      <Sources ctx={ctx} provenance={d.provenance} />
    </Layout>
  );
}

function ruleText(lang: Lang, d: DocumentRecord): string {
  const { required, daysAfter, lateDaysAfter } = d.rule;
  if (required === null) return t(lang, 'treaty.ruleUnknown');
  const first = t(lang, 'treaty.ruleRequired', { count: required });
  const days = daysAfter === null ? t(lang, 'treaty.daysUnknown') : t(lang, 'treaty.ruleDays', { count: daysAfter });
  const late =
    lateDaysAfter === null ? t(lang, 'treaty.lateUnknown') : t(lang, 'treaty.ruleLate', { count: lateDaysAfter });
  return `${first}; ${days}; ${late}`;
}
