/**
 * Documents from draft to ratification, as rules: who may read a document, how many
 * passages of a draft are still open, what a silence procedure came to, which symbol an
 * adopted document gets, and where an instrument stands on any date. No I/O; the date is
 * always passed in.
 */
import { type IsoDate, firstDay, isIsoDate } from '../platform/dates.ts';
import type { Bilingual, Provenance } from '../platform/sourced.ts';

export const DOCUMENT_KINDS = [
  'declaration',
  'statement',
  'act',
  'memorandum',
  'convention',
  'agreement',
  'protocol',
  'road-map',
  'concept-paper',
  'action-plan',
  'budget',
  'report',
  'rules',
  'regulations',
  'guidelines',
  'decision',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Kinds states sign and become parties to; only these have a status table. */
export const INSTRUMENT_KINDS: ReadonlySet<DocumentKind> = new Set(['convention', 'agreement', 'protocol']);

/** Founding documents and legal instruments, as opposed to the working papers of priority areas. */
export const WORKING_PAPER_KINDS: ReadonlySet<DocumentKind> = new Set(['concept-paper', 'action-plan']);

export const STATE_ACTIONS = ['signature', 'ratification', 'acceptance', 'approval', 'accession'] as const;
export type StateAction = (typeof STATE_ACTIONS)[number];
/** The instruments by which a state consents to be bound; a signature alone binds nobody. */
export const CONSENT_ACTIONS: ReadonlySet<StateAction> = new Set([
  'ratification',
  'acceptance',
  'approval',
  'accession',
]);

// ---------------------------------------------------------------- classification

/** `restricted`: member states only, read by their delegates and by staff. */
export const CLASSIFICATIONS = ['public', 'restricted', 'internal'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * What a reader may see: anonymous visitors public documents, staff all, and a delegate also
 * member states' ones, but only while the delegate's own state is a member (`memberToday`:
 * its status on the day; an observer state's delegate reads public documents only).
 */
export function readableBy(
  actor: { role: string; stateCode?: string | null } | null,
  memberToday: (stateCode: string) => boolean = () => false,
): readonly Classification[] {
  if (actor === null) return ['public'];
  if (actor.role === 'delegate')
    return actor.stateCode && memberToday(actor.stateCode) ? ['public', 'restricted'] : ['public'];
  return CLASSIFICATIONS;
}

export function mayRead(
  actor: { role: string; stateCode?: string | null } | null,
  classification: string,
  memberToday?: (stateCode: string) => boolean,
): boolean {
  return (readableBy(actor, memberToday) as readonly string[]).includes(classification);
}

// ---------------------------------------------------------------- drafting

export const STAGES = ['draft', 'adopted', 'not-adopted'] as const;
export type Stage = (typeof STAGES)[number];

/** What happened to a draft at a meeting: its text discussed there, or the draft sent on to the next body. */
export const VERSION_STEPS = ['discussed', 'forwarded'] as const;
export type VersionStep = (typeof VERSION_STEPS)[number];

/**
 * The passages of a draft not yet agreed: each outermost "[ … ]" counts once, however
 * much is nested in it. Markdown's own brackets are not passages: a link `[text](url)`,
 * a reference `[text][ref]` or `[ref]: url`, a footnote `[^1]`, an escaped `\[`.
 * `unbalanced` tells a bracket opened and never closed (or closed and never opened).
 */
export function openPassages(markdown: string): { open: number; unbalanced: boolean } {
  let open = 0;
  let depth = 0;
  let start = -1;
  let unbalanced = false;
  let lastClose = -2;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === ']') {
      if (depth === 0) {
        unbalanced = true;
        continue;
      }
      depth--;
      if (depth === 0) {
        const next = markdown[i + 1];
        const footnote = markdown[start + 1] === '^';
        // `[text][ref]`: the second bracket is the first one's reference label.
        const label = start === lastClose + 1;
        if (!footnote && !label && next !== '(' && next !== '[' && next !== ':') open++;
        lastClose = i;
      }
    }
  }
  return { open, unbalanced: unbalanced || depth > 0 };
}

/** Whether a new version may be saved: only against the latest one, so nobody's round is overwritten unseen. */
export function checkNewVersion(latest: number, basedOn: number): { ok: true; number: number } | { ok: false } {
  return basedOn === latest ? { ok: true, number: latest + 1 } : { ok: false };
}

// ---------------------------------------------------------------- adoption

export const ADOPTION_METHODS = ['consensus', 'silence', 'written'] as const;
export type AdoptionMethod = (typeof ADOPTION_METHODS)[number];

export type SilenceProcedure = Readonly<{
  circulatedOn: IsoDate;
  deadline: IsoDate;
  brokenBy: string | null;
  brokenOn: IsoDate | null;
}>;

export type SilenceProblem =
  | 'deadline-before-circulation'
  | 'broken-before-circulation'
  | 'broken-after-deadline'
  | 'broken-without-state'
  | 'state-without-date';

/** What is wrong with a silence procedure as recorded, each with the field it concerns. */
export function silenceProblems(p: SilenceProcedure): Array<{ field: keyof SilenceProcedure; reason: SilenceProblem }> {
  const problems: Array<{ field: keyof SilenceProcedure; reason: SilenceProblem }> = [];
  if (p.deadline < p.circulatedOn) problems.push({ field: 'deadline', reason: 'deadline-before-circulation' });
  if (p.brokenOn !== null) {
    if (p.brokenOn < p.circulatedOn) problems.push({ field: 'brokenOn', reason: 'broken-before-circulation' });
    // Silence kept until the deadline is consent: the text is adopted then, and nothing after breaks it.
    if (p.brokenOn > p.deadline) problems.push({ field: 'brokenOn', reason: 'broken-after-deadline' });
    if (p.brokenBy === null) problems.push({ field: 'brokenBy', reason: 'broken-without-state' });
  } else if (p.brokenBy !== null) problems.push({ field: 'brokenOn', reason: 'state-without-date' });
  return problems;
}

export type SilenceOutcome =
  | { state: 'running'; until: IsoDate }
  | { state: 'adopted'; on: IsoDate }
  | { state: 'broken'; on: IsoDate; by: string };

/** Where a (valid) silence procedure stands on a date: broken by a state, adopted at its deadline, or still running. */
export function silenceOutcome(p: SilenceProcedure, date: IsoDate): SilenceOutcome {
  if (p.brokenOn !== null && p.brokenBy !== null && p.brokenOn <= date)
    return { state: 'broken', on: p.brokenOn, by: p.brokenBy };
  if (date >= p.deadline) return { state: 'adopted', on: p.deadline };
  return { state: 'running', until: p.deadline };
}

/** The default pattern of symbols: the adopting body, the year, a number counted within both. */
export const DEFAULT_SYMBOL_PATTERN = 'CICA/{BODY}/{year}/{n}';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The symbol of a document adopted now: the pattern filled in (`{BODY}` the body's id in
 * capitals, `{body}` as it is, `{year}`, `{kind}`, `{n}`), `{n}` one past the highest
 * number any symbol of the same body and year holds, retired documents' included, so a
 * symbol is never given twice.
 */
export function nextSymbol(
  pattern: string,
  on: Readonly<{ body: string; year: string; kind: string }>,
  used: readonly string[],
): string {
  const fill = (n: string) =>
    pattern
      .replaceAll('{BODY}', on.body.toUpperCase())
      .replaceAll('{body}', on.body)
      .replaceAll('{year}', on.year)
      .replaceAll('{kind}', on.kind)
      .replaceAll('{n}', n);
  const marker = '\u0000';
  const [before = '', after = ''] = fill(marker).split(marker);
  const shape = new RegExp(`^${escapeRegExp(before)}(\\d+)${escapeRegExp(after)}$`);
  const highest = Math.max(0, ...used.map((u) => Number(shape.exec(u)?.[1] ?? 0)));
  return pattern.includes('{n}') ? fill(String(highest + 1)) : fill('');
}

// ---------------------------------------------------------------- treaties

/**
 * When an instrument enters into force: `required` instruments of consent, then
 * `daysAfter` days after the last of them; a state joining later becomes a party
 * `lateDaysAfter` days after its own instrument. Null where the text is not known.
 */
export type EntryRule = Readonly<{ required: number | null; daysAfter: number | null; lateDaysAfter: number | null }>;

export type Instrument = Readonly<{
  stateCode: string;
  action: StateAction;
  /** The day, when known; else `dateAttested`, a day by which a source shows it done. */
  date: IsoDate | null;
  dateAttested: string | null;
}>;

/** A count of instruments a source attests on a day without naming the states. */
export type AttestedCount = Readonly<{ count: number; asOf: IsoDate; sources: string }>;

export type StateStatus = Readonly<{
  stateCode: string;
  signed: IsoDate | null;
  consent: Readonly<{ action: StateAction; date: IsoDate | null; dateAttested: string | null }> | null;
  /** The day it is bound: the entry into force for the first parties, later for those who join later; null if not (yet) or not known. */
  partySince: IsoDate | null;
}>;

export type TreatyStatus = Readonly<{
  /** Instruments of consent deposited by the date, the larger of the named ones and the counts attested. */
  count: number;
  /** Of them, those whose state is known. */
  identified: number;
  required: number | null;
  stillNeeded: number | null;
  inForce: boolean;
  inForceOn: IsoDate | null;
  /** The day it enters (or entered) into force, when computed from named, exactly dated instruments; may be after the date asked. */
  entersOn: IsoDate | null;
  /**
   * The required number is reached (named or attested) but the day cannot be computed: the count is only attested,
   * an instrument's date is known only to the year or month, or the days after are not known. Never a date then.
   */
  maybeInForce: boolean;
  parties: readonly string[];
  states: readonly StateStatus[];
}>;

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day an instrument is known done by: its own, or the first day its attested date covers. */
const knownBy = (i: Instrument): IsoDate | null =>
  i.date ?? (i.dateAttested && isIsoDate(firstDay(i.dateAttested)) ? firstDay(i.dateAttested) : null);

/** An instrument's status on `date` under its rule: parties, instruments still needed, since when in force, each state. */
export function treatyStatus(
  rule: EntryRule,
  instruments: readonly Instrument[],
  attested: readonly AttestedCount[],
  date: IsoDate,
): TreatyStatus {
  const done = instruments.filter((i) => {
    const by = knownBy(i);
    return by !== null && by <= date;
  });
  const byState = new Map<string, { signed: IsoDate | null; consent: Instrument | null }>();
  for (const i of [...done].sort((a, b) => (knownBy(a) ?? '').localeCompare(knownBy(b) ?? ''))) {
    const entry = byState.get(i.stateCode) ?? { signed: null, consent: null };
    if (i.action === 'signature') entry.signed ??= knownBy(i);
    else if (CONSENT_ACTIONS.has(i.action)) entry.consent ??= i;
    byState.set(i.stateCode, entry);
  }
  const consents = [...byState.values()]
    .map((e) => e.consent)
    .filter((c): c is Instrument => c !== null)
    .sort((a, b) => (knownBy(a) ?? '').localeCompare(knownBy(b) ?? ''));
  const identified = consents.length;
  const attestedNow = Math.max(0, ...attested.filter((a) => a.asOf <= date).map((a) => a.count));
  const count = Math.max(identified, attestedNow);
  const { required, daysAfter, lateDaysAfter } = rule;
  // The day can be computed only from named instruments with their own dates, up to the one that completes the number.
  const completing = required !== null && required > 0 ? consents.slice(0, required) : [];
  const threshold =
    required !== null && completing.length === required && completing.every((c) => c.date !== null)
      ? completing[required - 1]!.date
      : null;
  const entryDay = threshold !== null && daysAfter !== null ? addDays(threshold, daysAfter) : null;
  const inForceOn = entryDay !== null && entryDay <= date ? entryDay : null;
  const maybeInForce = required !== null && count >= required && entryDay === null;
  const states: StateStatus[] = [...byState.entries()]
    .map(([stateCode, e]) => {
      let partySince: IsoDate | null = null;
      if (e.consent && entryDay !== null && threshold !== null) {
        const own = e.consent.date;
        if (own !== null && own <= threshold) partySince = entryDay;
        else if (own !== null && lateDaysAfter !== null) {
          const later = addDays(own, lateDaysAfter);
          // biome-ignore lint/complexity/useMathMinMax: the days are ISO strings, which Math.max would turn into NaN
          partySince = later < entryDay ? entryDay : later;
        }
      }
      return {
        stateCode,
        signed: e.signed,
        consent: e.consent
          ? { action: e.consent.action, date: e.consent.date, dateAttested: e.consent.dateAttested }
          : null,
        partySince: partySince !== null && partySince <= date ? partySince : null,
      };
    })
    .sort((a, b) => a.stateCode.localeCompare(b.stateCode));
  return {
    count,
    identified,
    required,
    stillNeeded: required === null ? null : Math.max(0, required - count),
    inForce: inForceOn !== null,
    inForceOn,
    entersOn: entryDay,
    maybeInForce,
    parties: states.filter((s) => s.partySince !== null).map((s) => s.stateCode),
    states,
  };
}

/** Why a state's instrument is refused: before the text was adopted, or a second of its kind. */
export function instrumentProblems(
  adopted: string | null,
  existing: readonly Pick<Instrument, 'stateCode' | 'action'>[],
  proposed: Pick<Instrument, 'stateCode' | 'action' | 'date'>,
): Array<{ field: 'date' | 'state_code'; reason: 'before-adoption' | 'twice' }> {
  const problems: Array<{ field: 'date' | 'state_code'; reason: 'before-adoption' | 'twice' }> = [];
  if (proposed.date !== null && adopted !== null && proposed.date < firstDay(adopted))
    problems.push({ field: 'date', reason: 'before-adoption' });
  const consent = CONSENT_ACTIONS.has(proposed.action);
  const same = existing.some(
    (e) =>
      e.stateCode === proposed.stateCode && (consent ? CONSENT_ACTIONS.has(e.action) : e.action === proposed.action),
  );
  if (same) problems.push({ field: 'state_code', reason: 'twice' });
  return problems;
}

// ---------------------------------------------------------------- the record

export type StateActionRecord = Readonly<{
  id: string;
  stateCode: string;
  action: StateAction;
  date: string | null;
  dateAttested: string | null;
  depositDate: string | null;
  reference: string | null;
  note: Bilingual | null;
  provenance: Provenance;
}>;

export type DocumentRecord = Readonly<{
  id: string;
  kind: DocumentKind;
  title: Readonly<{ en: string; ru: string | null }>;
  date: string | null;
  place: Bilingual | null;
  meetingId: string | null;
  bodyId: string | null;
  priorityAreaId: string | null;
  dimensionId: string | null;
  amendsId: string | null;
  replacesId: string | null;
  classification: Classification;
  stage: Stage;
  symbol: string | null;
  adoption: Readonly<{
    method: AdoptionMethod | null;
    silence: SilenceProcedure | null;
  }>;
  text: Readonly<{ en: string | null; ru: string | null }>;
  rule: EntryRule;
  note: Bilingual | null;
  provenance: Provenance;
  actions: StateActionRecord[];
  attested: AttestedCount[];
}>;
