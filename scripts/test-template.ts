/**
 * usage: node --import tsx scripts/test-template.ts make DIR | drop URL
 *
 * `make` migrates and loads the CICA pack once per engine: into DIR/template.sqlite, and
 * into a PostgreSQL template database when TEST_POSTGRES_URL names a server; it prints
 * where they are as NAME=VALUE lines (TEST_TEMPLATE_SQLITE, TEST_TEMPLATE_PG). Every
 * test's record is then a copy of one of them (src/platform/testing/engines.ts).
 * `drop` throws the PostgreSQL template away. scripts/with-templates.sh runs both.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { adminQuery, databaseName, databaseUrl, dropTemplate, makeTemplate } from '../src/platform/testing/template.ts';

const [command, where] = process.argv.slice(2);
const adminUrl = process.env.TEST_POSTGRES_URL;

if (command === 'make' && where) {
  const started = performance.now();
  const sqlite = join(where, 'template.sqlite');
  await makeTemplate(sqlite, undefined);
  console.log(`TEST_TEMPLATE_SQLITE=${sqlite}`);
  if (adminUrl) {
    const pg = databaseUrl(adminUrl, `template_${randomBytes(6).toString('hex')}`);
    await adminQuery(adminUrl, `create database "${databaseName(pg)}"`);
    await makeTemplate(pg, adminUrl);
    console.log(`TEST_TEMPLATE_PG=${pg}`);
  }
  console.error(
    `test-template: the CICA pack migrated and loaded on ${adminUrl ? 'SQLite and PostgreSQL' : 'SQLite'} in ${Math.round(performance.now() - started)} ms`,
  );
} else if (command === 'drop' && where && adminUrl) {
  await dropTemplate(adminUrl, where);
} else {
  console.error('usage: node --import tsx scripts/test-template.ts make DIR | drop URL (drop needs TEST_POSTGRES_URL)');
  process.exit(2);
}
