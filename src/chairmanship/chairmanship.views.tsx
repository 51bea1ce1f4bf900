import './chairmanship.messages.ts';
import type { Citation } from '../platform/sourced.ts';
import type { TitledMeeting } from '../bodies/bodies.service.ts';
import { MeetingLink } from '../bodies/bodies.views.tsx';
import { precisionOf } from '../platform/dates.ts';
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
import { hasSuccessor, isPastPlannedEnd, isRenewal } from './chairmanship.ts';
import type { TroikaOfRecords } from './chairmanship.service.ts';
import type { ChairTermRecord } from './chairmanship.ts';

type Lookups = { states: Map<string, State>; meetings: Map<string, TitledMeeting> };

/** How an open term's end reads on a date: planned, or planned and passed with nobody after it. */
function openEndText(ctx: PageContext, term: ChairTermRecord, terms: readonly ChairTermRecord[], date: string) {
  if (!term.plannedUntil) return undefined;
  const planned = formatDate(ctx.lang, term.plannedUntil);
  if (!isPastPlannedEnd(term, date) || hasSuccessor(terms, term))
    return t(ctx.lang, 'chair.plannedUntil', { date: planned });
  const key = precisionOf(term.plannedUntil) === 'day' ? 'chair.plannedEndPassedOn' : 'chair.plannedEndPassed';
  return `${t(ctx.lang, 'common.present')} (${t(ctx.lang, key, { date: planned })})`;
}

/** The troika's terms: on its date, the incoming chair is the only successor the record shows. */
const seated = (troika: TroikaOfRecords) =>
  [troika.previous, troika.current, troika.incoming].filter((x): x is ChairTermRecord => x !== null);

function TermPeriod({
  ctx,
  term,
  terms,
  date,
}: {
  ctx: PageContext;
  term: ChairTermRecord;
  terms: readonly ChairTermRecord[];
  date: string;
}): JSX.Element {
  return (
    <PeriodText
      lang={ctx.lang}
      period={{ from: term.from, until: term.until }}
      openEnd={openEndText(ctx, term, terms, date)}
    />
  );
}

function TroikaSeat({
  ctx,
  label,
  term,
  troika,
  states,
  current,
}: {
  ctx: PageContext;
  label: MessageKey;
  term: ChairTermRecord | null;
  troika: TroikaOfRecords;
  current?: boolean;
} & Pick<Lookups, 'states'>): JSX.Element {
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
            <TermPeriod ctx={ctx} term={term} terms={seated(troika)} date={troika.date} />
          </p>
        </>
      ) : (
        <p class="seat-state unknown" safe>
          {t(ctx.lang, label === 'chair.incoming' ? 'chair.notYetNamed' : 'chair.none')}
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
      <TroikaSeat ctx={ctx} label="chair.previous" term={troika.previous} troika={troika} states={states} />
      <TroikaSeat ctx={ctx} label="chair.current" term={troika.current} troika={troika} states={states} current />
      <TroikaSeat ctx={ctx} label="chair.incoming" term={troika.incoming} troika={troika} states={states} />
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
                    <td data-label={t(lang, 'chair.term')}>
                      <TermPeriod ctx={ctx} term={term} terms={terms} date={date} />
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
                    <td data-label={t(lang, 'chair.handover')}>
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
