/**
 * A record type as staff edit it: its fields, how they validate, what its
 * title is, where it hangs, whether a new one closes an open period, what its
 * capability checks before a save and fills in as it saves. Each capability
 * describes its own (`cbm/cbm.records.ts`); the composition root hands the
 * list to the office, a generic engine that drives the list, the record page,
 * the form, the schema and the audit trail from it, so every part of the
 * record is edited the same safe way.
 */
import { z } from 'zod';
import { firstDay, isIsoDate, isPartialDate, lastDay } from './dates.ts';
import type { Change } from './changes.ts';
import type { Database } from './db/database.ts';
import type { FieldProblem } from './errors.ts';
import { storedInt } from './numbers.ts';
import { type Lang, type MessageKey, pick, t } from './i18n/i18n.ts';

export type Values = Record<string, string | number | null>;

/** What a reference field points at, by name (`state`, `area`): a capability declares the kinds its records answer to. */
export type RefKind = string;

/** One choice for a reference field: its id, its name in each language, and a hint (a date, a code). */
export type RefOption = Readonly<{ id: string; en: string | null; ru: string | null; extra: string | null }>;

/**
 * A kind of reference: the records of one table (`state`: the `state` table by
 * `code`, named by `name_en`/`name_ru`), or any of several kinds together with
 * fixed choices (a `party` is a state, an organization or the Secretariat).
 */
export type Reference =
  | Readonly<{ kind: RefKind; table: string; key: string; label: readonly [en: string, ru: string]; extra?: string }>
  | Readonly<{ kind: RefKind; anyOf: readonly RefKind[]; fixed?: readonly RefOption[] }>;

/** The one question other capabilities ask of the record's references: does this state, person, area… exist? */
export type References = Readonly<{ exists: (kind: RefKind, id: string) => Promise<boolean> }>;

/** What a record type's own checks may read: other records of a type, by column values. */
export type RecordReader = Readonly<{ list: (type: string, where: Values) => Promise<Values[]> }>;

export type Field = Readonly<{
  column: string;
  /** `refs`: several references, kept as space-separated ids. */
  kind: 'text' | 'textarea' | 'date' | 'partial-date' | 'number' | 'select' | 'ref' | 'refs';
  label: MessageKey;
  required?: boolean;
  /** A select's values and the words for each. */
  options?: Choices;
  ref?: RefKind;
  pattern?: RegExp;
  /** Set when created, never changed (a state's ISO code). */
  immutable?: boolean;
  /** One half of a translatable pair: `name_en` / `name_ru`. */
  lang?: Lang;
}>;

/** The values a select offers, each with the message that names it. */
export type Choices = Readonly<{ values: readonly string[]; label: (value: string) => MessageKey | undefined }>;

/**
 * A select's values and the message key for each: `choices(STATUSES, (s) => `status.${s}`)`.
 * The compiler checks that every value's key is a message, so no option can lack its words.
 */
export function choices<const O extends string>(values: readonly O[], key: (value: O) => MessageKey): Choices {
  const labels = new Map<string, MessageKey>(values.map((v) => [v, key(v)]));
  return { values, label: (value) => labels.get(value) };
}

export type EditableTable = Exclude<
  keyof Database,
  'setting' | 'account' | 'session' | 'sign_in_attempt' | 'audit_entry' | 'meeting_series' | 'capsule_seal'
>;

export type Resource = Readonly<{
  type: string;
  table: EditableTable;
  key: 'id' | 'code';
  labels: Readonly<{ one: MessageKey; many: MessageKey }>;
  fields: readonly Field[];
  title: (values: Values, lang: Lang) => string;
  /** The record this one belongs to, through one of its columns. */
  parent?: Readonly<{ type: string; column: string }>;
  /** Child record types listed on this record's page. */
  children?: readonly string[];
  /**
   * A period type: a new record whose slot matches an open one closes it on the
   * new start day, so history is kept rather than overwritten.
   */
  slot?: (values: Values) => Values | null;
  retirable: boolean;
  /** The order of the list. */
  order: string;
  /** Where the public site shows this record, if it does. */
  publicPath?: (values: Values) => string | null;
  /**
   * The capability's own rules across records, run before a save with the
   * values as they would be (`id` set when the record exists): an overlapping
   * coordinator term is refused here.
   */
  check?: (values: Values, read: RecordReader) => Promise<FieldProblem[]>;
  /**
   * Fills in what follows from a new record's values, in its transaction
   * (an activity that is a body's meeting gets the meeting, numbered).
   */
  complete?: (values: Values, change: Change) => Promise<Values>;
}>;

