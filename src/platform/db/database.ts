/**
 * The tables as Kysely sees them. Dates are ISO text (`YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`) in both engines, so one comparison works everywhere and a
 * partial date stays as precise as its source. Ids are text: the pack names
 * its records, and neither engine has to hand out numbers.
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';

type Sourced = {
  /** Keys of the sources that state the fact (see packs/cica/README.md). */
  sources: string;
  /** H: the Secretariat or a legal text; M: a reliable secondary source; L: weaker. */
  confidence: string;
};

export type StateTable = {
  version: Generated<number>;
  retired_at: string | null;
  code: string;
  name_en: string;
  name_ru: string | null;
  official_name_en: string | null;
  official_name_ru: string | null;
};

export type StateStatusTable = Sourced & {
  version: Generated<number>;
  id: string;
  state_code: string;
  status: string;
  from_date: string | null;
  from_attested: string | null;
  until_date: string | null;
  until_attested: string | null;
  meeting_id: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type OrganizationTable = {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  acronym_en: string | null;
  acronym_ru: string | null;
  name_en: string;
  name_ru: string | null;
};

export type OrganizationRelationTable = Sourced & {
  version: Generated<number>;
  id: string;
  organization_id: string;
  relation: string;
  instrument_en: string | null;
  instrument_ru: string | null;
  from_date: string | null;
  from_attested: string | null;
  until_date: string | null;
  place_en: string | null;
  place_ru: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type ChairTermTable = Sourced & {
  version: Generated<number>;
  id: string;
  state_code: string;
  from_date: string;
  until_date: string | null;
  planned_until: string | null;
  designated_on: string | null;
  handover_meeting_id: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type BodyTable = {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  kind: string;
  position: number;
  name_en: string;
  name_ru: string | null;
  acronym_en: string | null;
  acronym_ru: string | null;
  former_name_en: string | null;
  former_name_ru: string | null;
  renamed_on: string | null;
  founded: string | null;
  role_en: string | null;
  role_ru: string | null;
  frequency_en: string | null;
  frequency_ru: string | null;
};

/** How a body names the meetings of its series, from a date on (a renaming starts a new row). */
export type MeetingSeriesTable = {
  id: string;
  body_id: string;
  from_date: string | null;
  noun_en: string;
  /** The head noun's six case forms, JSON: {"nom":…, "gen":…, "dat":…, "acc":…, "ins":…, "prep":…}. */
  head_ru: string;
  gender_ru: string;
  /** What follows the head noun, already in its fixed case ("Совета министров иностранных дел СВМДА"). */
  tail_ru: string;
};

export type PersonTable = {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  name_en: string;
  name_ru: string | null;
  state_code: string | null;
  portrait_picture_id: string | null;
};

export type PersonNameTable = {
  version: Generated<number>;
  id: string;
  person_id: string;
  name: string;
  lang: string;
  script: string;
  /** null: as the sources spell it; 'secretariat': the Secretariat's own rendering, no source gives it. */
  origin: string | null;
  /** The romanization system the spelling follows (people.ts ROMANIZATIONS); null: not known. */
  romanization: string | null;
};

export type PositionTable = Sourced & {
  version: Generated<number>;
  id: string;
  person_id: string;
  post: string;
  from_date: string | null;
  from_attested: string | null;
  until_date: string | null;
  until_attested: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type CatalogueVersionTable = Sourced & {
  version: Generated<number>;
  id: string;
  adopted_on: string;
  meeting_id: string | null;
  title_en: string;
  title_ru: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type DimensionTable = {
  version: Generated<number>;
  id: string;
  position: number;
  name_en: string;
  name_ru: string | null;
};

export type PriorityAreaTable = {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  dimension_id: string;
  position: number;
  name_en: string;
  name_ru: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type MeasureTable = Sourced & {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  dimension_id: string;
  priority_area_id: string | null;
  catalogue_version_id: string;
  code: string | null;
  position: number;
  text_en: string;
  text_ru: string | null;
};

export type CoordinatorTermTable = Sourced & {
  version: Generated<number>;
  id: string;
  priority_area_id: string;
  state_code: string;
  role: string;
  from_date: string | null;
  from_attested: string | null;
  until_date: string | null;
  until_attested: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type DocumentTable = Sourced & {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  kind: string;
  title_en: string;
  title_ru: string | null;
  date: string | null;
  place_en: string | null;
  place_ru: string | null;
  meeting_id: string | null;
  body_id: string | null;
  priority_area_id: string | null;
  classification: string;
  note_en: string | null;
  note_ru: string | null;
  /** draft, adopted or not-adopted (a silence procedure that was broken). */
  stage: Generated<string>;
  symbol: string | null;
  dimension_id: string | null;
  amends_id: string | null;
  replaces_id: string | null;
  adoption_method: string | null;
  silence_circulated_on: string | null;
  silence_deadline: string | null;
  silence_broken_by: string | null;
  silence_broken_on: string | null;
  text_en: string | null;
  text_ru: string | null;
  eif_required: number | null;
  eif_days_after: number | null;
  eif_late_days_after: number | null;
};

export type DocumentVersionTable = {
  id: string;
  document_id: string;
  number: number;
  meeting_id: string | null;
  step: string;
  text_en: string;
  text_ru: string | null;
  created_at: string;
  created_by: string | null;
};

export type DocumentAttestedTable = Sourced & {
  id: string;
  version: Generated<number>;
  document_id: string;
  count: number;
  as_of: string;
};

export type DocumentFileTable = {
  id: string;
  document_id: string;
  file_key: string;
  name: string;
  type: string;
  size: number;
  lang: string | null;
  created_at: string;
  created_by: string | null;
};

export type DocumentActionTable = Sourced & {
  version: Generated<number>;
  id: string;
  document_id: string;
  state_code: string;
  action: string;
  date: string | null;
  date_attested: string | null;
  reference: string | null;
  deposit_date: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type SettingTable = { key: string; value: string };

export type AccountTable = {
  id: string;
  email: string;
  name: string;
  role: string;
  state_code: string | null;
  password_hash: string;
  created_at: string;
  retired_at: string | null;
  version: Generated<number>;
};

export type SessionTable = {
  /** The SHA-256 of the token in the visitor's cookie: a stolen database holds no usable session. */
  id: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
};

/** An attempt to sign in, kept from before its password is checked; a wrong one stays until it is old. */
export type SignInAttemptTable = { id: string; email: string; address: string; at: string };

export type AuditEntryTable = {
  id: string;
  at: string;
  account_id: string | null;
  action: string;
  record_type: string;
  record_id: string;
  /** The record's values before and after, as JSON; null where there was none. */
  before: string | null;
  after: string | null;
};

export type PressReleaseTable = {
  id: string;
  slug: string;
  status: string;
  place_en: string | null;
  place_ru: string | null;
  date: string;
  date_to: string | null;
  title_en: string | null;
  title_ru: string | null;
  lead_en: string | null;
  lead_ru: string | null;
  body_en: string | null;
  body_ru: string | null;
  contact_name: string | null;
  contact_title: string | null;
  contact_name_ru: string | null;
  contact_title_ru: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  publish_at: string | null;
  published_at: string | null;
  corrected_at: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
};

export type ReleaseLinkTable = {
  id: string;
  release_id: string;
  kind: string;
  target_id: string;
  /** null: a link; 'proposed': found in the text, waiting for an editor; 'dismissed': turned down (migration 0036). */
  proposal: string | null;
  /** The words the proposal was found by, a JSON array of strings. */
  evidence: string | null;
};
export type ReleaseImageTable = {
  id: string;
  release_id: string;
  position: number;
  src: string;
  caption_en: string | null;
  caption_ru: string | null;
};
export type SecretariatTable = { id: string; emblem_picture_id: string | null; version: Generated<number> };
export type ReleasePictureTable = { release_id: string; role: string; position: number; picture_id: string };
export type ReleaseEventTable = {
  id: string;
  release_id: string;
  at: string;
  account_id: string | null;
  action: string;
  comment: string | null;
};
/** API tokens are stored as hashes, like sessions. */
export type ApiTokenTable = { id: string; account_id: string; label: string; created_at: string };

/** One searchable text in one language: a release, a state, a body, a priority area, a person, a document. */
export type SearchEntryTable = {
  id: string;
  type: string;
  ref_id: string;
  lang: string;
  title: string;
  body: string;
  date: string | null;
  /** Where it lives on the site, without the language prefix. */
  path: string;
  /** Space-separated state codes and dimension ids it concerns, for filters: " AZ KZ ". */
  states: string;
  dimensions: string;
};

/** As stored. SQLite: `fts_rowid` is the entry's row in the full-text index (search.ts says what it encodes); PostgreSQL has no such column. */
export type SearchEntryRow = SearchEntryTable & { fts_rowid: ColumnType<number | null, number | undefined, never> };

export type ActionPlanTable = {
  id: string;
  year: number;
  title_en: string;
  title_ru: string | null;
  approved_on: string | null;
  meeting_id: string | null;
  note_en: string | null;
  note_ru: string | null;
  version: Generated<number>;
};

export type PlanItemTable = {
  id: string;
  plan_id: string;
  priority_area_id: string | null;
  dimension_id: string | null;
  title_en: string;
  title_ru: string | null;
  kind: string;
  /** Space-separated state codes. */
  responsible: string | null;
  planned_from: string;
  planned_until: string | null;
  place_en: string | null;
  place_ru: string | null;
  format: string | null;
  decision: string;
  note_en: string | null;
  note_ru: string | null;
  version: Generated<number>;
};

export type ActivityTable = {
  id: string;
  kind: string;
  status: string;
  /** Null for a numbered meeting of a body, whose title comes from the body's series. */
  title_en: string | null;
  title_ru: string | null;
  /** As precise as the source: a meeting known only by its month or year keeps `YYYY-MM` or `YYYY`. */
  start_date: string;
  end_date: string | null;
  city_en: string | null;
  city_ru: string | null;
  country_code: string | null;
  format: string | null;
  body_id: string | null;
  /** A meeting of the body: its number in the body's series (regular meetings) and its kind. */
  meeting_number: number | null;
  meeting_kind: string | null;
  dimension_id: string | null;
  /** Space-separated: priority area ids; organizer and host parties (state codes, organization ids, "secretariat"); participating state codes. */
  areas: string | null;
  organizers: string | null;
  hosts: string | null;
  participants: string | null;
  participant_count: number | null;
  plan_item_id: string | null;
  summary_en: string | null;
  summary_ru: string | null;
  outcome_en: string | null;
  outcome_ru: string | null;
  /** Null when the Secretariat recorded the activity itself; a fact taken from the pack names its sources. */
  sources: string | null;
  confidence: string | null;
  retired_at: string | null;
  version: Generated<number>;
};

export type ActivityPersonTable = {
  id: string;
  activity_id: string;
  person_id: string;
  state_code: string | null;
  role: string;
  /** The title to show where the record of the person's posts does not give it. */
  title_en: string | null;
  title_ru: string | null;
  version: Generated<number>;
};

export type ActivityOutcomeTable = {
  id: string;
  activity_id: string;
  kind: string;
  document_id: string | null;
  text_en: string | null;
  text_ru: string | null;
  version: Generated<number>;
};

export type DigestIssueTable = {
  id: string;
  number: number;
  lang: string;
  title: string;
  period_from: string;
  period_to: string;
  status: string;
  foreword_author: string | null;
  foreword_title: string | null;
  foreword_text: string | null;
  spotlight_release_id: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  version: Generated<number>;
  cover_picture_id: string | null;
};
export type DigestArticleTable = {
  id: string;
  issue_id: string;
  release_id: string;
  position: number;
  teaser: Generated<number>;
  section: string | null;
  teaser_position: number | null;
  teaser_text: string | null;
  pull_quote: string | null;
  picture_id: string | null;
};
/** A picture of the media library: its widths in the file store (JSON), and its words in both languages. */
export type PictureTable = {
  id: string;
  sizes: string;
  width: number;
  height: number;
  alt_en: string;
  alt_ru: string | null;
  caption_en: string | null;
  caption_ru: string | null;
  credit: string | null;
  /** The credit in Russian (migration 0040); null where only the English is known. */
  credit_ru: string | null;
  shown_on: string | null;
  activity_id: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
/** One published edition of an issue, frozen: the issue as it was laid out (JSON), and its PDF once made. */
export type DigestEditionTable = {
  id: string;
  issue_id: string;
  edition: number;
  published_at: string;
  snapshot: string;
  pdf_key: string | null;
};
/** The Secretariat's contact block as the digest prints it: one row per language. */
export type DigestContactTable = {
  lang: string;
  address: string;
  phone: string;
  email: string;
  web: string;
  social: string;
  version: Generated<number>;
};
/** Flash-briefing items (text, perhaps a release), activity pictures (src, caption as text) and partner pages (title, text, src). */
export type DigestPartTable = {
  id: string;
  issue_id: string;
  position: number;
  title: string | null;
  text: string | null;
  src: string | null;
  release_id: string | null;
  place: string | null;
};

/** SQLite only: every word in the full-text index, for expanding a query's beginnings. */
export type SearchTermTable = { term: string };
export type SearchOutboxTable = { type: string; ref_id: string; queued_at: string };
/** Background work as the office sees it (platform/jobs). */
export type JobTable = {
  id: string;
  kind: string;
  state: string;
  data: string;
  done: Generated<number>;
  total: Generated<number>;
  attempts: Generated<number>;
  result: string | null;
  error: string | null;
  /** A stable code of what failed (`PDF_LAYOUT`), said in the reader's language; null: only `error`'s text. */
  error_code: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

/** A PDF laid out for one version of its data (`stamp`), kept in the file store (platform/jobs/layouts). */
export type PdfLayoutTable = {
  subject: string;
  stamp: string;
  file_key: string | null;
  job_id: string | null;
  created_at: string;
  updated_at: string;
};

/** A source the record's facts cite by its key (`sources` columns): what a reader's citation is made of. */
export type SourceTable = {
  key: string;
  url: string | null;
  title_en: string | null;
  title_ru: string | null;
  publisher_en: string | null;
  publisher_ru: string | null;
  date: string | null;
};

export type BudgetTable = Sourced & {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  year: number;
  currency: string | null;
  approved_on: string | null;
  meeting_id: string | null;
  budget_document_id: string | null;
  financial_report_id: string | null;
  audit_report_id: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type BudgetChapterTable = {
  version: Generated<number>;
  id: string;
  budget_id: string;
  position: number;
  title_en: string;
  title_ru: string | null;
  /** Decimal text, exact on both engines. */
  amount: string;
};

export type ContributionTable = Sourced & {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  year: number;
  state_code: string | null;
  organization_id: string | null;
  kind: string;
  purpose_en: string | null;
  purpose_ru: string | null;
  description_en: string | null;
  description_ru: string | null;
  amount: string | null;
  currency: string | null;
  pledged_on: string | null;
  received_on: string | null;
  release_id: string | null;
  note_en: string | null;
  note_ru: string | null;
};

export type ExchangeRateTable = Sourced & {
  version: Generated<number>;
  id: string;
  year: number;
  currency: string;
  base_currency: string;
  rate: string;
};

export type ContributorRankTable = Sourced & {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  year: number;
  rank: number;
  state_code: string | null;
  organization_id: string | null;
};

export type CapsuleTable = Sourced & {
  version: Generated<number>;
  retired_at: string | null;
  id: string;
  title_en: string;
  title_ru: string | null;
  sealed_on: string | null;
  place_en: string | null;
  place_ru: string | null;
  opens_on: string;
  people_present: string | null;
  states_present: string | null;
  note_en: string | null;
  note_ru: string | null;
};

/** A capsule's contents, sealed: ciphertext only; the key lives in a file, never here. */
export type CapsuleSealTable = {
  capsule_id: string;
  sealed_at: string;
  opens_on: string;
  digest: string;
  nonce: string;
  tag: string;
  ciphertext: string;
};

/** An outlet whose articles media monitoring imports; its articles and findings are media's own tables. */
export type MediaSourceTable = {
  id: string;
  name: string;
  country_code: string | null;
  lang: string | null;
  site: string | null;
  feed_url: string | null;
  version: Generated<number>;
};

export type SpeechTable = {
  id: string;
  slug: string;
  status: string;
  date: string;
  place_en: string | null;
  place_ru: string | null;
  title_en: string | null;
  title_ru: string | null;
  occasion_en: string | null;
  occasion_ru: string | null;
  speaker_id: string | null;
  speaker_name: string | null;
  speaker_post: string | null;
  body_en: string | null;
  body_ru: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
};
export type ArchiveItemTable = {
  key: string;
  kind: string;
  item_id: string;
  file: string;
  layout: string;
  imported_at: string;
  imported_by: string | null;
};
export type ArchiveAddressTable = { address: string; item_key: string };
export type ArchiveFlagTable = {
  id: string;
  item_key: string;
  kind: string;
  detail: string;
  status: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  version: Generated<number>;
};

export type Database = {
  source: SourceTable;
  state: StateTable;
  state_status: StateStatusTable;
  organization: OrganizationTable;
  organization_relation: OrganizationRelationTable;
  chair_term: ChairTermTable;
  body: BodyTable;
  meeting_series: MeetingSeriesTable;
  person: PersonTable;
  person_name: PersonNameTable;
  position: PositionTable;
  catalogue_version: CatalogueVersionTable;
  dimension: DimensionTable;
  priority_area: PriorityAreaTable;
  measure: MeasureTable;
  coordinator_term: CoordinatorTermTable;
  document: DocumentTable;
  document_action: DocumentActionTable;
  document_version: DocumentVersionTable;
  document_attested: DocumentAttestedTable;
  document_file: DocumentFileTable;
  setting: SettingTable;
  account: AccountTable;
  session: SessionTable;
  sign_in_attempt: SignInAttemptTable;
  audit_entry: AuditEntryTable;
  press_release: PressReleaseTable;
  release_link: ReleaseLinkTable;
  release_image: ReleaseImageTable;
  release_picture: ReleasePictureTable;
  secretariat: SecretariatTable;
  release_event: ReleaseEventTable;
  api_token: ApiTokenTable;
  search_entry: SearchEntryRow;
  search_term: SearchTermTable;
  search_outbox: SearchOutboxTable;
  job: JobTable;
  pdf_layout: PdfLayoutTable;
  action_plan: ActionPlanTable;
  plan_item: PlanItemTable;
  activity: ActivityTable;
  activity_person: ActivityPersonTable;
  activity_outcome: ActivityOutcomeTable;
  digest_issue: DigestIssueTable;
  digest_article: DigestArticleTable;
  digest_flash: DigestPartTable;
  digest_picture: DigestPartTable;
  digest_partner: DigestPartTable;
  speech: SpeechTable;
  archive_item: ArchiveItemTable;
  archive_address: ArchiveAddressTable;
  archive_flag: ArchiveFlagTable;
  budget: BudgetTable;
  budget_chapter: BudgetChapterTable;
  contribution: ContributionTable;
  exchange_rate: ExchangeRateTable;
  contributor_rank: ContributorRankTable;
  capsule: CapsuleTable;
  capsule_seal: CapsuleSealTable;
  media_source: MediaSourceTable;
  digest_edition: DigestEditionTable;
  digest_contact: DigestContactTable;
  picture: PictureTable;
};

export type Db = Kysely<Database> | Transaction<Database>;
