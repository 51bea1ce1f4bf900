import './bodies.messages.ts';
import type { Citation } from '../platform/sourced.ts';
import type { PositionRecord } from '../people/people.ts';
import { PersonLink } from '../people/people.views.tsx';
import type { Picture } from '../pictures/pictures.service.ts';
import { PictureImg } from '../pictures/pictures.views.tsx';
import { type Lang, formatDate, pick, sentence, t } from '../platform/i18n/i18n.ts';
import {
  Citations,
  DateRange,
  PageHeader,
  PeriodText,
  Sources,
  StateLink,
  Text,
} from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { State } from '../registry/registry.ts';
import { BODY_KINDS } from './bodies.ts';
import type { TitledMeeting } from './bodies.service.ts';
import type { Body } from './bodies.ts';

/** A meeting's title, or for an unnumbered meeting without one, "Meeting of the Senior Officials Committee". */
export function meetingHeading(lang: Lang, meeting: TitledMeeting): string {
  return pick(lang, meeting.title.en, meeting.title.ru) ?? (lang === 'ru' ? meeting.untitled.ru : meeting.untitled.en);
}

/** A link to a meeting's own page (it is an activity); untitled meetings also give their date, so each link says which. */
export function MeetingLink({ ctx, meeting }: { ctx: PageContext; meeting: TitledMeeting | undefined }): JSX.Element {
  if (!meeting) return '';
  const titled = pick(ctx.lang, meeting.title.en, meeting.title.ru) !== null;
  const text = titled
    ? meetingHeading(ctx.lang, meeting)
    : `${meetingHeading(ctx.lang, meeting)}, ${formatDate(ctx.lang, meeting.start)}`;
  return (
    <a href={href(ctx, `/activities/${encodeURIComponent(meeting.id)}`)} safe>
      {text}
    </a>
  );
}

/** Other spellings in the page's own script: a Russian page names people in Cyrillic; the profile lists every spelling. */
function otherSpellings(lang: Lang, person: PositionRecord['person']): string[] {
  const shown = pick(lang, person.name.en, person.name.ru);
  const script = lang === 'ru' ? 'Cyrl' : 'Latn';
  return person.names.filter((n) => n.script === script && n.name !== shown).map((n) => n.name);
}

