// "Voice of Asia" as a magazine, read back from its PDF: the cover, an article
// filed under another month, pictures placed, a frozen edition, a corrected one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { fixedClock } from '../platform/clock.ts';
import { diskFileStore } from '../platform/files/disk.ts';
import { addAccounts } from '../platform/testing/accounts.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { uploadSample } from '../pictures/pictures.fixture.ts';
import { buildServices } from '../services.ts';
import { seedDigestReleases } from './digest.fixture.ts';

const editor: Actor = { id: 'acct-e', email: 'e@cica.test', name: 'Erlan Editor', role: 'editor', stateCode: null };
const reviewer: Actor = {
  id: 'acct-r',
  email: 'r@cica.test',
  name: 'Rana Reviewer',
  role: 'reviewer',
  stateCode: null,
};

function pdfFile(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'digest-')), 'issue.pdf');
  writeFileSync(file, pdf);
  return file;
}
/** The PDF's text page by page (Typst marks page numbers with U+2060). */
const pages = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-layout', pdfFile(pdf), '-'], { encoding: 'utf8' })
    .replace(/\u2060/g, '')
    .split('\f');
/** The pictures placed in the PDF, as `pdfimages -list` counts them (an image and, for JPEG, no mask). */
const images = (pdf: Buffer) =>
  execFileSync('pdfimages', ['-list', pdfFile(pdf)], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => /\bimage\b/.test(l));
const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/­/g, '').trim();

