import './cbm.messages.ts';
import type { Citation } from '../platform/sourced.ts';
import type { DocumentRecord } from '../documents/documents.ts';
import { formatDate, t } from '../platform/i18n/i18n.ts';
import { DateForm, DateText, PageHeader, Sources, StateLink, Text, Citations } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { State } from '../registry/registry.ts';
import type { AreaOnDate, CatalogueOnDate } from './cbm.service.ts';
import type { CoordinatorRecord, Measure } from './cbm.ts';

type Lookups = { states: Map<string, State> };

function Coordinator({ ctx, term, states }: { ctx: PageContext; term: CoordinatorRecord } & Lookups): JSX.Element {
  const state = states.get(term.stateCode);
  return (
    <span class="coordinator">
      {state ? <StateLink ctx={ctx} code={state.code} name={state.name} /> : <span safe>{term.stateCode}</span>}
      {!!term.note && (
        <span class="meta">
          <Text lang={ctx.lang} text={term.note} />
        </span>
      )}
    </span>
  );
}

function Measures({ ctx, measures }: { ctx: PageContext; measures: Measure[] }): JSX.Element {
  return (
    <ul class="measures">
      {measures.map((m) => (
        <li>
          {!!m.code && (
            <span class="code" safe>
              {m.code}
            </span>
          )}{' '}
          <Text lang={ctx.lang} text={m.text} />
        </li>
      ))}
    </ul>
  );
}

function Area({
  ctx,
  entry,
  states,
  papers,
}: { ctx: PageContext; entry: AreaOnDate; papers: DocumentRecord[] } & Lookups): JSX.Element {
  const { lang } = ctx;
  const { area, coordinator, coCoordinators, measures } = entry;
  return (
    <article class="area" id={area.id} aria-labelledby={`${area.id}-title`}>
      <h3 id={`${area.id}-title`}>
        <Text lang={lang} text={area.name} />
      </h3>
      <dl class="roles">
        <div>
          <dt safe>{t(lang, 'cbm.coordinator')}</dt>
          <dd>{coordinator ? <Coordinator ctx={ctx} term={coordinator} states={states} /> : '—'}</dd>
        </div>
        <div>
          <dt safe>{t(lang, 'cbm.coCoordinators')}</dt>
          <dd>
            {coCoordinators.length ? (
              <ul class="inline-list">
                {coCoordinators.map((c) => (
                  <li>
                    <Coordinator ctx={ctx} term={c} states={states} />
                  </li>
                ))}
              </ul>
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
      {!!area.note && (
        <p class="note">
          <Text lang={lang} text={area.note} />
        </p>
      )}
      {measures.length > 0 && <Measures ctx={ctx} measures={measures} />}
      <p class="meta area-links">
        <a href={href(ctx, `/activities?area=${area.id}`)} safe>
          {t(lang, 'cbm.areaActivities')}
        </a>
        {' · '}
        <a href={href(ctx, `/activities/timeline/area/${area.id}`)} safe>
          {t(lang, 'timeline.title')}
        </a>
        {' · '}
        <a href={href(ctx, `/news/about/area/${area.id}`)} safe>
          {t(lang, 'cbm.areaNews')}
        </a>
      </p>
      {papers.length > 0 && (
        <p class="meta papers">
          <span safe>{t(lang, 'cbm.documents')}</span>:{' '}
          {papers.map((d, i) => (
            <>
              {i > 0 ? '; ' : ''}
              <Text lang={lang} text={d.title} />
              {!!d.date && (
                <>
                  {' '}
                  (<DateText lang={lang} date={d.date} />)
                </>
              )}
            </>
          ))}
        </p>
      )}
      {[coordinator, ...coCoordinators].filter((c) => c !== null).length > 0 && (
        <p class="area-sources">
          {[coordinator, ...coCoordinators]
            .filter((c): c is CoordinatorRecord => c !== null)
            .map((c) => (
              <Sources ctx={ctx} provenance={c.provenance} />
            ))}
        </p>
      )}
    </article>
  );
}

export function CataloguePage({
  ctx,
  citations = [],
  asked,
  error,
  catalogue,
  states,
  papers,
}: {
  ctx: PageContext;
  citations?: readonly Citation[] | undefined;
  asked: string;
  error: string | undefined;
  catalogue: CatalogueOnDate;
  papers: DocumentRecord[];
} & Lookups): JSX.Element {
  const { lang } = ctx;
  const areaCount = catalogue.dimensions.reduce((n, d) => n + d.areas.length, 0);
  const isToday = catalogue.date === ctx.today;
  return (
    <Layout ctx={ctx} title={t(lang, 'cbm.title')} description={t(lang, 'cbm.lead', { areas: areaCount })}>
      <PageHeader title={t(lang, 'cbm.title')} lead={t(lang, 'cbm.lead', { areas: areaCount })}>
        <DateForm
          ctx={ctx}
          action="/cbm"
          name="asOf"
          value={error ? asked : isToday ? '' : catalogue.date}
          label={t(lang, 'common.asOf')}
          error={error}
        />
        <p class="as-of" safe>
          {t(lang, 'cbm.coordinatorsOn', { date: formatDate(lang, catalogue.date) })}
        </p>
        <p class="meta" safe>
          {t(lang, 'cbm.noneKnown')}
        </p>
      </PageHeader>

      <nav class="toc" aria-label={t(lang, 'cbm.dimension')}>
        <ol>
          {catalogue.dimensions.map((d) => (
            <li>
              <a href={`#dim-${d.dimension.id}`}>
                <Text lang={lang} text={d.dimension.name} />{' '}
                <span class="count" safe>
                  {String(d.areas.length)}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {catalogue.dimensions.map((d) => (
        <section class="dimension" id={`dim-${d.dimension.id}`} aria-labelledby={`dim-${d.dimension.id}-title`}>
          <h2 id={`dim-${d.dimension.id}-title`}>
            <span class="dim-number" safe>
              {String(d.dimension.position)}
            </span>{' '}
            <Text lang={lang} text={d.dimension.name} />
          </h2>
          {d.measures.length > 0 && (
            <div class="dimension-measures">
              <h3 safe>{t(lang, 'cbm.dimensionMeasures')}</h3>
              <Measures ctx={ctx} measures={d.measures} />
            </div>
          )}
          {d.areas.map((entry) => (
            <Area
              ctx={ctx}
              entry={entry}
              states={states}
              papers={papers.filter((p) => p.priorityAreaId === entry.area.id)}
            />
          ))}
        </section>
      ))}

      <section aria-labelledby="versions">
        <h2 id="versions" safe>
          {t(lang, 'cbm.versions')}
        </h2>
        <ol class="timeline">
          {catalogue.versions.map((v) => (
            <li class={catalogue.version?.id === v.id ? 'is-current' : undefined}>
              <p class="timeline-head">
                <strong>
                  <Text lang={lang} text={v.title} />
                </strong>{' '}
                — <span safe>{t(lang, 'cbm.adopted', { date: formatDate(lang, v.adoptedOn) })}</span>
              </p>
              {!!v.note && (
                <p class="note">
                  <Text lang={lang} text={v.note} />
                </p>
              )}
              <Sources ctx={ctx} provenance={v.provenance} />
            </li>
          ))}
        </ol>
      </section>
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}
