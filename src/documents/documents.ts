/** What kinds of document the record keeps, and what a state can do with an instrument. */
import type { Bilingual } from '../platform/sourced.ts';
import type { Provenance } from '../platform/sourced.ts';
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
  'regulations',
  'guidelines',
  'budget',
  'report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const STATE_ACTIONS = ['signature', 'ratification', 'accession'] as const;
export type StateAction = (typeof STATE_ACTIONS)[number];

/** Founding documents and legal instruments, as opposed to the working papers of priority areas. */
export const WORKING_PAPER_KINDS: ReadonlySet<DocumentKind> = new Set(['concept-paper', 'action-plan']);

export type StateActionRecord = Readonly<{
  stateCode: string;
  action: StateAction;
  date: string | null;
  dateAttested: string | null;
  reference: string | null;
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
  note: Bilingual | null;
  provenance: Provenance;
  actions: StateActionRecord[];
}>;
