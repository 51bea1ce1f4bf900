import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from '../../migrations/0001_foundation.ts';
import * as m0002 from '../../migrations/0002_office.ts';
import * as m0003 from '../../migrations/0003_newsroom.ts';
import * as m0004 from '../../migrations/0004_search.ts';
import * as m0005 from '../../migrations/0005_search_terms.ts';
import * as m0006 from '../../migrations/0006_activities.ts';
import * as m0007 from '../../migrations/0007_digest.ts';
import * as m0008 from '../../migrations/0008_sign_in_attempts.ts';
import * as m0009 from '../../migrations/0009_russian_names_optional.ts';
import * as m0010 from '../../migrations/0010_search_outbox.ts';
import * as m0011 from '../../migrations/0011_release_date_index.ts';
import * as m0012 from '../../migrations/0012_name_renderings.ts';
import * as m0013 from '../../migrations/0013_meetings_are_activities.ts';
import * as m0014 from '../../migrations/0014_sources.ts';
import * as m0015 from '../../migrations/0015_release_contact_ru.ts';
import * as m0016 from '../../migrations/0016_media.ts';
import * as m0017 from '../../migrations/0017_document_drafting.ts';
import * as m0020 from '../../migrations/0020_finance.ts';
import * as m0021 from '../../migrations/0021_capsules.ts';
import * as m0023 from '../../migrations/0023_search_by_reference.ts';
import * as m0024 from '../../migrations/0024_jobs.ts';
import * as m0025 from '../../migrations/0025_pictures.ts';
import * as m0026 from '../../migrations/0026_digest_magazine.ts';
import * as m0028 from '../../migrations/0028_speeches.ts';
import * as m0029 from '../../migrations/0029_archive.ts';
import * as m0030 from '../../migrations/0030_name_romanization.ts';
import * as m0033 from '../../migrations/0033_release_pictures.ts';
import * as m0034 from '../../migrations/0034_person_portrait.ts';
import * as m0035 from '../../migrations/0035_release_listing_indexes.ts';
import * as m0036 from '../../migrations/0036_release_link_proposals.ts';
import * as m0037 from '../../migrations/0037_pdf_layouts.ts';
import * as m0038 from '../../migrations/0038_search_newest_first.ts';
import * as m0039 from '../../migrations/0039_release_titles_by_date.ts';
import * as m0040 from '../../migrations/0040_picture_credit_ru.ts';
import * as m0041 from '../../migrations/0041_search_entry_words_inline.ts';
import * as m0043 from '../../migrations/0043_search_without_prefix_indexes.ts';
import * as m0044 from '../../migrations/0044_search_entry_no_type_index.ts';
import * as m0045 from '../../migrations/0045_search_fts_contentless.ts';
import * as m0046 from '../../migrations/0046_search_records_index.ts';

// Listed by hand rather than read from a folder: the set is part of the build,
// and a typo fails type-checking instead of silently skipping a file.
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_office': m0002,
  '0003_newsroom': m0003,
  '0004_search': m0004,
  '0005_search_terms': m0005,
  '0006_activities': m0006,
  '0007_digest': m0007,
  '0008_sign_in_attempts': m0008,
  '0009_russian_names_optional': m0009,
  '0010_search_outbox': m0010,
  '0011_release_date_index': m0011,
  '0012_name_renderings': m0012,
  '0013_meetings_are_activities': m0013,
  '0014_sources': m0014,
  '0015_release_contact_ru': m0015,
  '0016_media': m0016,
  '0017_document_drafting': m0017,
  '0020_finance': m0020,
  '0021_capsules': m0021,
  '0023_search_by_reference': m0023,
  '0024_jobs': m0024,
  '0025_pictures': m0025,
  '0026_digest_magazine': m0026,
  '0028_speeches': m0028,
  '0029_archive': m0029,
  '0030_name_romanization': m0030,
  '0033_release_pictures': m0033,
  '0034_person_portrait': m0034,
  '0035_release_listing_indexes': m0035,
  '0036_release_link_proposals': m0036,
  '0037_pdf_layouts': m0037,
  '0038_search_newest_first': m0038,
  '0039_release_titles_by_date': m0039,
  '0040_picture_credit_ru': m0040,
  '0041_search_entry_words_inline': m0041,
  '0043_search_without_prefix_indexes': m0043,
  '0044_search_entry_no_type_index': m0044,
  '0045_search_fts_contentless': m0045,
  '0046_search_records_index': m0046,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}

/** Up to and including one migration: a migration's test builds the record as it stood before it. */
export async function migrateTo(db: Kysely<any>, name: string): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateTo(name);
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
