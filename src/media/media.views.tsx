/** The office's review queue of coverage: each decision one button, in a form, so it works without JavaScript. */
import type { PropsWithChildren } from '@kitajs/html';
import { formatDate, t } from '../platform/i18n/i18n.ts';
import { Text } from '../platform/layout/components.tsx';
import { href } from '../platform/layout/layout.tsx';
import type { Bilingual } from '../platform/sourced.ts';
import { type OfficeContext, OfficePage } from '../platform/layout/office.tsx';
import { Found, ProposalDecision, scriptLang } from '../platform/layout/proposals.tsx';
import type { SaidEvidence } from './evidence.ts';
import { type Refusal, sayRefusal } from './refusals.ts';
import './media.messages.ts';
import { ROMANIZATIONS } from '../people/people.ts';

export type QueueView = Readonly<{
  counts: { links: number; people: number };
  links: ReadonlyArray<{
    id: string;
    activityId: string;
    activityTitle: { en: string; ru: string | null };
    confidence: number;
    evidence: readonly SaidEvidence[];
    article: { title: string; published: string | null; url: string | null; source: string; lang: string };
  }>;
  people: ReadonlyArray<{
    id: string;
    name: string;
    post: string | null;
    names: readonly string[];
    /** Each post written beside the name, with the outlet and the day it was written. */
    postsSeen: ReadonlyArray<{ post: string; source: string; published: string | null }>;
    suggestion: { id: string; name: Bilingual } | null;
  }>;
  canDecide: boolean;
  notice: string | null;
}>;

const percent = (n: number) => `${Math.round(n * 100)}%`;

function Decide({ ctx, action, children }: PropsWithChildren<{ ctx: OfficeContext; action: string }>): JSX.Element {
  return (
    <form method="post" action={href(ctx, action)} class="office-actions">
      <input type="hidden" name="_csrf" value={ctx.csrf} />
      {children}
    </form>
  );
}

/** The system the Latin spellings follow, if the reviewer knows it; it goes with each spelling recorded. */
function RomanizationChoice({ ctx, id }: { ctx: OfficeContext; id: string }): JSX.Element {
  const { lang } = ctx;
  return (
    <span>
      <label for={id} safe>
        {t(lang, 'col.romanization')}
      </label>{' '}
      <select id={id} name="romanization">
        <option value="" selected safe>
          {t(lang, 'media.romanizationUnknown')}
        </option>
        {ROMANIZATIONS.map((v) => (
          // BGN/PCGN is the two boards' own abbreviation, the same in any language
          <option value={v} translate={v === 'bgn-pcgn' ? 'no' : undefined} safe>
            {t(lang, `romanization.${v}`)}
          </option>
        ))}
      </select>
    </span>
  );
}

