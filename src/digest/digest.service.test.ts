import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { fixedClock } from '../platform/clock.ts';
import { addAccounts } from '../platform/testing/accounts.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { buildServices } from '../services.ts';
import { seedDigestReleases } from './digest.fixture.ts';
import { diskFileStore } from '../platform/files/disk.ts';
import { uploadSample } from '../pictures/pictures.fixture.ts';

const editor: Actor = { id: 'acct-e', email: 'e@cica.test', name: 'Erlan Editor', role: 'editor', stateCode: null };
const reviewer: Actor = {
  id: 'acct-r',
  email: 'r@cica.test',
  name: 'Rana Reviewer',
  role: 'reviewer',
  stateCode: null,
};

/** The PDF's text page by page, as pdftotext reads it (Typst marks page numbers with U+2060). */
function pages(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'digest-')), 'issue.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replace(/\u2060/g, '')
    .split('\f');
}

/**
 * "Headline . . . . 7" lines of the contents, joined where a headline runs over
 * two lines; a section's heading (in capitals, with no leader) is an entry with no page.
 */
function contents(page: string): Array<{ title: string; page: number | null }> {
  const entries: Array<{ title: string; page: number | null }> = [];
  let pending = '';
  // The contents start after their heading; the running header and the heading are not entries.
  const start = page.search(/IN THIS ISSUE|В ЭТОМ НОМЕРЕ/);
  for (const raw of page.slice(page.indexOf('\n', start) + 1).split('\n')) {
    const line = raw.trim();
    if (!line) {
      pending = '';
      continue;
    }
    // Page numbers stand at the right margin, set off by a run of spaces.
    const m = /^(.*?)\s{2,}(\d+)$/.exec(line);
    if (m && m[1] === m[1]!.toUpperCase() && !pending) {
      entries.push({ title: m[1]!, page: null });
      continue;
    }
    if (m) {
      entries.push({ title: `${pending} ${m[1]}`.trim(), page: Number(m[2]) });
      pending = '';
    } else pending = `${pending} ${line}`.trim();
  }
  return entries;
}
const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/-\s/g, '').toLowerCase();

