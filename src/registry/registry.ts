/**
 * Membership rules: who is a member or an observer on a date. The record keeps
 * each status as a period; a state's status on a date is the period in force
 * then, and on the day an observer is admitted as a member, it is a member.
 */
import { type IsoDate, type PartialDate, type Period, hasEnded, latestInForce } from '../platform/dates.ts';
import type { Bilingual, Provenance } from '../platform/sourced.ts';

export const STATUSES = ['member', 'observer'] as const;
export type Status = (typeof STATUSES)[number];

export type StatusPeriod = Period &
  Readonly<{
    id: string;
    stateCode: string;
    status: Status;
    meetingId: string | null;
  }>;

export type StateStanding = Readonly<{
  stateCode: string;
  status: Status;
  /** When the status began, as precisely as known; null when the record does not know. */
  since: PartialDate | null;
  /** Where `since` is unknown: the earliest date a source shows the status. */
  attestedSince: PartialDate | null;
}>;

/** The status period in force for one state on a date. */
export function statusOn(periods: readonly StatusPeriod[], date: IsoDate): StatusPeriod | null {
  return latestInForce(periods, date);
}

/** Every state's standing on a date, optionally only those with one status. */
export function standingsOn(periods: readonly StatusPeriod[], date: IsoDate, status?: Status): StateStanding[] {
  const byState = new Map<string, StatusPeriod[]>();
  for (const p of periods) byState.set(p.stateCode, [...(byState.get(p.stateCode) ?? []), p]);
  const standings: StateStanding[] = [];
  for (const [stateCode, own] of byState) {
    const p = statusOn(own, date);
    if (p === null || (status !== undefined && p.status !== status)) continue;
    standings.push({
      stateCode,
      status: p.status,
      since: p.from,
      attestedSince: p.from === null ? (p.fromAttested ?? null) : null,
    });
  }
  return standings;
}

/** Whether a state has ever held any status and no longer does (a former observer). */
export function isFormer(periods: readonly StatusPeriod[]): boolean {
  return periods.length > 0 && periods.every(hasEnded);
}

export type State = Readonly<{ code: string; name: Bilingual; officialName: Bilingual | null }>;
export type StatusRecord = StatusPeriod & Readonly<{ note: Bilingual | null; provenance: Provenance }>;
export type OrganizationRelation = Readonly<{
  id: string;
  relation: 'observer' | 'partner' | 'partner-in-progress';
  instrument: Bilingual | null;
  from: string | null;
  fromAttested: string | null;
  until: string | null;
  place: Bilingual | null;
  note: Bilingual | null;
  provenance: Provenance;
}>;
export type Organization = Readonly<{
  id: string;
  acronym: Bilingual | null;
  name: Bilingual;
  relations: OrganizationRelation[];
}>;
