/** The time capsule's pages: the list, a capsule (sealed, or open with its check), the office's sealing form. */
import './capsules.messages.ts';
import { formatDate, pick, t } from '../platform/i18n/i18n.ts';
import { Citations, PageHeader, Sources } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import { OfficePage, type OfficeContext, problemText } from '../platform/layout/office.tsx';
import type { FieldProblem } from '../platform/errors.ts';
import type { Bilingual, Citation } from '../platform/sourced.ts';
import type { CapsuleView } from './capsules.service.ts';

type StateNames = ReadonlyMap<string, Bilingual>;

function status(ctx: PageContext, c: CapsuleView): string {
  if (!c.seal) return t(ctx.lang, 'capsule.status.notHeld');
  return t(ctx.lang, c.open ? 'capsule.status.open' : 'capsule.status.sealed');
}

export function CapsulesPage({ ctx, capsules }: { ctx: PageContext; capsules: readonly CapsuleView[] }): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'capsule.title')} description={t(lang, 'capsule.lead')}>
      <PageHeader title={t(lang, 'capsule.title')} lead={t(lang, 'capsule.lead')} />
      {capsules.length === 0 ? (
        <p class="empty" safe>
          {t(lang, 'capsule.none')}
        </p>
      ) : (
        <ul class="plain capsules">
          {capsules.map((c) => (
            <li>
              <h2>
                <a href={href(ctx, `/capsules/${c.id}`)} safe>
                  {pick(lang, c.title.en, c.title.ru)}
                </a>
              </h2>
              <p safe>
                {[
                  c.sealedOn ? `${t(lang, 'capsule.sealedOn')}: ${formatDate(lang, c.sealedOn)}` : null,
                  c.place ? pick(lang, c.place.en, c.place.ru) : null,
                  `${t(lang, 'capsule.opensOn')}: ${formatDate(lang, c.opensOn)}`,
                  status(ctx, c),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function CapsulePage({
  ctx,
  capsule: c,
  states,
  citations,
}: {
  ctx: PageContext;
  capsule: CapsuleView;
  states: StateNames;
  citations: readonly Citation[];
}): JSX.Element {
  const { lang } = ctx;
  const title = pick(lang, c.title.en, c.title.ru);
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} />
      <dl class="facts">
        {c.sealedOn ? (
          <>
            <dt safe>{t(lang, 'capsule.sealedOn')}</dt>
            <dd>
              <span safe>
                {[formatDate(lang, c.sealedOn), c.place ? pick(lang, c.place.en, c.place.ru) : null]
                  .filter(Boolean)
                  .join(', ')}
              </span>
              <Sources ctx={ctx} provenance={c.provenance} />
            </dd>
          </>
        ) : (
          ''
        )}
        <dt safe>{t(lang, 'capsule.opensOn')}</dt>
        <dd safe>{formatDate(lang, c.opensOn)}</dd>
        {c.peoplePresent ? (
          <>
            <dt safe>{t(lang, 'capsule.present')}</dt>
            <dd safe>{c.peoplePresent}</dd>
          </>
        ) : (
          ''
        )}
        {c.statesPresent.length ? (
          <>
            <dt safe>{t(lang, 'capsule.statesPresent')}</dt>
            <dd safe>
              {c.statesPresent
                .map((code) => {
                  const n = states.get(code);
                  return n ? pick(lang, n.en, n.ru) : code;
                })
                .join(', ')}
            </dd>
          </>
        ) : (
          ''
        )}
      </dl>
      {c.note ? <p safe>{pick(lang, c.note.en, c.note.ru)}</p> : ''}

      {c.seal ? (
        <section aria-labelledby="digest">
          <h2 id="digest" safe>
            {t(lang, 'capsule.digest')}
          </h2>
          <p>
            <code class="digest" translate="no" safe>
              {c.seal.digest}
            </code>
          </p>
          <p class="note" safe>
            {t(lang, 'capsule.digestNote')}
          </p>
        </section>
      ) : (
        ''
      )}

      <section aria-labelledby="contents">
        <h2 id="contents" safe>
          {t(lang, 'capsule.contents')}
        </h2>
        {!c.seal ? (
          <p safe>{t(lang, 'capsule.notHeld')}</p>
        ) : !c.open ? (
          <p class="sealed" role="status" safe>
            {t(lang, 'capsule.stillSealed', { date: formatDate(lang, c.seal.opensOn) })}
          </p>
        ) : !c.contents ? (
          <p class="problems" role="alert" safe>
            {t(lang, 'capsule.unreadable')}
          </p>
        ) : (
          <>
            <p class={c.contents.digestMatches ? 'verified' : 'problems'} role="status" safe>
              {t(lang, c.contents.digestMatches ? 'capsule.verified' : 'capsule.mismatch')}
            </p>
            {(['en', 'ru'] as const).map((l) =>
              c.contents?.texts[l] ? (
                <article lang={l}>
                  <h3 safe>{t(lang, `capsule.text.${l}`)}</h3>
                  <p class="capsule-text" safe>
                    {c.contents.texts[l] ?? ''}
                  </p>
                </article>
              ) : (
                ''
              ),
            )}
            {c.contents.files.length ? (
              <>
                <h3 safe>{t(lang, 'capsule.files')}</h3>
                <ul>
                  {c.contents.files.map((f, i) => (
                    <li>
                      <a href={href(ctx, `/capsules/${c.id}/files/${i + 1}`)} translate="no" safe>
                        {f.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              ''
            )}
            <p>
              <a href={href(ctx, `/capsules/${c.id}/sealed.json`)} safe>
                {t(lang, 'capsule.bundle')}
              </a>
            </p>
          </>
        )}
      </section>
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}

export function SealPage({
  ctx,
  capsule,
  problems,
  values,
  done,
}: {
  ctx: OfficeContext;
  capsule: CapsuleView;
  problems: readonly FieldProblem[];
  values: Readonly<{ text_en: string; text_ru: string }>;
  done: boolean;
}): JSX.Element {
  const { lang } = ctx;
  const problem = (field: string) => problems.find((p) => p.field === field);
  const general = problems.filter((p) => !['text_en', 'text_ru'].includes(p.field));
  return (
    <OfficePage
      ctx={ctx}
      title={t(lang, 'capsule.seal.title', { title: pick(lang, capsule.title.en, capsule.title.ru) })}
      lead={t(lang, 'capsule.seal.lead')}
    >
      {done ? (
        <p class="flash" role="status" safe>
          {t(lang, 'capsule.seal.done')}
        </p>
      ) : (
        ''
      )}
      {general.length ? (
        <div class="problems" role="alert">
          <ul>
            {general.map((p) => (
              <li safe>{problemText(lang, p.message)}</li>
            ))}
          </ul>
        </div>
      ) : (
        ''
      )}
      {capsule.seal ? (
        <p>
          <a href={href(ctx, `/capsules/${capsule.id}`)} safe>
            {t(lang, 'capsule.digest')}
          </a>
          {': '}
          <code translate="no" safe>
            {capsule.seal.digest}
          </code>
        </p>
      ) : (
        <form method="post" action={href(ctx, `/office/capsules/${capsule.id}/seal`)}>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          {(['text_en', 'text_ru'] as const).map((f) => {
            const p = problem(f);
            return (
              <p class="field">
                <label for={`f-${f}`} safe>
                  {t(lang, `capsule.col.${f}`)}
                </label>
                <textarea
                  id={`f-${f}`}
                  name={f}
                  rows="8"
                  aria-invalid={p ? 'true' : undefined}
                  aria-describedby={p ? `f-${f}-error` : undefined}
                  safe
                >
                  {values[f]}
                </textarea>
                {p ? (
                  <span class="field-error" id={`f-${f}-error`} safe>
                    {problemText(lang, p.message)}
                  </span>
                ) : (
                  ''
                )}
              </p>
            );
          })}
          <button type="submit" safe>
            {t(lang, 'capsule.seal.submit')}
          </button>
        </form>
      )}
    </OfficePage>
  );
}
