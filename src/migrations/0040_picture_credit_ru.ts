// Frozen in time: uses Kysely<any>, never the app's types.
// A picture's credit was one field, so "CICA Secretariat" read in Latin letters on
// Russian pages. The Russian credit stands beside it; where it is not written the
// English one is shown, marked as English.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('picture').addColumn('credit_ru', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('picture').dropColumn('credit_ru').execute();
}