describeEachEngine('the digest as a magazine', (record, it) => {
  const clock = fixedClock('2025-01-15', '09:00:00');
  const files = diskFileStore(mkdtempSync(join(tmpdir(), 'digest-files-')));
  const services = () => buildServices(record().db, clock, { files });

  beforeEach(async () => {
    await addAccounts(record().db, editor, reviewer);
    await seedDigestReleases(services(), editor);
  });

  /** The October–December issue in English with three pictures placed: its id and the pictures' ids. */
  async function issueWithPictures() {
    const s = services();
    const pictures = [
      await uploadSample(s.pictures, editor, 0, { en: 'The cover: ministers in Baku', ru: 'Обложка: министры в Баку' }),
      await uploadSample(s.pictures, editor, 1, { en: 'The Youth Council at work', ru: 'Молодёжный совет за работой' }),
      await uploadSample(s.pictures, editor, 2, { en: 'A seminar on transport', ru: 'Семинар по транспорту' }),
    ];
    const made = await s.digest.compile(editor, { from: '2024-10-01', to: '2024-12-31', lang: 'en' });
    assert.ok(made.ok);
    const issue = await s.digest.issue(made.id);
    const youth = issue.articles.find((a) => a.title.startsWith('Youth Council'))!;
    const soc = issue.articles.find((a) => a.title.startsWith('Senior Officials'))!;
    const saved = await s.digest.update(editor, made.id, issue.row.version, {
      title: issue.row.title,
      number: 1,
      spotlight: issue.row.spotlight_release_id,
      teasers: [soc.releaseId, youth.releaseId],
      cover_picture: pictures[0],
      flash: `The Secretariat welcomed new staff.\n\nThey start in January.\nrelease: ${youth.slug}`,
      pictures: pictures[2],
      partners: `A page for a partner\npicture: ${pictures[2]}\nafter: 2024-10\nA partner of the Conference.`,
      articles: {
        [youth.releaseId]: {
          picture: pictures[1],
          teaser_text: 'Young voices of Asia',
          quote: 'We listen to the young.',
        },
      },
    });
    assert.deepEqual(saved, { ok: true, id: made.id });
    return { id: made.id, pictures, youth, soc };
  }

  it('prints the spotlight first on the cover, then the teasers in the order and words the editor chose, with the pictures placed', async () => {
    const { id } = await issueWithPictures();
    const s = services();
    const issue = await s.digest.issue(id);
    assert.deepEqual(
      issue.cover.map((c) => c.text),
      [issue.spotlight!.title, 'Senior Officials Committee meets in Baku', 'Young voices of Asia'],
    );
    const pdf = await s.digest.pdf(issue);
    const text = pages(pdf);
    const cover = squash(text[0]!);
    const spot = cover.indexOf(squash(issue.spotlight!.title).slice(0, 40));
    assert.ok(spot >= 0 && spot < cover.indexOf('Senior Officials Committee'), cover);
    assert.ok(cover.indexOf('Senior Officials Committee') < cover.indexOf('Young voices of Asia'));
    // The cover, the article's opener, the activities page and the partner page: three pictures, four placings.
    assert.ok(images(pdf).length >= 4, `pdfimages: ${images(pdf).join('\n')}`);
    const flashPage = text.findIndex((p) => p.includes('The Secretariat welcomed new staff.'));
    const youthPage = text.findIndex((p) => /Youth Council meets in Astana\s*\n/.test(p) && p.includes('We listen'));
    assert.ok(youthPage > 0, 'the article prints with its pull quote');
    assert.match(
      text[flashPage]!,
      new RegExp(`→ p\\. ${youthPage + 1}\\b`),
      'the flash item gives the page of its release',
    );
    const partner = text.findIndex((p) => p.includes('A page for a partner'));
    const november = text.findIndex((p) => /NOVEMBER 2024/.test(p) && !/IN THIS ISSUE/.test(p));
    assert.ok(partner > 0 && partner < november, 'the partner page stands where the editor put it, after October');
  });

  it('files an article under the next month and prints it there, listed there in the contents on its page', async () => {
    const { id, soc } = await issueWithPictures();
    const s = services();
    const before = await s.digest.issue(id);
    assert.equal((await s.digest.file(editor, id, before.row.version + 1, soc.id, '2024-11')).ok, false, 'stale');
    assert.ok((await s.digest.file(editor, id, before.row.version, soc.id, '2024-11')).ok);
    const issue = await s.digest.issue(id);
    const november = issue.sections.find((x) => x.section === '2024-11')!;
    assert.equal(november.articles.at(-1)!.releaseId, soc.releaseId);
    const text = pages(await s.digest.pdf(issue));
    const contents = text[1]!;
    assert.ok(contents.indexOf('NOVEMBER 2024') < contents.indexOf('Senior Officials Committee meets in Baku'));
    const line = /Senior Officials Committee meets in Baku\s{2,}(\d+)/.exec(contents)!;
    assert.match(text[Number(line[1]) - 1]!, /Senior Officials Committee meets in Baku/);
    const after = await s.digest.file(editor, id, issue.row.version, soc.id, 'after-flash');
    assert.ok(after.ok);
    const last = await s.digest.issue(id);
    assert.deepEqual(
      last.sections.map((x) => x.section),
      ['2024-10', '2024-11', '2024-12', 'after-flash'],
    );
  });

  it('keeps a published issue as it was when a release is corrected, and shows a corrected edition beside it with its date', async () => {
    const { id, soc } = await issueWithPictures();
    const s = services();
    let v = (await s.digest.issue(id)).row.version;
    assert.ok((await s.digest.act(editor, id, v, 'submit')).ok);
    assert.ok((await s.digest.act(reviewer, id, v + 1, 'publish')).ok);
    const first = await s.digest.publishedPdf('en', 1);
    const release = await s.newsroom.get(soc.releaseId);
    const corrected = await s.newsroom.update(editor, release.id, release.version, {
      date: release.date,
      place_en: release.place.en,
      place_ru: release.place.ru,
      title_en: 'Senior Officials Committee meets in Baku and Astana',
      title_ru: release.title.ru,
      lead_en: release.lead.en,
      lead_ru: release.lead.ru,
      body_en: release.body.en,
      body_ru: release.body.ru,
      correction: 'The meeting continued in Astana.',
    });
    assert.ok(corrected.ok, JSON.stringify(corrected));
    const frozen = await s.digest.published('en', 1);
    assert.ok(frozen.articles.some((a) => a.title === 'Senior Officials Committee meets in Baku'));
    assert.ok(!frozen.articles.some((a) => a.title.endsWith('and Astana')));
    assert.ok(squash(pages(await s.digest.publishedPdf('en', 1)).join(' ')).includes('meets in Baku'));
    assert.deepEqual(await s.digest.publishedPdf('en', 1), first, 'the PDF is the one laid out at publication');
    // The reviewer takes it back, the editor submits it again, and it is published as edition 2.
    v = (await s.digest.issue(id)).row.version;
    assert.ok((await s.digest.act(reviewer, id, v, 'unpublish')).ok);
    assert.ok((await s.digest.act(editor, id, v + 1, 'submit')).ok);
    assert.ok((await s.digest.act(reviewer, id, v + 2, 'publish')).ok);
    const archive = await s.digest.archive('en');
    assert.deepEqual(
      archive[0]!.editions.map((e) => e.number),
      [1, 2],
    );
    assert.ok(archive[0]!.editions.every((e) => e.publishedAt.startsWith('2025-01-15')));
    assert.ok((await s.digest.published('en', 1)).articles.some((a) => a.title.endsWith('and Astana')));
    assert.ok((await s.digest.published('en', 1, 1)).articles.some((a) => a.title.endsWith('in Baku')));
  });

  it('refuses a picture that is not in the library, naming it, and more cover headlines than the cover holds, naming the limit', async () => {
    const s = services();
    for (let i = 1; i <= 4; i++) {
      const r = await s.newsroom.create(
        editor,
        {
          date: `2024-12-1${i}`,
          place_en: 'Astana',
          place_ru: 'Астана',
          title_en: `Another event of December, number ${i}`,
          title_ru: `Ещё одно событие декабря, номер ${i}`,
          body_en: 'Delegations met.',
          body_ru: 'Делегации встретились.',
        },
        { publish: true },
      );
      assert.ok(r.ok);
    }
    const { id } = await issueWithPictures();
    const issue = await s.digest.issue(id);
    const base = {
      title: issue.row.title,
      number: 1,
      spotlight: issue.row.spotlight_release_id,
      teasers: [],
    };
    const missing = await s.digest.update(editor, id, issue.row.version, { ...base, pictures: 'no-such-picture' });
    assert.ok(!missing.ok);
    assert.deepEqual(missing.problems, [
      { field: 'pictures', message: 'pictures.unknown', params: { ids: 'no-such-picture' } },
    ]);
    const many = await s.digest.update(editor, id, issue.row.version, {
      ...base,
      teasers: issue.articles.map((a) => a.releaseId),
    });
    assert.ok(!many.ok);
    assert.ok(
      many.problems.some((p) => p.field === 'teasers' && p.message === 'digest.teaserLimit' && p.params?.max === 8),
      JSON.stringify(many.problems),
    );
    assert.equal((await s.digest.issue(id)).row.version, issue.row.version, 'nothing changed');
  });

  it('asks before compiling a period that has no releases or that an issue already covers', async () => {
    const s = services();
    const empty = await s.digest.compile(editor, { from: '2023-01-01', to: '2023-03-31', lang: 'en' });
    assert.ok(!empty.ok && empty.problems[0]!.message === 'digest.confirmEmpty');
    assert.ok(
      (await s.digest.compile(editor, { from: '2023-01-01', to: '2023-03-31', lang: 'en', confirm: 'yes' })).ok,
    );
    assert.ok((await s.digest.compile(editor, { from: '2024-10-01', to: '2024-12-31', lang: 'en' })).ok);
    const again = await s.digest.compile(editor, { from: '2024-11-01', to: '2024-12-31', lang: 'en' });
    assert.ok(!again.ok && again.problems[0]!.message === 'digest.confirmOverlap');
    assert.equal((await s.digest.issues()).length, 2);
  });
});