function People({
  ctx,
  positions,
  portraits,
}: {
  ctx: PageContext;
  positions: PositionRecord[];
  portraits: ReadonlyMap<string, Picture>;
}): JSX.Element {
  const portraitOf = (p: PositionRecord) => (p.person.portraitId ? portraits.get(p.person.portraitId) : undefined);
  return (
    <div class="table-wrap">
      <table>
        <tbody>
          {positions.map((p) => (
            <tr>
              <th scope="row" class={portraitOf(p) ? 'with-portrait' : undefined}>
                {!!portraitOf(p) && (
                  // The name beside it says who it is: the small portrait is not announced again.
                  <span class="person-thumb">
                    <PictureImg picture={portraitOf(p)!} lang={ctx.lang} sizes="48px" decorative />
                  </span>
                )}
                <PersonLink ctx={ctx} person={p.person} />
                {otherSpellings(ctx.lang, p.person).length > 0 && (
                  <span class="meta aliases" safe>
                    {otherSpellings(ctx.lang, p.person).join(' · ')}
                  </span>
                )}
              </th>
              <td safe>{t(ctx.lang, `post.${p.post}`)}</td>
              <td>
                <PeriodText lang={ctx.lang} period={p} /> <Sources ctx={ctx} provenance={p.provenance} />
                {!!p.note && (
                  <p class="note">
                    <Text lang={ctx.lang} text={p.note} />
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StructurePage({
  ctx,
  citations = [],
  bodies,
  meetings,
  heads,
  others,
  portraits = new Map(),
}: {
  ctx: PageContext;
  citations?: readonly Citation[] | undefined;
  bodies: Body[];
  meetings: TitledMeeting[];
  heads: PositionRecord[];
  others: PositionRecord[];
  /** The portraits of the people listed, by picture id, where the record has one. */
  portraits?: ReadonlyMap<string, Picture>;
}): JSX.Element {
  const { lang } = ctx;
  const count = (id: string) => meetings.filter((m) => m.bodyId === id).length;
  return (
    <Layout ctx={ctx} title={t(lang, 'structure.title')} description={t(lang, 'structure.lead')}>
      <PageHeader title={t(lang, 'structure.title')} lead={t(lang, 'structure.lead')} />
      {BODY_KINDS.map((kind) => {
        const group = bodies.filter((b) => b.kind === kind);
        if (group.length === 0) return '';
        return (
          <section aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} safe>
              {t(lang, `structure.kind.${kind}`)}
            </h2>
            <ul class="cards">
              {group.map((b) => (
                <li class="card">
                  <h3>
                    <a href={href(ctx, `/structure/${b.id}`)}>
                      <Text lang={lang} text={b.name} />
                    </a>
                    {!!b.acronym && (
                      <>
                        {' '}
                        <span class="acronym">
                          <Text lang={lang} text={b.acronym} />
                        </span>
                      </>
                    )}
                  </h3>
                  {!!(b.formerName && b.renamedOn) && (
                    <p class="meta" safe>
                      {t(lang, 'structure.formerly', {
                        date: formatDate(lang, b.renamedOn),
                        name: pick(lang, b.formerName.en, b.formerName.ru),
                      })}
                    </p>
                  )}
                  {!!b.role && (
                    <p>
                      <Text lang={lang} text={b.role} />
                    </p>
                  )}
                  <p class="meta">
                    {!!b.frequency && (
                      <>
                        <span safe>{t(lang, 'structure.frequency')}</span>: <Text lang={lang} text={b.frequency} />.{' '}
                      </>
                    )}
                    {!!b.founded && (
                      <>
                        <span safe>{t(lang, 'structure.founded')}</span>:{' '}
                        <span safe>{sentence(formatDate(lang, b.founded))}</span>{' '}
                      </>
                    )}
                    {count(b.id) > 0 && <span safe>{t(lang, 'structure.meetingCount', { count: count(b.id) })}</span>}
                  </p>
                </li>
              ))}
            </ul>
            {kind === 'secretariat' && (
              <>
                <h3 safe>{t(lang, 'structure.heads')}</h3>
                <People ctx={ctx} positions={heads} portraits={portraits} />
                <h3 safe>{t(lang, 'structure.deputies')}</h3>
                <People ctx={ctx} positions={others} portraits={portraits} />
              </>
            )}
          </section>
        );
      })}
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}

export function BodyPage({
  ctx,
  citations = [],
  body,
  meetings,
  states,
  heads,
  others,
  portraits = new Map(),
}: {
  ctx: PageContext;
  citations?: readonly Citation[] | undefined;
  body: Body;
  meetings: TitledMeeting[];
  states: Map<string, State>;
  heads: PositionRecord[];
  others: PositionRecord[];
  /** The portraits of the people listed, by picture id, where the record has one. */
  portraits?: ReadonlyMap<string, Picture>;
}): JSX.Element {
  const { lang } = ctx;
  const name = pick(lang, body.name.en, body.name.ru);
  return (
    <Layout ctx={ctx} title={name} description={body.role ? pick(lang, body.role.en, body.role.ru) : undefined}>
      <PageHeader title={name} lead={body.role ? pick(lang, body.role.en, body.role.ru) : undefined}>
        <p class="meta">
          {!!(body.formerName && body.renamedOn) && (
            <span
              safe
            >{`${t(lang, 'structure.formerly', { date: formatDate(lang, body.renamedOn), name: pick(lang, body.formerName.en, body.formerName.ru) })}. `}</span>
          )}
          {!!body.frequency && (
            <>
              <span safe>{t(lang, 'structure.frequency')}</span>: <Text lang={lang} text={body.frequency} />.{' '}
            </>
          )}
          {!!body.founded && (
            <>
              <span safe>{t(lang, 'structure.founded')}</span>:{' '}
              <span safe>{sentence(formatDate(lang, body.founded))}</span>
            </>
          )}
        </p>
        <p class="breadcrumb">
          <a href={href(ctx, '/structure')} safe>{`← ${t(lang, 'structure.title')}`}</a>
        </p>
      </PageHeader>

      {body.kind === 'secretariat' && (
        <section aria-labelledby="heads">
          <h2 id="heads" safe>
            {t(lang, 'structure.heads')}
          </h2>
          <People ctx={ctx} positions={heads} portraits={portraits} />
          <h2 safe>{t(lang, 'structure.deputies')}</h2>
          <People ctx={ctx} positions={others} portraits={portraits} />
        </section>
      )}

      {(body.kind !== 'secretariat' || meetings.length > 0) && (
        <section aria-labelledby="meetings">
          <h2 id="meetings" safe>
            {t(lang, 'structure.meetings')}
          </h2>
          {meetings.length === 0 ? (
            <p class="empty" safe>
              {t(lang, 'structure.noMeetings')}
            </p>
          ) : (
            <ol class="meetings">
              {[...meetings].reverse().map((m) => {
                const host = m.countryCode ? states.get(m.countryCode) : undefined;
                return (
                  <li id={m.id} class={m.status === 'planned' ? 'meeting is-planned' : 'meeting'}>
                    <h3>
                      {/* A meeting is an activity (decision 013): its page holds the programme, people and coverage. */}
                      <a href={href(ctx, `/activities/${encodeURIComponent(m.id)}`)} safe>
                        {meetingHeading(lang, m)}
                      </a>
                    </h3>
                    <p class="meeting-when">
                      <DateRange lang={lang} from={m.start} to={m.end} />
                      {!!m.city && (
                        <>
                          {' · '}
                          <Text lang={lang} text={m.city} />
                        </>
                      )}
                      {!!host && (
                        <>
                          {' · '}
                          <StateLink ctx={ctx} code={host.code} name={host.name} />
                        </>
                      )}
                      {m.format === 'online' && (
                        <span class="tag" safe>
                          {t(lang, 'common.online')}
                        </span>
                      )}
                      {m.status === 'planned' && (
                        <span class="tag tag-planned" safe>
                          {t(lang, 'common.planned')}
                        </span>
                      )}
                      {m.kind !== 'regular' && (
                        <span class="tag" safe>
                          {t(lang, `meeting.kind.${m.kind}`)}
                        </span>
                      )}
                    </p>
                    {!!m.summary && (
                      <p>
                        <Text lang={lang} text={m.summary} />
                      </p>
                    )}
                    {!!m.provenance && <Sources ctx={ctx} provenance={m.provenance} />}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}
