/** One activity's page: where and when, who took part, its plan item, outcomes and releases. */
import './activities.messages.ts';
import type { Release } from '../newsroom/newsroom.ts';
import { textOf } from '../newsroom/newsroom.ts';
import { type MessageKey, formatDateRange, pick, t } from '../platform/i18n/i18n.ts';
import { PageHeader, Sources, Text } from '../platform/layout/components.tsx';
import { type CoverageItem, CoverageList } from '../platform/layout/coverage.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { PlanItem, PlanOutcome } from './activities.ts';
import type { ActivityPage as PageData } from './activities.service.ts';
import { type Names, nameIn, partyName, Where } from './activities.views.tsx';

function ReleaseLinks({ ctx, releases }: { ctx: PageContext; releases: Release[] }): JSX.Element {
  if (releases.length === 0)
    return (
      <p class="empty" safe>
        {t(ctx.lang, 'act.noNews')}
      </p>
    );
  return (
    <ul class="plain-list">
      {releases.map((r) => {
        const text = textOf(ctx.lang, r);
        return (
          <li>
            <a href={href(ctx, `/news/${r.slug}`)} lang={text.fallback ? 'en' : undefined} safe>
              {text.title}
            </a>{' '}
            <span class="meta" safe>
              {text.dateline.replace(/ —$/, '')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A document this meeting adopted, as the documents capability hands it over for the reader. */
export type AdoptedDocument = Readonly<{
  id: string;
  title: Readonly<{ en: string; ru: string | null }>;
  symbol: string | null;
}>;

export function ActivityPage({
  ctx,
  data,
  names,
  adopted = [],
  coverage,
}: {
  ctx: PageContext;
  data: PageData;
  names: Names;
  adopted?: readonly AdoptedDocument[];
  coverage: readonly CoverageItem[];
}): JSX.Element {
  const { lang } = ctx;
  const a = data.activity;
  const title = pick(lang, a.title.en, a.title.ru) ?? a.title.en;
  const delegations = new Map<string, PageData['participants']>();
  for (const p of data.participants)
    delegations.set(p.stateCode ?? '', [...(delegations.get(p.stateCode ?? '') ?? []), p]);
  const row = (label: MessageKey, value: JSX.Element) => (
    <div>
      <dt safe>{t(lang, label)}</dt>
      <dd>{value}</dd>
    </div>
  );
  const parties = (list: readonly string[]) => list.map((p) => partyName(lang, names, p)).join(', ');
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={a.summary ? (pick(lang, a.summary.en, a.summary.ru) ?? undefined) : undefined}
    >
      <p class="breadcrumb">
        <a href={href(ctx, '/activities')} safe>
          {t(lang, 'act.title')}
        </a>
      </p>
      <PageHeader title={title}>
        <p class="meta">
          <span safe>{t(lang, `activity.kind.${a.kind}`)}</span>
          {a.status !== 'held' && (
            <span class={`tag tag-${a.status}`} safe>
              {t(lang, `activity.status.${a.status}`)}
            </span>
          )}
        </p>
      </PageHeader>
      <div class="columns">
        <div>
          {!!a.summary && (
            <p class="lead">
              <Text lang={lang} text={a.summary} />
            </p>
          )}
          {adopted.length > 0 && (
            <section aria-labelledby="adopted">
              <h2 id="adopted" safe>
                {t(lang, 'act.adopted')}
              </h2>
              <ul class="plain-list">
                {adopted.map((d) => (
                  <li>
                    <a href={href(ctx, `/documents/${d.id}`)}>
                      <Text lang={lang} text={d.title} />
                    </a>
                    {!!d.symbol && (
                      <span class="meta" safe>
                        {d.symbol}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {(data.outcomes.length > 0 || !!a.outcome) && (
            <section aria-labelledby="outcomes">
              <h2 id="outcomes" safe>
                {t(lang, 'act.outcomes')}
              </h2>
              {!!a.outcome && (
                <p>
                  <Text lang={lang} text={a.outcome} />
                </p>
              )}
              <ul class="plain-list outcomes">
                {data.outcomes.map((o) => (
                  <li>
                    <span class="doc-kind" safe>
                      {t(lang, `outcome.${o.kind}`)}
                    </span>{' '}
                    {o.documentId ? (
                      <a href={href(ctx, `/documents/${o.documentId}`)}>
                        <Text lang={lang} text={o.documentTitle} />
                      </a>
                    ) : (
                      ''
                    )}
                    {o.text ? (
                      <span>
                        {' '}
                        <Text lang={lang} text={o.text} />
                      </span>
                    ) : (
                      ''
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {delegations.size > 0 && (
            <section aria-labelledby="delegations">
              <h2 id="delegations" safe>
                {t(lang, 'act.delegations')}
              </h2>
              {[...delegations].map(([code, people]) => (
                <div class="delegation">
                  <h3 safe>{code ? nameIn(lang, names.states, code) : t(lang, 'act.secretariat')}</h3>
                  <ul class="plain-list">
                    {people.map((p) => (
                      <li>
                        <strong>
                          <a href={href(ctx, `/people/${p.personId}`)}>
                            <Text lang={lang} text={p.name} />
                          </a>
                        </strong>
                        <span class="meta" safe>
                          {[
                            p.post ? t(lang, `post.${p.post}`) : p.title ? pick(lang, p.title.en, p.title.ru) : null,
                            t(lang, `participant.${p.role}`),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}
          <section aria-labelledby="news">
            <h2 id="news" safe>
              {t(lang, 'act.news')}
            </h2>
            <ReleaseLinks ctx={ctx} releases={data.releases} />
          </section>
          <CoverageList ctx={ctx} items={coverage} />
        </div>
        <aside>
          <dl class="facts">
            {row(
              'act.when',
              <time datetime={a.start} safe>
                {formatDateRange(lang, a.start, a.end)}
              </time>,
            )}
            {(!!a.city || !!a.countryCode) &&
              row('act.where', <Where lang={lang} a={{ ...a, format: 'in-person' }} names={names} />)}
            {!!a.format && row('act.format', <span safe>{t(lang, `format.${a.format}`)}</span>)}
            {!!a.bodyId &&
              row(
                'act.body',
                <a href={href(ctx, `/structure/${a.bodyId}`)} safe>
                  {nameIn(lang, names.bodies, a.bodyId)}
                </a>,
              )}
            {!!a.meeting &&
              row(
                'act.meeting',
                <a href={href(ctx, `/structure/${a.bodyId}#${a.id}`)} safe>
                  {a.meeting.number === null
                    ? t(lang, `meeting.kind.${a.meeting.kind}`)
                    : t(lang, 'act.meetingNumber', { number: a.meeting.number })}
                </a>,
              )}
            {a.areaIds.length > 0 &&
              row(
                'act.areas',
                <ul class="plain-list">
                  {a.areaIds.map((id) => (
                    <li>
                      <a href={href(ctx, `/activities/timeline/area/${id}`)} safe>
                        {nameIn(lang, names.areas, id)}
                      </a>
                    </li>
                  ))}
                </ul>,
              )}
            {!!a.dimensionId && row('act.dimension', <span safe>{nameIn(lang, names.dimensions, a.dimensionId)}</span>)}
            {a.organizers.length > 0 && row('act.organizers', <span safe>{parties(a.organizers)}</span>)}
            {a.hosts.length > 0 && row('act.hosts', <span safe>{parties(a.hosts)}</span>)}
            {a.participants.length > 0 && row('act.participants', <span safe>{parties(a.participants)}</span>)}
            {a.participantCount !== null && row('act.participantCount', <span safe>{String(a.participantCount)}</span>)}
            {!!a.provenance && !!ctx.staff && row('common.sources', <Sources ctx={ctx} provenance={a.provenance} />)}
          </dl>
          {!!data.plan && <PlanBox ctx={ctx} item={data.plan.item} outcome={data.plan.outcome} year={data.plan.year} />}
        </aside>
      </div>
    </Layout>
  );
}

function PlanBox({
  ctx,
  item,
  outcome,
  year,
}: {
  ctx: PageContext;
  item: PlanItem;
  outcome: PlanOutcome;
  year: number | null;
}): JSX.Element {
  const { lang } = ctx;
  return (
    <section class="panel plan-box" aria-labelledby="plan">
      <h2 id="plan" safe>
        {t(lang, 'act.plan')}
      </h2>
      <p>
        <a href={href(ctx, `/activities/plan/${year ?? ''}#${item.id}`)}>
          <Text lang={lang} text={item.title} />
        </a>
      </p>
      <p class="meta">
        <span safe>{`${t(lang, 'act.planned')}: ${formatDateRange(lang, item.plannedFrom, item.plannedUntil)}`}</span>
        {item.place ? <span safe>{`, ${pick(lang, item.place.en, item.place.ru)}`}</span> : ''}
        {item.format ? <span safe>{` · ${t(lang, `format.${item.format}`)}`}</span> : ''}
      </p>
      {outcome.changes.length > 0 && (
        <p
          class="changed"
          safe
        >{`${t(lang, 'act.changed')}: ${outcome.changes.map((c) => t(lang, `act.change.${c}`)).join(', ')}`}</p>
      )}
    </section>
  );
}
