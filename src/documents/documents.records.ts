/** Documents, what each state did with them (signature, instruments of consent) and the counts sources attest, as staff edit them. */
import './documents.messages.ts';
import type { FieldProblem } from '../platform/errors.ts';
import {
  type RecordReader,
  type RecordsOf,
  type Values,
  bilingual,
  choices,
  named,
  notes,
  optionLabel,
  provenance,
  s,
} from '../platform/records.ts';
import {
  ADOPTION_METHODS,
  CLASSIFICATIONS,
  DOCUMENT_KINDS,
  STAGES,
  STATE_ACTIONS,
  type StateAction,
  instrumentProblems,
  silenceProblems,
} from './documents.ts';

const ACTIONS = choices(STATE_ACTIONS, (v) => `action.${v}`);

const text = (v: Values[string] | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v);

/** A silence procedure recorded in the office keeps the same rules as one recorded in drafting. */
async function documentProblems(values: Values): Promise<FieldProblem[]> {
  const circulatedOn = text(values.silence_circulated_on);
  const deadline = text(values.silence_deadline);
  const brokenOn = text(values.silence_broken_on);
  const brokenBy = text(values.silence_broken_by);
  if (!circulatedOn || !deadline) {
    return brokenOn || brokenBy ? [{ field: 'silence_deadline', message: 'field.required' }] : [];
  }
  const columns = {
    circulatedOn: 'silence_circulated_on',
    deadline: 'silence_deadline',
    brokenOn: 'silence_broken_on',
    brokenBy: 'silence_broken_by',
  } as const;
  return silenceProblems({ circulatedOn, deadline, brokenOn, brokenBy }).map((p) => ({
    field: columns[p.field],
    message: `doc.silence.${p.reason}`,
  }));
}

/** A state's instrument: not before the text was adopted, and one of each kind a state and document. */
async function actionProblems(values: Values, read: RecordReader): Promise<FieldProblem[]> {
  const documentId = s(values.document_id);
  const [doc] = await read.list('documents', { id: documentId });
  const others = (await read.list('document-actions', { document_id: documentId })).filter((o) => o.id !== values.id);
  return instrumentProblems(
    text(doc?.date),
    others.map((o) => ({ stateCode: s(o.state_code), action: s(o.action) as StateAction })),
    { stateCode: s(values.state_code), action: s(values.action) as StateAction, date: text(values.date) },
  ).map((p) => ({ field: p.field, message: `doc.instrument.${p.reason}` }));
}

export const documentsRecords: RecordsOf = {
  records: [
    {
      type: 'documents',
      table: 'document',
      key: 'id',
      labels: { one: 'res.document', many: 'res.documents' },
      order: 'date',
      retirable: true,
      fields: [
        {
          column: 'kind',
          kind: 'select',
          options: choices(DOCUMENT_KINDS, (v) => `doc.kind.${v}`),
          label: 'col.kind',
          required: true,
        },
        ...bilingual('title', 'text', true),
        {
          column: 'stage',
          kind: 'select',
          options: choices(STAGES, (v) => `doc.stage.${v}`),
          label: 'doc.status',
          required: true,
        },
        { column: 'date', kind: 'partial-date', label: 'col.date' },
        ...bilingual('place'),
        { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.meeting_id' },
        { column: 'body_id', kind: 'ref', ref: 'body', label: 'col.body_id' },
        { column: 'priority_area_id', kind: 'ref', ref: 'area', label: 'col.priority_area_id' },
        { column: 'dimension_id', kind: 'ref', ref: 'dimension', label: 'col.dimension_id' },
        { column: 'amends_id', kind: 'ref', ref: 'document', label: 'doc.amends' },
        { column: 'replaces_id', kind: 'ref', ref: 'document', label: 'doc.replaces' },
        {
          column: 'classification',
          kind: 'select',
          options: choices(CLASSIFICATIONS, (v) => `doc.visibility.${v}`),
          label: 'col.classification',
          required: true,
        },
        {
          column: 'adoption_method',
          kind: 'select',
          options: choices(ADOPTION_METHODS, (v) => `doc.method.${v}`),
          label: 'doc.field.method',
        },
        { column: 'silence_circulated_on', kind: 'date', label: 'doc.field.circulatedOn' },
        { column: 'silence_deadline', kind: 'date', label: 'doc.field.deadline' },
        { column: 'silence_broken_by', kind: 'ref', ref: 'state', label: 'doc.field.brokenBy' },
        { column: 'silence_broken_on', kind: 'date', label: 'doc.field.brokenOn' },
        ...bilingual('text', 'textarea'),
        { column: 'eif_required', kind: 'number', label: 'doc.field.eifRequired' },
        { column: 'eif_days_after', kind: 'number', label: 'doc.field.eifDaysAfter' },
        { column: 'eif_late_days_after', kind: 'number', label: 'doc.field.eifLateDaysAfter' },
        ...notes,
        ...provenance,
      ],
      title: (v, lang) => named(lang, v, 'title_en', 'title_ru'),
      children: ['document-actions', 'document-attested'],
      check: documentProblems,
      publicPath: (v) => `/documents/${s(v.id)}`,
    },
    {
      type: 'document-actions',
      table: 'document_action',
      key: 'id',
      labels: { one: 'res.documentAction', many: 'res.documentActions' },
      order: 'date',
      retirable: false,
      parent: { type: 'documents', column: 'document_id' },
      fields: [
        {
          column: 'document_id',
          kind: 'ref',
          ref: 'document',
          label: 'col.document_id',
          required: true,
          immutable: true,
        },
        { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code', required: true },
        {
          column: 'action',
          kind: 'select',
          options: ACTIONS,
          label: 'col.action',
          required: true,
        },
        { column: 'date', kind: 'date', label: 'col.date' },
        { column: 'date_attested', kind: 'partial-date', label: 'col.date_attested' },
        { column: 'deposit_date', kind: 'date', label: 'doc.field.deposit_date' },
        { column: 'reference', kind: 'text', label: 'col.reference' },
        ...notes,
        ...provenance,
      ],
      check: actionProblems,
      title: (v, lang) => `${s(v.state_code)}: ${optionLabel(lang, ACTIONS, v.action)} ${s(v.date ?? v.date_attested)}`,
    },
    {
      type: 'document-attested',
      table: 'document_attested',
      key: 'id',
      labels: { one: 'res.documentAttested', many: 'res.documentAttestedMany' },
      order: 'as_of',
      retirable: false,
      parent: { type: 'documents', column: 'document_id' },
      fields: [
        {
          column: 'document_id',
          kind: 'ref',
          ref: 'document',
          label: 'col.document_id',
          required: true,
          immutable: true,
        },
        { column: 'count', kind: 'number', label: 'doc.field.count', required: true },
        { column: 'as_of', kind: 'date', label: 'doc.field.asOf', required: true },
        ...provenance,
      ],
      title: (v) => `${s(v.count)} · ${s(v.as_of)}`,
    },
  ],
  references: [{ kind: 'document', table: 'document', key: 'id', label: ['title_en', 'title_ru'] }],
};