/** What a capability hands the office: the record types it owns and the kinds of reference they answer to. */
export type RecordsOf = Readonly<{ records: readonly Resource[]; references: readonly Reference[] }>;

const text = z.string().transform((s) => s.trim());
/** The longest a one-line field may be (the longest official name or document title is under 300), and a text. */
export const LINE_MAX = 1000;
const TEXT_MAX = 20000;

/** No value: nothing sent, a text of whitespace only, or no choice ticked. */
const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** The one schema for a record type, built from its fields: forms and any JSON API use it alike. */
export function schemaOf(resource: Resource, mode: 'create' | 'update') {
  const shape: Record<string, z.ZodType> = {};
  for (const f of resource.fields) {
    if (mode === 'update' && f.immutable) continue;
    let s: z.ZodType;
    switch (f.kind) {
      case 'number':
        s = storedInt();
        break;
      case 'date':
        s = text.refine(isIsoDate, 'field.date');
        break;
      case 'partial-date':
        s = text.refine(isPartialDate, 'field.partialDate');
        break;
      case 'select':
        s = z.enum((f.options?.values ?? []) as [string, ...string[]], { message: 'field.choice' });
        break;
      case 'refs':
        s = z
          .union([z.string(), z.array(z.string())])
          .transform(
            (v) =>
              [...new Set((Array.isArray(v) ? v : [v]).flatMap((x) => x.split(/[\s,;]+/)).filter(Boolean))]
                .sort()
                .join(' ') || null,
          );
        break;
      default:
        // A line (a name, a title) is bounded well below a text: one pasted by mistake would stretch every page that shows it.
        s = f.pattern
          ? text.pipe(z.string().regex(f.pattern, 'field.format'))
          : text.pipe(z.string().max(f.kind === 'textarea' ? TEXT_MAX : LINE_MAX, 'field.tooLong'));
    }
    // An empty form field means "no value": required fields refuse it, the others store null.
    // Spaces alone are empty too, so a required name of blanks is refused, not saved as "".
    shape[f.column] = z.preprocess(
      (v) => (isBlank(v) ? null : v),
      f.required ? s.nullable().refine((v) => v !== null, 'field.required') : s.nullable(),
    );
  }
  return z.object(shape).superRefine((values, ctx) => {
    for (const p of crossFieldProblems(values as Values))
      ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
}

/** Rules across fields that every period type shares. */
export function crossFieldProblems(values: Values): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const from = values.from_date ?? values.start_date;
  const until = values.until_date ?? values.end_date;
  if (
    typeof from === 'string' &&
    typeof until === 'string' &&
    isPartialDate(from) &&
    isPartialDate(until) &&
    lastDay(until) < firstDay(from)
  ) {
    problems.push({ field: 'until_date' in values ? 'until_date' : 'end_date', message: 'field.endBeforeStart' });
  }
  for (const [en, ru] of [
    ['name_en', 'name_ru'],
    ['title_en', 'title_ru'],
    ['text_en', 'text_ru'],
  ] as const) {
    if (values[ru] && !values[en] && en in values) problems.push({ field: en, message: 'field.englishFirst' });
  }
  return problems;
}

/** Validates form or JSON input; problems carry message keys, to be said in the reader's language. */
export function validate(
  resource: Resource,
  mode: 'create' | 'update',
  input: Record<string, unknown>,
): { ok: true; values: Values } | { ok: false; problems: FieldProblem[] } {
  const parsed = schemaOf(resource, mode).safeParse(input);
  if (parsed.success) return { ok: true, values: parsed.data as Values };
  // One problem a field: a blank English name is "required", not also "English first".
  const problems = new Map<string, FieldProblem>();
  for (const i of parsed.error.issues) {
    const field = i.path.join('.');
    if (!problems.has(field)) problems.set(field, { field, message: i.message });
  }
  return { ok: false, problems: [...problems.values()] };
}

/** What differs between two versions of a record, field by field. */
export function differences(resource: Resource, a: Values, b: Values): string[] {
  return resource.fields.map((f) => f.column).filter((c) => (a[c] ?? null) !== (b[c] ?? null));
}

/** The translatable pairs of a record type: `[name_en, name_ru]`. */
export function translatablePairs(resource: Resource): Array<readonly [string, string]> {
  return resource.fields
    .filter((f) => f.lang === 'en')
    .map((f) => [f.column, f.column.replace(/_en$/, '_ru')] as const)
    .filter(([, ru]) => resource.fields.some((f) => f.column === ru));
}

// Building blocks the capabilities' descriptions share.

/** A field's value as text, empty when it has none. */
export const s = (v: Values[string] | undefined): string => (v === null || v === undefined ? '' : String(v));

/** A record's name in a language, the English standing in where the Russian is missing. */
export const named = (lang: Lang, v: Values, en = 'name_en', ru = 'name_ru'): string =>
  pick(lang, s(v[en]), v[ru] == null || v[ru] === '' ? null : s(v[ru])) ?? '';

/** Every base that has a label for both halves: `name` for `col.name_en` and `col.name_ru`. */
type LabelBase<K, L extends Lang> = K extends `col.${infer B}_${L}` ? B : never;
type BilingualBase = LabelBase<MessageKey, 'en'> & LabelBase<MessageKey, 'ru'>;

/** A pair of fields, English and Russian: `name_en` / `name_ru`. */
export const bilingual = (base: BilingualBase, kind: Field['kind'] = 'text', required = false): Field[] => [
  { column: `${base}_en`, kind, label: `col.${base}_en`, lang: 'en', required },
  { column: `${base}_ru`, kind, label: `col.${base}_ru`, lang: 'ru' },
];

const CONFIDENCE = ['H', 'M', 'L'] as const;
/** Where a fact comes from and how sure the record is of it. */
export const provenance: Field[] = [
  { column: 'sources', kind: 'text', label: 'col.sources', required: true },
  {
    column: 'confidence',
    kind: 'select',
    label: 'col.confidence',
    options: choices(CONFIDENCE, (c) => `confidence.${c}`),
    required: true,
  },
];

/** A period with dates as precise as their source, and the dates that merely attest it. */
export const period: Field[] = [
  { column: 'from_date', kind: 'partial-date', label: 'col.from_date' },
  { column: 'from_attested', kind: 'partial-date', label: 'col.from_attested' },
  { column: 'until_date', kind: 'partial-date', label: 'col.until_date' },
  { column: 'until_attested', kind: 'partial-date', label: 'col.until_attested' },
];

export const notes = bilingual('note', 'textarea');

/** "2020 – 2022", "? – " for a period of unknown start. */
export const span = (v: Values): string =>
  `${s(v.from_date ?? v.from_attested) || '?'} – ${s(v.until_date ?? v.until_attested)}`;

/** An option's words in the language: `member` said as "Member state"; a value the choices do not know, as it is. */
export const optionLabel = (lang: Lang, options: Choices, value: Values[string] | undefined): string => {
  if (value === null || value === undefined || value === '') return '';
  const key = options.label(s(value));
  return key ? t(lang, key) : s(value);
};

/**
 * A kind of record that is audited but not edited through the office's forms
 * (press releases, digest issues, accounts): what the audit log and the
 * dashboard need to name an entry by its title and its fields by their labels.
 */
export type AuditedKind = Readonly<{
  type: string;
  /** The kind named in the plural (a filter's choice) and of one record (a line of the log). */
  label: MessageKey;
  one: MessageKey;
  fields: Readonly<Record<string, MessageKey>>;
  /** Titles of the records with these ids, in the language; a record since removed is left out. */
  names: (ids: readonly string[], lang: Lang) => Promise<ReadonlyMap<string, string>>;
  /** The record's office page, where it has one. */
  path: ((id: string) => string) | null;
}>;

/**
 * One cell of a panel: text in its own language (`lang`), a proper name kept as written
 * (`verbatim`, such as an outlet's), maybe a link to another site (`href`).
 */
export type PanelCell = Readonly<{
  text: string;
  lang?: string | undefined;
  verbatim?: boolean;
  href?: string | undefined;
}>;

/**
 * A read-only panel one capability adds to the office page of another's record type (media
 * monitoring: the posts a person was seen in), so that the office shows it without knowing the
 * capability. Registered in services.ts (`recordPanels`); `panel` answers null where it has nothing.
 */
export type RecordPanel = Readonly<{
  type: string;
  panel: (
    id: string,
    lang: Lang,
  ) => Promise<Readonly<{
    title: string;
    columns: readonly string[];
    rows: ReadonlyArray<readonly PanelCell[]>;
  }> | null>;
}>;
export type Panel = NonNullable<Awaited<ReturnType<RecordPanel['panel']>>>;
