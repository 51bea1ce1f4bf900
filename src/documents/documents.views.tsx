import './documents.messages.ts';
import type { Citation } from '../platform/sourced.ts';
import type { TitledMeeting } from '../bodies/bodies.service.ts';
import { MeetingLink } from '../bodies/bodies.views.tsx';
import { type Lang, formatDate, t } from '../platform/i18n/i18n.ts';
import { Citations, DateText, PageHeader, Sources, StateLink, Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext } from '../platform/layout/layout.tsx';
import type { State } from '../registry/registry.ts';
import type { DocumentRecord } from './documents.ts';

type Lookups = { states: Map<string, State>; meetings: Map<string, TitledMeeting> };

/** A national reference as the record writes it ("Law No. 500-IV"), in the page's language ("Закон № 500-IV"). */
function nationalReference(lang: Lang, reference: string): string {
  const law = /^Law No\. (\S+)$/.exec(reference);
  return law ? t(lang, 'documents.lawNumber', { number: law[1]! }) : reference;
}

function DocumentEntry({
  ctx,
  doc,
  states,
  meetings,
}: { ctx: PageContext; doc: DocumentRecord } & Lookups): JSX.Element {
  const { lang } = ctx;
  const meeting = doc.meetingId ? meetings.get(doc.meetingId) : undefined;
  return (
    <li class="document" id={doc.id}>
      <p class="doc-kind" safe>
        {t(lang, `doc.kind.${doc.kind}`)}
      </p>
      <h3>
        <Text lang={lang} text={doc.title} />
      </h3>
      <p class="meta">
        {!!doc.date && <DateText lang={lang} date={doc.date} />}
        {!!doc.place && (
          <>
            {doc.date ? ', ' : ''}
            <Text lang={lang} text={doc.place} />
          </>
        )}
        {!!meeting && (
          <>
            {' · '}
            <span safe>{t(lang, 'documents.adoptedAt')}</span> <MeetingLink ctx={ctx} meeting={meeting} />
          </>
        )}
      </p>
      {!!doc.note && (
        <p class="note">
          <Text lang={lang} text={doc.note} />
        </p>
      )}
      {doc.actions.length > 0 && (
        <div class="ratifications">
          <h4 safe>{t(lang, 'documents.ratifications')}</h4>
          <ul class="plain-list">
            {doc.actions.map((a) => {
              const state = states.get(a.stateCode);
              return (
                <li>
                  {!!state && <StateLink ctx={ctx} code={state.code} name={state.name} />}
                  {' — '}
                  <span safe>{t(lang, `action.${a.action}`)}</span>{' '}
                  {a.date ? (
                    <DateText lang={lang} date={a.date} />
                  ) : a.dateAttested ? (
                    <span safe>{t(lang, 'common.byDate', { date: formatDate(lang, a.dateAttested, 'gen') })}</span>
                  ) : (
                    ''
                  )}
                  {!!a.reference && <span class="meta" safe>{` (${nationalReference(lang, a.reference)})`}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <Sources ctx={ctx} provenance={doc.provenance} />
    </li>
  );
}

export function DocumentsPage({
  ctx,
  citations = [],
  instruments,
  papers,
  states,
  meetings,
}: {
  ctx: PageContext;
  citations?: readonly Citation[] | undefined;
  instruments: DocumentRecord[];
  papers: DocumentRecord[];
} & Lookups): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'documents.title')} description={t(lang, 'documents.lead')}>
      <PageHeader title={t(lang, 'documents.title')} lead={t(lang, 'documents.lead')} />
      <section aria-labelledby="instruments">
        <h2 id="instruments" safe>
          {t(lang, 'documents.instruments')}
        </h2>
        <ol class="documents">
          {instruments.map((doc) => (
            <DocumentEntry ctx={ctx} doc={doc} states={states} meetings={meetings} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="papers">
        <h2 id="papers" safe>
          {t(lang, 'documents.concepts')}
        </h2>
        <ol class="documents">
          {papers.map((doc) => (
            <DocumentEntry ctx={ctx} doc={doc} states={states} meetings={meetings} />
          ))}
        </ol>
      </section>
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}
