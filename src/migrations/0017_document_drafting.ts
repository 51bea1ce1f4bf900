// Frozen in time: uses Kysely<any>, never the app's types.
// Documents from draft to ratification: a document's stage, symbol, adoption (consensus,
// silence or written procedure), its text in each language and the rule of its entry into
// force; the versions of a draft, the counts of instruments sources attest without naming
// the states, the files of a document; deposit and note of a state's instrument.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const columns: Array<[string, 'text' | 'integer', string?]> = [
    ['stage', 'text'],
    ['symbol', 'text'],
    ['dimension_id', 'text', 'dimension.id'],
    ['amends_id', 'text', 'document.id'],
    ['replaces_id', 'text', 'document.id'],
    ['adoption_method', 'text'],
    ['silence_circulated_on', 'text'],
    ['silence_deadline', 'text'],
    ['silence_broken_by', 'text', 'state.code'],
    ['silence_broken_on', 'text'],
    ['text_en', 'text'],
    ['text_ru', 'text'],
    ['eif_required', 'integer'],
    ['eif_days_after', 'integer'],
    ['eif_late_days_after', 'integer'],
  ];
  for (const [name, type, ref] of columns) {
    await db.schema
      .alterTable('document')
      .addColumn(name, type, (c) => {
        const typed = name === 'stage' ? c.notNull().defaultTo('adopted') : c;
        return ref ? typed.references(ref) : typed;
      })
      .execute();
  }
  // A symbol names one document for good: a retired document keeps its own.
  await db.schema.createIndex('document_symbol_key').unique().on('document').column('symbol').execute();

  for (const name of ['deposit_date', 'note_en', 'note_ru']) {
    await db.schema.alterTable('document_action').addColumn(name, 'text').execute();
  }

  await db.schema
    .createTable('document_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.references('activity.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    .addColumn('text_ru', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('document_version_number_key', ['document_id', 'number'])
    .execute();

  await db.schema
    .createTable('document_attested')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('document_file')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('file_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  for (const table of ['document_version', 'document_attested', 'document_file']) {
    await db.schema.createIndex(`${table}_document_idx`).on(table).column('document_id').execute();
  }
}