describeEachEngine('the digest', (record, it) => {
  const clock = fixedClock('2025-01-15', '09:00:00');
  const files = diskFileStore(mkdtempSync(join(tmpdir(), 'digest-files-')));
  const services = () => buildServices(record().db, clock, { files });
  let picture = '';
  // A quarter of published releases.
  beforeEach(async () => {
    await addAccounts(record().db, editor, reviewer);
    await seedDigestReleases(services(), editor);
    picture = await uploadSample(services().pictures, editor, 0, { en: 'The emblem of CICA', ru: 'Эмблема СВМДА' });
  });

  /** The English October–December issue, compiled by the editor: its id. */
  async function compiled(): Promise<string> {
    const made = await services().digest.compile(editor, { from: '2024-10-01', to: '2024-12-31', lang: 'en' });
    assert.ok(made.ok);
    return made.id;
  }
  /** The English issue with its foreword, flash news and a picture set by the editor. */
  async function edited(): Promise<string> {
    const en = await compiled();
    const issue = await services().digest.issue(en);
    const input = {
      title: issue.row.title,
      number: 1,
      foreword_author: 'Alibek Bakayev',
      foreword_title: 'Deputy Minister of Foreign Affairs',
      foreword_text: 'Dear readers,\n\nThis issue gathers the quarter.',
      spotlight: issue.row.spotlight_release_id,
      teasers: issue.cover.map((c) => c.article.releaseId),
      flash: 'The Secretariat welcomed new staff.\nA webinar on ICT security was announced.',
      pictures: picture,
      partners: '',
    };
    assert.deepEqual(await services().digest.update(editor, en, issue.row.version, input), { ok: true, id: en });
    return en;
  }
  /** The edited English issue, submitted by the editor and published by the reviewer. */
  async function published(): Promise<string> {
    const en = await edited();
    const v = (await services().digest.issue(en)).row.version;
    assert.ok((await services().digest.act(editor, en, v, 'submit')).ok);
    assert.ok((await services().digest.act(reviewer, en, v + 1, 'publish')).ok);
    return en;
  }

  it("compiles an issue from the period's releases, month by month in date order, with the ministerial meeting in the spotlight", async () => {
    const s = services();
    const made = await s.digest.compile(editor, { from: '2024-10-01', to: '2024-12-31', lang: 'en' });
    assert.ok(made.ok);
    const en = made.id;
    const issue = await s.digest.issue(en);
    assert.equal(issue.row.number, 1);
    assert.match(issue.spotlight?.title ?? '', /Ministers of Foreign Affairs/);
    assert.deepEqual(
      issue.sections.map((m) => m.section),
      ['2024-10', '2024-11', '2024-12'],
    );
    assert.deepEqual(
      issue.sections[0]!.articles.map((a) => a.date),
      ['2024-10-03', '2024-10-17'],
    );
    assert.ok(issue.cover.length >= 4 && issue.cover.length <= 8);
    const again = await s.digest.compile(editor, { from: '2024-10-01', to: '2024-12-31', lang: 'en', number: 1 });
    assert.deepEqual(again, { ok: false, kind: 'invalid', problems: [{ field: 'number', message: 'field.taken' }] });
    const badLang = await s.digest.compile(editor, { from: '2024-10-01', to: '2024-12-31', lang: 'xx' });
    assert.ok(!badLang.ok && 'problems' in badLang && badLang.problems.some((p) => p.field === 'lang'));
    const backwards = await s.digest.compile(editor, { from: '2024-12-31', to: '2024-10-01', lang: 'en' });
    assert.ok(!backwards.ok && 'problems' in backwards && backwards.problems.some((p) => p.field === 'to'));
  });

  it('lets the editor move an article within its month, set the foreword, and refuses a stale save', async () => {
    const s = services();
    const en = await compiled();
    const issue = await s.digest.issue(en);
    assert.equal(
      (await s.digest.move(editor, en, issue.row.version, issue.sections[0]!.articles[1]!.id, 'up')).ok,
      true,
    );
    assert.deepEqual(
      (await s.digest.issue(en)).sections[0]!.articles.map((a) => a.date),
      ['2024-10-17', '2024-10-03'],
    );
    const staleMove = await s.digest.move(editor, en, issue.row.version, issue.sections[0]!.articles[1]!.id, 'up');
    assert.equal(!staleMove.ok && staleMove.kind, 'conflict', 'a move from an old page is refused');
    assert.deepEqual(
      (await s.digest.issue(en)).sections[0]!.articles.map((a) => a.date),
      ['2024-10-17', '2024-10-03'],
      'and changes nothing',
    );
    const moved = (await s.digest.issue(en)).row.version;
    const input = {
      title: issue.row.title,
      number: 1,
      foreword_author: 'Alibek Bakayev',
      foreword_title: 'Deputy Minister of Foreign Affairs',
      foreword_text: 'Dear readers,\n\nThis issue gathers the quarter.',
      spotlight: issue.row.spotlight_release_id,
      teasers: issue.cover.map((c) => c.article.releaseId),
      flash: 'The Secretariat welcomed new staff.\nA webinar on ICT security was announced.',
      pictures: picture,
      partners: '',
    };
    assert.deepEqual(await s.digest.update(editor, en, moved, input), { ok: true, id: en });
    assert.deepEqual(await s.digest.update(editor, en, moved, input), {
      ok: false,
      kind: 'conflict',
      problems: [{ field: 'version', message: 'field.stale' }],
    });
    const bad = await s.digest.update(editor, en, moved + 1, { ...input, pictures: 'ftp://x | y', teasers: ['nope'] });
    assert.ok(!bad.ok && 'problems' in bad && bad.problems.some((p) => p.field === 'pictures'));
    assert.equal((await s.digest.issue(en)).row.foreword_author, 'Alibek Bakayev');
  });

  it('lets a flash item link to a release by its address, and refuses an address no public release has', async () => {
    const s = services();
    const en = await edited();
    const issue = await s.digest.issue(en);
    const slug = issue.articles[0]!.slug;
    const input = {
      title: issue.row.title,
      number: 1,
      foreword_author: issue.row.foreword_author,
      foreword_title: issue.row.foreword_title,
      foreword_text: issue.row.foreword_text,
      spotlight: issue.row.spotlight_release_id,
      teasers: issue.cover.map((c) => c.article.releaseId),
      flash: `Read the first release. | ${slug}`,
      pictures: picture,
      partners: '',
    };
    const bad = await s.digest.update(editor, en, issue.row.version, { ...input, flash: 'Nothing. | no-such-release' });
    assert.ok(!bad.ok && 'problems' in bad && bad.problems.some((p) => p.field === 'flash'));
    assert.ok((await s.digest.update(editor, en, issue.row.version, input)).ok);
    const saved = await s.digest.issue(en);
    assert.equal(saved.flash[0]!.slug, slug);
    assert.equal(saved.flash[0]!.text, 'Read the first release.');
  });

  it('goes to review and is published by a reviewer, not by the editor', async () => {
    const s = services();
    const en = await edited();
    const v = (await s.digest.issue(en)).row.version;
    assert.ok((await s.digest.act(editor, en, v, 'submit')).ok);
    await assert.rejects(s.digest.act(editor, en, v + 1, 'publish'), /cannot publish/);
    assert.ok((await s.digest.act(reviewer, en, v + 1, 'publish')).ok);
    assert.equal((await s.digest.published('en', 1)).row.status, 'published');
  });

  it('lays out a PDF whose contents point to the pages where the headlines stand, months in order', async () => {
    await published();
    const text = pages(await services().digest.publishedPdf('en', 1));
    const toc = contents(text[1]!);
    assert.ok(toc.length >= 8, `contents: ${JSON.stringify(toc)}`);
    for (const entry of toc.filter((e) => e.page !== null))
      assert.ok(
        squash(text[entry.page! - 1]!).includes(squash(entry.title)),
        `"${entry.title}" is on page ${entry.page}`,
      );
    const months = ['OCTOBER 2024', 'NOVEMBER 2024', 'DECEMBER 2024'].map((m) =>
      toc.findIndex((e) => e.title === m && e.page === null),
    );
    assert.ok(
      months.every((i, k) => i >= 0 && (k === 0 || i > months[k - 1]!)),
      'months in order',
    );
    assert.ok(
      text.some((p) => p.includes('The emblem of CICA')),
      "the picture's caption is placed",
    );
    const long = toc.find((e) => e.title.startsWith('A long report'))!;
    assert.ok(
      text.slice(long.page!).some((p) => /Paragraph 40\./.test(p)),
      'a very long body runs on over the following pages, to its end',
    );
  });

  it('lays out a Russian issue in Russian letters, not boxes', async () => {
    const s = services();
    const made = await s.digest.compile(editor, { from: '2024-10-01', to: '2024-12-31', lang: 'ru' });
    assert.ok(made.ok);
    const ru = made.id;
    const text = pages(await s.digest.pdf(await s.digest.issue(ru)));
    assert.match(text[1]!, /В ЭТОМ НОМЕРЕ/);
    assert.match(text.join('\n'), /Министры иностранных дел приняли Бакинское заявление/);
    assert.ok(contents(text[1]!).some((e) => e.title === 'ОКТЯБРЬ 2024'));
  });
});
