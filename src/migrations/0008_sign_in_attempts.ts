// Frozen in time: uses Kysely<any>, never the app's types.
// Sign-in counts attempts, per account and per address, from before the password is checked.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_attempt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_attempt_email_idx').on('sign_in_attempt').columns(['email', 'at']).execute();
  await db.schema.createIndex('sign_in_attempt_address_idx').on('sign_in_attempt').columns(['address', 'at']).execute();
  await db.schema.createIndex('sign_in_attempt_at_idx').on('sign_in_attempt').column('at').execute();
  // An account locked at the upgrade stays locked; where the failures came from was not kept.
  await db
    .insertInto('sign_in_attempt')
    .columns(['id', 'email', 'address', 'at'])
    .expression(db.selectFrom('sign_in_failure').select(['id', 'email', sql<string>`''`.as('address'), 'at']))
    .execute();
  await db.schema.dropTable('sign_in_failure').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_failure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_failure_email_idx').on('sign_in_failure').columns(['email', 'at']).execute();
  await db
    .insertInto('sign_in_failure')
    .columns(['id', 'email', 'at'])
    .expression(db.selectFrom('sign_in_attempt').select(['id', 'email', 'at']))
    .execute();
  await db.schema.dropTable('sign_in_attempt').execute();
}
