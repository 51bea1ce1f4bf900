/**
 * A record type as the office sees it: its fields, how they validate, what its
 * title is, where it hangs, and whether a new one closes an open period. One
 * description drives the list, the record page, the form, the schema and the
 * audit trail, so every part of the record is edited the same safe way.
 */
import { z } from 'zod';
import { firstDay, isIsoDate, isPartialDate, lastDay } from '../platform/dates.ts';
import type { Database, Db } from '../platform/db/database.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { storedInt } from '../platform/numbers.ts';
import type { Lang, MessageKey } from '../platform/i18n/i18n.ts';

export type Values = Record<string, string | number | null>;

export const REF_KINDS = ['state', 'meeting', 'body', 'dimension', 'area', 'version', 'person', 'organization', 'document', 'party', 'plan', 'plan-item', 'activity'] as const;
export type RefKind = (typeof REF_KINDS)[number];

export type Field = Readonly<{
  column: string;
  /** `refs`: several references, kept as space-separated ids. */
  kind: 'text' | 'textarea' | 'date' | 'partial-date' | 'number' | 'select' | 'ref' | 'refs';
  label: MessageKey;
  required?: boolean;
  options?: readonly string[];
  /** The message key prefix for option labels: `status.` + `member`. */
  optionPrefix?: string;
  ref?: RefKind;
  pattern?: RegExp;
  /** Set when created, never changed (a state's ISO code). */
  immutable?: boolean;
  /** One half of a translatable pair: `name_en` / `name_ru`. */
  lang?: Lang;
}>;

export type EditableTable = Exclude<keyof Database, 'setting' | 'account' | 'session' | 'sign_in_attempt' | 'audit_entry' | 'meeting_series'>;

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
   * Fills in what follows from a new record's values, in its transaction
   * (an activity that is a body's meeting gets the meeting, numbered).
   */
  complete?: (values: Values, db: Db, audit: (recordType: string, id: string, after: Values) => Promise<void>) => Promise<Values>;
}>;

const text = z.string().transform((s) => s.trim());

/** The one schema for a record type, built from its fields: forms and any JSON API use it alike. */
export function schemaOf(resource: Resource, mode: 'create' | 'update') {
  const shape: Record<string, z.ZodType> = {};
  for (const f of resource.fields) {
    if (mode === 'update' && f.immutable) continue;
    let s: z.ZodType;
    switch (f.kind) {
      case 'number': s = storedInt(); break;
      case 'date': s = text.refine(isIsoDate, 'field.date'); break;
      case 'partial-date': s = text.refine(isPartialDate, 'field.partialDate'); break;
      case 'select': s = z.enum(f.options as [string, ...string[]], { message: 'field.choice' }); break;
      case 'refs': s = z.union([z.string(), z.array(z.string())]).transform((v) => [...new Set((Array.isArray(v) ? v : [v]).flatMap((x) => x.split(/[\s,;]+/)).filter(Boolean))].sort().join(' ') || null); break;
      default: s = f.pattern ? text.pipe(z.string().regex(f.pattern, 'field.format')) : text.pipe(z.string().max(20000, 'field.tooLong'));
    }
    // An empty form field means "no value": required fields refuse it, the others store null.
    shape[f.column] = z.preprocess((v) => (v === '' || v === undefined || (Array.isArray(v) && v.length === 0) ? null : v), f.required ? s.nullable().refine((v) => v !== null, 'field.required') : s.nullable());
  }
  return z.object(shape).superRefine((values, ctx) => {
    for (const p of crossFieldProblems(values as Values)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
}

/** Rules across fields that every period type shares. */
export function crossFieldProblems(values: Values): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const from = values.from_date ?? values.start_date;
  const until = values.until_date ?? values.end_date;
  if (typeof from === 'string' && typeof until === 'string' && isPartialDate(from) && isPartialDate(until) && lastDay(until) < firstDay(from)) {
    problems.push({ field: 'until_date' in values ? 'until_date' : 'end_date', message: 'field.endBeforeStart' });
  }
  for (const [en, ru] of [['name_en', 'name_ru'], ['title_en', 'title_ru'], ['text_en', 'text_ru']] as const) {
    if (values[ru] && !values[en] && en in values) problems.push({ field: en, message: 'field.englishFirst' });
  }
  return problems;
}

/** Validates form or JSON input; problems carry message keys, to be said in the reader's language. */
export function validate(resource: Resource, mode: 'create' | 'update', input: Record<string, unknown>):
  { ok: true; values: Values } | { ok: false; problems: FieldProblem[] } {
  const parsed = schemaOf(resource, mode).safeParse(input);
  if (parsed.success) return { ok: true, values: parsed.data as Values };
  return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) };
}

/** What differs between two versions of a record, field by field. */
export function differences(resource: Resource, a: Values, b: Values): string[] {
  return resource.fields.map((f) => f.column).filter((c) => (a[c] ?? null) !== (b[c] ?? null));
}

/** The translatable pairs of a record type: `[name_en, name_ru]`. */
export function translatablePairs(resource: Resource): Array<readonly [string, string]> {
  return resource.fields.filter((f) => f.lang === 'en')
    .map((f) => [f.column, f.column.replace(/_en$/, '_ru')] as const)
    .filter(([, ru]) => resource.fields.some((f) => f.column === ru));
}
