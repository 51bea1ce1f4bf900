// Frozen in time: uses Kysely<any>, never the app's types.
// Time capsules: what is known of each (title, where and when it was sealed, its
// opening date, who was present), and, apart, its sealed contents: only ciphertext,
// the nonce and tag of AES-256-GCM, and the SHA-256 digest published at sealing.
// The key is never here (a key file, see platform/config.ts).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('capsule')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('retired_at', 'text')
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text')
    .addColumn('sealed_on', 'text')
    .addColumn('place_en', 'text')
    .addColumn('place_ru', 'text')
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('people_present', 'text')
    .addColumn('states_present', 'text')
    .addColumn('note_en', 'text')
    .addColumn('note_ru', 'text')
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .execute();

  // One row a capsule, written once: sealing is final.
  await db.schema
    .createTable('capsule_seal')
    .addColumn('capsule_id', 'text', (c) => c.primaryKey().references('capsule.id'))
    .addColumn('sealed_at', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('capsule_seal').execute();
  await db.schema.dropTable('capsule').execute();
}
