import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArchiveFile } from './archive.import.ts';
import {
  CONTACT,
  RELEASE_2019,
  RELEASE_2024,
  RELEASE_RU,
  SPEECH_2023,
  bytes,
  currentPage,
  olderPage,
  textCopy,
  windows1251,
} from './archive.fixture.ts';

const read = (name: string, content: string | Uint8Array) => {
  const r = readArchiveFile(name, typeof content === 'string' ? bytes(content) : content);
  if (!r.ok) assert.fail(`${name}: ${r.reason} ${r.detail ?? ''}`);
  return r.page;
};
const refusal = (name: string, content: string | Uint8Array) => {
  const r = readArchiveFile(name, typeof content === 'string' ? bytes(content) : content);
  assert.equal(r.ok, false, `${name} was read`);
  return r.ok ? null : r.reason;
};
const contact = { name: CONTACT[0], title: CONTACT[1], email: CONTACT[2], phone: CONTACT[3] };

describe('archive pages', () => {
  it('reads a saved page of the current site, leaving out its menu, script and footer', () => {
    const page = read('3101.html', currentPage(RELEASE_2024));
    assert.equal(page.layout, 'current');
    assert.equal(page.kind, 'release');
    assert.equal(page.title, RELEASE_2024.title);
    assert.deepEqual([page.place, page.date, page.dateTo, page.posted], ['Astana', '2024-03-12', null, null]);
    assert.deepEqual(page.contact, contact);
    assert.deepEqual(page.addresses, [{ key: 'press_releases:3101', lang: 'en' }]);
    assert.ok(page.body.startsWith('The CICA Secretariat hosted'), page.body);
    for (const furniture of ['Home', 'About CICA', 'All rights reserved', 'tracker', 'Media Contact', 'Astana, 12'])
      assert.ok(!page.body.includes(furniture), furniture);
    assert.deepEqual(page.missing, ['posted']);
  });

  it('reads a saved page of the older site with its "Posted on: … | Back | Print" line', () => {
    const page = read('old.html', olderPage(RELEASE_2019, 'press-release-05122019'));
    assert.equal(page.layout, 'older');
    assert.equal(page.section, 'About Us News / Press Releases');
    assert.deepEqual([page.date, page.posted, page.place], ['2019-12-03', '2019-12-05', 'Almaty']);
    assert.equal(page.datesDisagree, false);
    assert.deepEqual(page.addresses, [{ key: 'page:press-release-05122019', lang: 'en' }]);
    assert.ok(!/Back|Print|Posted on/.test(page.body), page.body);
    assert.deepEqual(page.contact, contact);
    assert.deepEqual(page.missing, []);
  });

  it('reads a text copy, with the address it was copied from, and a dateline range', () => {
    const spec = { ...RELEASE_2019, dateline: '2–3 December 2019 – Almaty, Kazakhstan -' };
    const page = read('copy.txt', textCopy(spec, 'https://www.s-cica.org/index.php?id=3102&view=press_releases'));
    assert.equal(page.layout, 'text');
    assert.deepEqual([page.date, page.dateTo, page.place], ['2019-12-02', '2019-12-03', 'Almaty']);
    assert.deepEqual(page.addresses, [{ key: 'press_releases:3102', lang: 'en' }]);
    assert.ok(!page.body.includes('s-cica.org'));
  });

  it('takes the old address from a saved file’s own name when the page does not give it', () => {
    const html = currentPage(RELEASE_2024).replace(/<link rel="canonical"[^>]+>/, '');
    const page = read('index.php?view=page&t=press_releases&id=3101.html', html);
    assert.deepEqual(page.addresses, [{ key: 'press_releases:3101', lang: 'en' }]);
  });

  it('reads a Russian page saved in Windows-1251', () => {
    const page = read('ru.html', windows1251(currentPage(RELEASE_RU)));
    assert.equal(page.encoding, 'windows-1251');
    assert.equal(page.lang, 'ru');
    assert.equal(page.title, RELEASE_RU.title);
    assert.deepEqual([page.place, page.date], ['Астана', '2024-03-14']);
    assert.deepEqual(page.addresses, [{ key: 'press_releases:3103', lang: 'ru' }]);
  });

  it('knows a speech by its section label', () => {
    const page = read('s.html', currentPage(SPEECH_2023, 'index.php?view=page&t=speeches&id=501'));
    assert.equal(page.kind, 'speech');
    assert.deepEqual(page.addresses, [{ key: 'speeches:501', lang: 'en' }]);
  });

  it('keeps a page whose dateline and "Posted on" disagree, saying so', () => {
    const page = read('late.html', olderPage({ ...RELEASE_2019, posted: 'March 02, 2020' }));
    assert.equal(page.datesDisagree, true);
    assert.deepEqual([page.date, page.posted], ['2019-12-03', '2020-03-02']);
  });

  it('refuses what is not an item of the archive, each with its reason', () => {
    const other =
      '<!doctype html><html><body><h1>Weather in Astana</h1><p>Sunny, 25 degrees, light wind from the steppe all afternoon.</p></body></html>';
    assert.equal(refusal('weather.html', other), 'not-ours');
    assert.equal(refusal('empty.txt', ''), 'empty');
    assert.equal(refusal('blank.txt', '   \n\n'), 'empty');
    assert.equal(refusal('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])), 'binary');
    assert.equal(
      refusal(
        'nodate.txt',
        'Press Releases\n\nA headline\n\nA text with no date at all, long enough to be the text of a release.',
      ),
      'no-date',
    );
    assert.equal(refusal('nohead.txt', 'Press Releases\n\n'), 'no-headline');
    assert.equal(
      refusal('feb30.txt', textCopy({ ...RELEASE_2024, dateline: 'Astana, 30 February 2024 —' })),
      'bad-dateline',
    );
    assert.equal(refusal('posted.txt', textCopy({ ...RELEASE_2019, posted: 'February 30, 2019' })), 'bad-posted');
  });
});
