/** Budgets, contributions, exchange rates and published rankings, as staff edit them. */
import './finance.messages.ts';
import {
  type Field,
  type RecordsOf,
  type Values,
  choices,
  notes,
  optionLabel,
  provenance,
  s,
} from '../platform/records.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { AMOUNT_PATTERN, CONTRIBUTION_KINDS, RATE_PATTERN, contributionProblems, isCurrency } from './finance.ts';

const KINDS = choices(CONTRIBUTION_KINDS, (k) => `finance.kind.${k}`);

const year: Field = { column: 'year', kind: 'number', label: 'finance.col.year', required: true };
const currency = (
  column: string,
  label: 'finance.col.currency' | 'finance.col.base_currency',
  required: boolean,
): Field => ({
  column,
  kind: 'text',
  label,
  required,
});

/** A currency field's problem: ISO 4217 codes only, so a typo cannot become a currency of its own. */
const currencyProblem = (v: Values, column: string): FieldProblem[] =>
  v[column] !== null && v[column] !== undefined && !isCurrency(s(v[column]))
    ? [{ field: column, message: 'finance.currency' }]
    : [];

const contributor = (v: Values) => s(v.state_code) || s(v.organization_id);

export const financeRecords: RecordsOf = {
  records: [
    {
      type: 'budgets',
      table: 'budget',
      key: 'id',
      labels: { one: 'res.budget', many: 'res.budgets' },
      order: 'year',
      retirable: true,
      fields: [
        year,
        currency('currency', 'finance.col.currency', false),
        { column: 'approved_on', kind: 'partial-date', label: 'finance.col.approved_on' },
        { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.meeting_id' },
        { column: 'budget_document_id', kind: 'ref', ref: 'document', label: 'finance.col.budget_document_id' },
        { column: 'financial_report_id', kind: 'ref', ref: 'document', label: 'finance.col.financial_report_id' },
        { column: 'audit_report_id', kind: 'ref', ref: 'document', label: 'finance.col.audit_report_id' },
        ...notes,
        ...provenance,
      ],
      title: (v) => s(v.year),
      children: ['budget-chapters'],
      check: async (v) => currencyProblem(v, 'currency'),
      publicPath: (v) => `/finance/${s(v.year)}`,
    },
    {
      type: 'budget-chapters',
      table: 'budget_chapter',
      key: 'id',
      labels: { one: 'res.budgetChapter', many: 'res.budgetChapters' },
      order: 'position',
      retirable: false,
      parent: { type: 'budgets', column: 'budget_id' },
      fields: [
        { column: 'budget_id', kind: 'ref', ref: 'budget', label: 'res.budget', required: true, immutable: true },
        { column: 'position', kind: 'number', label: 'col.position', required: true },
        { column: 'title_en', kind: 'text', label: 'col.title_en', lang: 'en', required: true },
        { column: 'title_ru', kind: 'text', label: 'col.title_ru', lang: 'ru' },
        { column: 'amount', kind: 'text', label: 'finance.col.amount', required: true, pattern: AMOUNT_PATTERN },
      ],
      title: (v) => `${s(v.title_en)}: ${s(v.amount)}`,
    },
    {
      type: 'contributions',
      table: 'contribution',
      key: 'id',
      labels: { one: 'res.contribution', many: 'res.contributions' },
      order: 'year',
      retirable: true,
      fields: [
        year,
        { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code' },
        { column: 'organization_id', kind: 'ref', ref: 'organization', label: 'col.organization_id' },
        { column: 'kind', kind: 'select', options: KINDS, label: 'finance.kind', required: true },
        { column: 'purpose_en', kind: 'text', label: 'finance.col.purpose_en', lang: 'en' },
        { column: 'purpose_ru', kind: 'text', label: 'finance.col.purpose_ru', lang: 'ru' },
        { column: 'description_en', kind: 'textarea', label: 'finance.col.description_en', lang: 'en' },
        { column: 'description_ru', kind: 'textarea', label: 'finance.col.description_ru', lang: 'ru' },
        { column: 'amount', kind: 'text', label: 'finance.col.amount' },
        currency('currency', 'finance.col.currency', false),
        { column: 'pledged_on', kind: 'date', label: 'finance.col.pledged_on' },
        { column: 'received_on', kind: 'date', label: 'finance.col.received_on' },
        { column: 'release_id', kind: 'ref', ref: 'release', label: 'finance.col.release_id' },
        ...notes,
        ...provenance,
      ],
      title: (v, lang) => `${contributor(v)} ${s(v.year)}: ${optionLabel(lang, KINDS, v.kind)}`,
      check: async (v) => contributionProblems(v),
      publicPath: (v) => `/finance/${s(v.year)}`,
    },
    {
      type: 'exchange-rates',
      table: 'exchange_rate',
      key: 'id',
      labels: { one: 'res.exchangeRate', many: 'res.exchangeRates' },
      order: 'year',
      retirable: false,
      fields: [
        year,
        currency('currency', 'finance.col.currency', true),
        currency('base_currency', 'finance.col.base_currency', true),
        { column: 'rate', kind: 'text', label: 'finance.col.rate', required: true },
        ...provenance,
      ],
      title: (v) => `${s(v.year)}: 1 ${s(v.currency)} = ${s(v.rate)} ${s(v.base_currency)}`,
      check: async (v) => [
        ...currencyProblem(v, 'currency'),
        ...currencyProblem(v, 'base_currency'),
        ...(RATE_PATTERN.test(s(v.rate)) && /[1-9]/.test(s(v.rate))
          ? []
          : [{ field: 'rate', message: 'finance.rateFormat' }]),
      ],
    },
    {
      type: 'contributor-ranks',
      table: 'contributor_rank',
      key: 'id',
      labels: { one: 'res.contributorRank', many: 'res.contributorRanks' },
      order: 'year',
      retirable: true,
      fields: [
        year,
        { column: 'rank', kind: 'number', label: 'finance.col.rank', required: true },
        { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code' },
        { column: 'organization_id', kind: 'ref', ref: 'organization', label: 'col.organization_id' },
        ...provenance,
      ],
      title: (v) => `${s(v.year)} #${s(v.rank)}: ${contributor(v)}`,
      check: async (v) => [
        ...(Number(v.rank) >= 1 ? [] : [{ field: 'rank', message: 'field.numberRange' }]),
        ...((s(v.state_code) === '') === (s(v.organization_id) === '')
          ? [{ field: 'state_code', message: 'finance.oneContributor' }]
          : []),
      ],
      publicPath: (v) => `/finance/${s(v.year)}`,
    },
  ],
  references: [
    { kind: 'budget', table: 'budget', key: 'id', label: ['year', 'year'] },
    { kind: 'release', table: 'press_release', key: 'id', label: ['title_en', 'title_ru'], extra: 'date' },
  ],
};
