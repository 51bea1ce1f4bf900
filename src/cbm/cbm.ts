/**
 * Catalogue rules: which coordinators are in force on a date, and which version
 * of the Catalogue was. A priority area has at most one coordinator at a time
 * and any number of co-coordinators.
 */
import type { Provenance } from '../platform/sourced.ts';
import type { Bilingual } from '../platform/sourced.ts';
import { type IsoDate, type Period, inForceOn, periodEnd, periodStart } from '../platform/dates.ts';

export const ROLES = ['coordinator', 'co-coordinator'] as const;
export type Role = (typeof ROLES)[number];

export type CoordinatorTerm = Period &
  Readonly<{
    id: string;
    priorityAreaId: string;
    stateCode: string;
    role: Role;
  }>;

export type CatalogueVersion = Readonly<{ id: string; adoptedOn: IsoDate }>;

export type AreaCoordinators = Readonly<{ coordinator: CoordinatorTerm | null; coCoordinators: CoordinatorTerm[] }>;

/** The coordinator and co-coordinators of one area in force on a date. */
export function coordinatorsOn(terms: readonly CoordinatorTerm[], date: IsoDate): AreaCoordinators {
  const inForce = terms.filter((t) => inForceOn(t, date));
  const coordinators = inForce
    .filter((t) => t.role === 'coordinator')
    .sort((a, b) => (periodStart(b)! < periodStart(a)! ? -1 : 1));
  return {
    coordinator: coordinators[0] ?? null,
    coCoordinators: inForce.filter((t) => t.role === 'co-coordinator'),
  };
}

/** The version of the Catalogue in force on a date: the last one adopted by then. */
export function versionOn<V extends CatalogueVersion>(versions: readonly V[], date: IsoDate): V | null {
  let found: V | null = null;
  for (const v of versions) if (v.adoptedOn <= date && (found === null || v.adoptedOn > found.adoptedOn)) found = v;
  return found;
}

export type AssignResult =
  | { ok: true; term: CoordinatorTerm }
  | { ok: false; reason: 'ends-before-start' | 'overlaps-coordinator' };

/**
 * A new term may not end before it starts, nor give an area two coordinators at
 * once. A handover day is no clash: the outgoing term ends on the day the next
 * begins, as the office closes it.
 */
export function checkAssignment(existing: readonly CoordinatorTerm[], next: CoordinatorTerm): AssignResult {
  const start = periodStart(next);
  if (next.until !== null && start !== null && next.until < start.slice(0, next.until.length)) {
    return { ok: false, reason: 'ends-before-start' };
  }
  if (next.role === 'coordinator' && start !== null) {
    const clash = existing.some(
      (t) =>
        t.id !== next.id && t.role === 'coordinator' && t.priorityAreaId === next.priorityAreaId && overlaps(t, next),
    );
    if (clash) return { ok: false, reason: 'overlaps-coordinator' };
  }
  return { ok: true, term: next };
}

function overlaps(a: Period, b: Period): boolean {
  const aStart = periodStart(a),
    bStart = periodStart(b);
  if (aStart === null || bStart === null) return false;
  const [first, secondStart] = aStart <= bStart ? [a, bStart] : [b, aStart];
  return inForceOn(first, secondStart) && periodEnd(first) !== secondStart;
}

export type Version = Readonly<{
  id: string;
  adoptedOn: string;
  meetingId: string | null;
  title: Bilingual;
  note: Bilingual | null;
  provenance: Provenance;
}>;
export type Dimension = Readonly<{ id: string; position: number; name: Bilingual }>;
export type PriorityArea = Readonly<{
  id: string;
  dimensionId: string;
  position: number;
  name: Bilingual;
  note: Bilingual | null;
}>;
export type Measure = Readonly<{
  id: string;
  dimensionId: string;
  priorityAreaId: string | null;
  versionId: string;
  code: string | null;
  text: Bilingual;
  provenance: Provenance;
}>;
export type CoordinatorRecord = CoordinatorTerm & Readonly<{ note: Bilingual | null; provenance: Provenance }>;
