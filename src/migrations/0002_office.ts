// Frozen in time: uses Kysely<any>, never the app's types.
import type { Kysely } from 'kysely';

/** Every table staff can edit gets a version, so a stale save can be refused. */
const EDITABLE = [
  'state',
  'state_status',
  'organization',
  'organization_relation',
  'chair_term',
  'body',
  'meeting',
  'person',
  'person_name',
  'position',
  'catalogue_version',
  'dimension',
  'priority_area',
  'measure',
  'coordinator_term',
  'document',
  'document_action',
];

/** Records that can be retired: kept, with their history, but no longer shown on the public site. */
const RETIRABLE = ['state', 'organization', 'body', 'meeting', 'person', 'priority_area', 'measure', 'document'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of EDITABLE) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
  for (const table of RETIRABLE) {
    await db.schema.alterTable(table).addColumn('retired_at', 'text').execute();
  }

  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.references('state.code'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_account_idx').on('session').column('account_id').execute();

  await db.schema
    .createTable('sign_in_failure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_failure_email_idx').on('sign_in_failure').columns(['email', 'at']).execute();

  await db.schema
    .createTable('audit_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('account.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('audit_record_idx').on('audit_entry').columns(['record_type', 'record_id']).execute();
  await db.schema.createIndex('audit_at_idx').on('audit_entry').column('at').execute();
  await db.schema.createIndex('audit_account_idx').on('audit_entry').column('account_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_entry', 'sign_in_failure', 'session', 'account', 'setting'])
    await db.schema.dropTable(table).execute();
  for (const table of RETIRABLE) await db.schema.alterTable(table).dropColumn('retired_at').execute();
  for (const table of EDITABLE) await db.schema.alterTable(table).dropColumn('version').execute();
}