export function QueuePage({ ctx, view }: { ctx: OfficeContext; view: QueueView }): JSX.Element {
  const { lang } = ctx;
  return (
    <OfficePage ctx={ctx} title={t(lang, 'media.queue')} lead={t(lang, 'media.queueLead')}>
      {!!view.notice && (
        <p class="notice" role="status" safe>
          {view.notice}
        </p>
      )}
      <p class="meta">
        <a href={href(ctx, '/office/coverage/import')} safe>
          {t(lang, 'media.import')}
        </a>{' '}
        ·{' '}
        <a href={href(ctx, '/office/records/media-sources')} safe>
          {t(lang, 'media.outlets')}
        </a>{' '}
        · <span safe>{t(lang, 'media.waiting', { n: view.counts.links, people: view.counts.people })}</span> ·{' '}
        <a href={href(ctx, '/office/coverage/feed.atom')} safe>
          {t(lang, 'media.feed')}
        </a>
      </p>

      <h2 safe>{t(lang, 'media.links')}</h2>
      {view.links.length === 0 ? (
        <p safe>{t(lang, 'media.nothing')}</p>
      ) : (
        <div class="table-wrap">
          <table class="records">
            <thead>
              <tr>
                <th scope="col" safe>
                  {t(lang, 'media.article')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'media.activity')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'media.confidence')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'media.evidence')}
                </th>
                {view.canDecide && (
                  <th scope="col" safe>
                    {t(lang, 'media.decision')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {view.links.map((l) => (
                <tr>
                  <td data-label={t(lang, 'media.article')}>
                    {l.article.url ? (
                      <a href={l.article.url} rel="external noopener noreferrer nofollow" lang={l.article.lang} safe>
                        {l.article.title}
                      </a>
                    ) : (
                      <span lang={l.article.lang} safe>
                        {l.article.title}
                      </span>
                    )}
                    <br />
                    <small>
                      <span translate="no" safe>
                        {l.article.source}
                      </span>
                      {l.article.published ? <span safe>{`, ${formatDate(lang, l.article.published)}`}</span> : ''}
                    </small>
                  </td>
                  <td data-label={t(lang, 'media.activity')}>
                    <a href={href(ctx, `/activities/${l.activityId}`)}>
                      <Text lang={lang} text={l.activityTitle} />
                    </a>
                  </td>
                  <td data-label={t(lang, 'media.confidence')} safe>
                    {percent(l.confidence)}
                  </td>
                  <td data-label={t(lang, 'media.evidence')}>
                    <ul class="plain-list evidence">
                      {l.evidence.map((e) => (
                        <li>
                          <Found found={e} />
                        </li>
                      ))}
                    </ul>
                  </td>
                  {view.canDecide && (
                    <td data-label={t(lang, 'media.decision')}>
                      <ProposalDecision
                        action={href(ctx, `/office/coverage/links/${l.id}`)}
                        csrf={ctx.csrf}
                        confirm={t(lang, 'media.confirm')}
                        dismiss={{ label: t(lang, 'media.reject'), value: 'reject' }}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 safe>{t(lang, 'media.people')}</h2>
      {view.people.length === 0 ? (
        <p safe>{t(lang, 'media.nothing')}</p>
      ) : (
        <div class="table-wrap">
          <table class="records">
            <thead>
              <tr>
                <th scope="col" safe>
                  {t(lang, 'media.spellings')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'media.post')}
                </th>
                {view.canDecide && (
                  <th scope="col" safe>
                    {t(lang, 'media.decision')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {view.people.map((p) => (
                <tr>
                  <td data-label={t(lang, 'media.spellings')}>
                    <strong lang={scriptLang(p.name)} safe>
                      {p.name}
                    </strong>
                    {p.names.length > 1 && (
                      <small>
                        {p.names
                          .filter((n) => n !== p.name)
                          .map((n) => (
                            <>
                              <br />
                              <span lang={scriptLang(n)} safe>
                                {n}
                              </span>
                            </>
                          ))}
                      </small>
                    )}
                  </td>
                  <td data-label={t(lang, 'media.post')}>
                    {p.postsSeen.length === 0 ? (
                      '—'
                    ) : (
                      <ul class="plain-list">
                        {p.postsSeen.map((seen) => (
                          <li>
                            <q lang={scriptLang(seen.post)} safe>
                              {seen.post}
                            </q>{' '}
                            <small>
                              <span translate="no" safe>
                                {seen.source}
                              </span>
                              {seen.published ? <span safe>{`, ${formatDate(lang, seen.published)}`}</span> : ''}
                            </small>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {view.canDecide && (
                    <td data-label={t(lang, 'media.decision')}>
                      <Decide ctx={ctx} action={`/office/coverage/people/${p.id}`}>
                        <RomanizationChoice ctx={ctx} id={`romanization-${p.id}`} />
                        {!!p.suggestion && (
                          <>
                            <input type="hidden" name="person" value={p.suggestion!.id} />
                            <button type="submit" name="decision" value="merge" class="button">
                              <span safe>{t(lang, 'media.sameAs')}</span> <Text lang={lang} text={p.suggestion!.name} />
                            </button>
                          </>
                        )}
                        <button type="submit" name="decision" value="confirm" class="button secondary" safe>
                          {t(lang, 'media.confirmPerson')}
                        </button>
                        <button type="submit" name="decision" value="reject" class="button secondary" safe>
                          {t(lang, 'media.reject')}
                        </button>
                      </Decide>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OfficePage>
  );
}

export type ImportView = Readonly<{
  source: string;
  problem: string | null;
  summary: {
    imported: ReadonlyArray<{ file: string; title: string }>;
    duplicates: ReadonlyArray<{ file: string; title: string }>;
    refused: ReadonlyArray<{ file: string; refusal: Refusal }>;
  } | null;
}>;

/** Choosing an outlet's files (a folder's worth at once) and what became of each. */
export function ImportPage({ ctx, view }: { ctx: OfficeContext; view: ImportView }): JSX.Element {
  const { lang } = ctx;
  const s = view.summary;
  return (
    <OfficePage ctx={ctx} title={t(lang, 'media.import')} lead={t(lang, 'media.importLead')}>
      {!!view.problem && (
        <div class="error-summary" role="alert">
          <p safe>{view.problem}</p>
        </div>
      )}
      {!!s && (
        <section aria-live="polite">
          <p class="notice" role="status" safe>
            {t(lang, 'media.summary', {
              imported: s.imported.length,
              duplicates: s.duplicates.length,
              refused: s.refused.length,
            })}
          </p>
          {(
            [
              // a headline keeps the article's language; a reason is said in the reader's
              ['media.importedList', s.imported.map((i) => ({ file: i.file, text: i.title, lang: null }))],
              ['media.duplicateList', s.duplicates.map((i) => ({ file: i.file, text: i.title, lang: null }))],
              ['media.refusedList', s.refused.map((i) => ({ file: i.file, text: sayRefusal(lang, i.refusal), lang }))],
            ] as const
          )
            .filter(([, lines]) => lines.length > 0)
            .map(([key, lines]) => (
              <>
                <h2 safe>{t(lang, key)}</h2>
                <ul>
                  {lines.map((line) => (
                    <li>
                      <span translate="no" safe>
                        {line.file}
                      </span>
                      {': '}
                      <span lang={line.lang ?? undefined} safe>
                        {line.text}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ))}
          <p>
            <a href={href(ctx, '/office/coverage')} safe>
              {t(lang, 'media.queue')}
            </a>
          </p>
        </section>
      )}
      <form
        method="post"
        action={href(ctx, '/office/coverage/import')}
        enctype="multipart/form-data"
        class="record-form"
      >
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <div class="form-row">
          <label for="f-source" safe>
            {t(lang, 'media.source')}
          </label>
          <input id="f-source" name="source" type="text" required maxlength="200" value={view.source} />
        </div>
        <div class="form-row">
          <label for="f-files" safe>
            {t(lang, 'media.files')}
          </label>
          <input id="f-files" name="files" type="file" multiple required />
        </div>
        <p class="office-actions">
          <button type="submit" safe>
            {t(lang, 'media.importButton')}
          </button>
        </p>
      </form>
    </OfficePage>
  );
}
