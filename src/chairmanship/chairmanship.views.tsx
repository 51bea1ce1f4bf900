import type { Citation } from '../platform/sourced.ts';
import type { TitledMeeting } from '../bodies/bodies.service.ts';
import { MeetingLink } from '../bodies/bodies.views.tsx';
import { type MessageKey, formatDate, t } from '../platform/i18n/i18n.ts';
import {
  DateForm,
  PageHeader,
  PeriodText,
  Sources,
  StateLink,
  Text,
  Citations,
} from '../platform/layout/components.tsx';
import { Layout, type PageContext } from '../platform/layout/layout.tsx';
import type { State } from '../registry/registry.ts';
import { isRenewal } from './chairmanship.ts';
import type { TroikaOfRecords } from './chairmanship.service.ts';
import type { ChairTermRecord } from './chairmanship.ts';

type Lookups = { states: Map<string, State>; meetings: Map<string, TitledMeeting> };

function TermPeriod({ ctx, term }: { ctx: PageContext; term: ChairTermRecord }): JSX.Element {
  const openEnd = term.plannedUntil
    ? t(ctx.lang, 'chair.plannedUntil', { date: formatDate(ctx.lang, term.plannedUntil) })
    : undefined;
  return <PeriodText lang={ctx.lang} period={{ from: term.from, until: term.until }} openEnd={openEnd} />;
}

function TroikaSeat({
  ctx,
  label,
  term,
  states,
  current,
}: { ctx: PageContext; label: MessageKey; term: ChairTermRecord | null; current?: boolean } & Pick<
  Lookups,
  'states'
>): JSX.Element {
  const state = term ? states.get(term.stateCode) : undefined;
  return (
    <div class={current ? 'seat seat-current' : 'seat'} data-seat={label}>
      <p class="seat-label" safe>
        {t(ctx.lang, label)}
      </p>
      {term && state ? (
        <>
          <p class="seat-state">
            <StateLink ctx={ctx} code={state.code} name={state.name} />
          </p>
          <p class="seat-term">
            <TermPeriod ctx={ctx} term={term} />
          </p>
        </>
      ) : (
        <p class="seat-state unknown" safe>
          {t(ctx.lang, 'chair.none')}
        </p>
      )}
    </div>
  );
}

export function Troika({
  ctx,
  troika,
  states,
}: { ctx: PageContext; troika: TroikaOfRecords } & Pick<Lookups, 'states'>): JSX.Element {
  return (
    <div
      class="troika"
      role="group"
      aria-label={t(ctx.lang, 'chair.troikaOn', { date: formatDate(ctx.lang, troika.date) })}
    >
      <TroikaSeat ctx={ctx} label="chair.previous" term={troika.previous} states={states} />
      <TroikaSeat ctx={ctx} label="chair.current" term={troika.current} states={states} current />
      <TroikaSeat ctx={ctx} label="chair.incoming" term={troika.incoming} states={states} />
    </div>
  );
}

export function ChairmanshipPage({
  ctx,
  citations = [],
  date,
  asked,
  error,
  troika,
  terms,
  states,
  meetings,
}: {
  ctx: PageContext;
  citations?: readonly Citation[] | undefined;
  date: string;
  asked: string;
  error: string | undefined;
  troika: TroikaOfRecords;
  terms: ChairTermRecord[];
} & Lookups): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'chair.title')} description={t(lang, 'chair.lead')}>
      <PageHeader title={t(lang, 'chair.title')} lead={t(lang, 'chair.lead')} />

      <section aria-labelledby="troika" class="panel">
        <h2 id="troika" safe>
          {t(lang, 'chair.troikaOn', { date: formatDate(lang, date) })}
        </h2>
        <Troika ctx={ctx} troika={troika} states={states} />
        <DateForm
          ctx={ctx}
          action="/chairmanship"
          name="date"
          value={error ? asked : date}
          label={t(lang, 'chair.pickDate')}
          error={error}
        />
      </section>

      <section aria-labelledby="terms">
        <h2 id="terms" safe>
          {t(lang, 'chair.terms')}
        </h2>
        <div class="table-wrap">
          <table class="terms">
            <thead>
              <tr>
                <th scope="col" safe>
                  {t(lang, 'states.state')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'chair.term')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'chair.handover')}
                </th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => {
                const state = states.get(term.stateCode);
                const meeting = term.handoverMeetingId ? meetings.get(term.handoverMeetingId) : undefined;
                return (
                  <tr
                    class={troika.current?.id === term.id ? 'is-current' : undefined}
                    aria-current={troika.current?.id === term.id ? 'true' : undefined}
                  >
                    <th scope="row">
                      {!!state && <StateLink ctx={ctx} code={state.code} name={state.name} />}
                      {isRenewal(terms, term) && (
                        <span class="tag" safe>
                          {t(lang, 'chair.renewed')}
                        </span>
                      )}
                    </th>
                    <td>
                      <TermPeriod ctx={ctx} term={term} />
                      {!!term.designatedOn && (
                        <span class="meta" safe>
                          {t(lang, 'chair.designated', { date: formatDate(lang, term.designatedOn) })}
                        </span>
                      )}
                      {!!term.note && (
                        <p class="note">
                          <Text lang={lang} text={term.note} />
                        </p>
                      )}
                    </td>
                    <td>
                      <MeetingLink ctx={ctx} meeting={meeting} />
                      <Sources ctx={ctx} provenance={term.provenance} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}
