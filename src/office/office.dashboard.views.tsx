/** The office dashboard: the reader's work, by role. */
import './office.messages.ts';
import { type MessageKey, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { type OfficeContext, OfficePage } from '../platform/layout/office.tsx';
import type { PropsWithChildren } from '@kitajs/html';
import { AuditTable } from './office.audit.views.tsx';
import type { AuditLine } from './office.service.ts';

/** One piece of work on the dashboard: what it is, where to open it, and what state it is in. */
export type WorkItem = Readonly<{ title: string; path: string; kind: string; status: string; mine: boolean }>;
/** A planned fact whose date has passed, said for staff: what it is and what the record still says. */
export type Unconfirmed = Readonly<{ title: string; path: string; note: string }>;

/** What the reader has to do and has done: the dashboard, by role. `review` is null for a reader who may not review. */
export type Work = Readonly<{
  review: WorkItem[] | null;
  drafts: WorkItem[];
  scheduled: WorkItem[];
  unconfirmed: Unconfirmed[];
  recent: AuditLine[];
  records: Array<{ path: string; label: string }>;
}>;

function WorkList({ ctx, items, none }: { ctx: OfficeContext; items: WorkItem[]; none: MessageKey }): JSX.Element {
  const { lang } = ctx;
  if (items.length === 0)
    return (
      <p class="empty" safe>
        {t(lang, none)}
      </p>
    );
  return (
    <ul class="work-list plain-list">
      {items.map((w) => (
        <li>
          <a href={href(ctx, w.path)} safe>
            {w.title}
          </a>{' '}
          <span class="meta" safe>{`${w.kind} · ${w.status}`}</span>
          {w.mine && (
            <span class="tag" safe>
              {t(lang, 'office.work.yours')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function WorkSection({
  id,
  title,
  lead,
  children,
}: PropsWithChildren<{ id: string; title: string; lead?: string }>): JSX.Element {
  return (
    <section class="work" aria-labelledby={id}>
      <h2 id={id} safe>
        {title}
      </h2>
      {!!lead && (
        <p class="meta" safe>
          {lead}
        </p>
      )}
      {children}
    </section>
  );
}

export function Dashboard({
  ctx,
  work,
  delegate,
}: {
  ctx: OfficeContext;
  work: Work | null;
  delegate: { state: string; roles: Array<{ area: string; role: string }> } | null;
}): JSX.Element {
  const { lang } = ctx;
  if (delegate || !work) {
    return (
      <OfficePage
        ctx={ctx}
        title={t(lang, 'office.title')}
        lead={t(lang, 'office.delegateLead', { state: delegate?.state ?? '' })}
      >
        <ul class="plain-list">
          <li>
            <a href={href(ctx, `/states/${ctx.actor.stateCode ?? ''}`)} safe>
              {delegate?.state ?? ''}
            </a>
          </li>
          {(delegate?.roles ?? []).map((r) => (
            <li safe>{`${r.area}: ${r.role}`}</li>
          ))}
        </ul>
      </OfficePage>
    );
  }
  return (
    <OfficePage ctx={ctx} title={t(lang, 'office.dashboard')} lead={t(lang, 'office.lead')}>
      <div class="work-board">
        {!!work.review && (
          <WorkSection id="work-review" title={t(lang, 'office.work.review')}>
            <WorkList ctx={ctx} items={work.review} none="office.work.reviewNone" />
          </WorkSection>
        )}
        <WorkSection id="work-drafts" title={t(lang, 'office.work.drafts')}>
          <WorkList ctx={ctx} items={work.drafts} none="office.work.draftsNone" />
        </WorkSection>
        <WorkSection id="work-scheduled" title={t(lang, 'office.work.scheduled')}>
          <WorkList ctx={ctx} items={work.scheduled} none="office.work.scheduledNone" />
        </WorkSection>
        <WorkSection id="work-confirm" title={t(lang, 'office.work.confirm')} lead={t(lang, 'office.work.confirmLead')}>
          {work.unconfirmed.length === 0 ? (
            <p class="empty" safe>
              {t(lang, 'office.work.confirmNone')}
            </p>
          ) : (
            <ul class="work-list plain-list">
              {work.unconfirmed.map((u) => (
                <li>
                  <a href={href(ctx, u.path)} safe>
                    {u.title}
                  </a>{' '}
                  <span class="meta" safe>
                    {u.note}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </WorkSection>
      </div>
      <WorkSection id="work-recent" title={t(lang, 'office.work.recent')}>
        {work.recent.length === 0 ? (
          <p class="empty" safe>
            {t(lang, 'office.work.recentNone')}
          </p>
        ) : (
          <AuditTable ctx={ctx} lines={work.recent} who={false} />
        )}
        {ctx.actor.role === 'admin' && (
          <p>
            <a href={href(ctx, '/office/audit')} safe>
              {t(lang, 'office.work.wholeLog')}
            </a>
          </p>
        )}
      </WorkSection>
      <nav class="work-records" aria-labelledby="work-records">
        <h2 id="work-records" safe>
          {t(lang, 'office.work.records')}
        </h2>
        <ul class="plain-list">
          {work.records.map((r) => (
            <li>
              <a href={href(ctx, r.path)} safe>
                {r.label}
              </a>
            </li>
          ))}
          <li>
            <a href={href(ctx, '/office/parity')} safe>
              {t(lang, 'office.parity')}
            </a>
          </li>
        </ul>
      </nav>
    </OfficePage>
  );
}
