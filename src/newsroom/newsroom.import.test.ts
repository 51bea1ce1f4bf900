import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupIntoReleases, parseReleaseFile } from './newsroom.import.ts';

const MD = `---
lang: en
key: council-2024
title: Ministerial Council meets online
place: Baku
date: 2024-12-17
states: [AZ, KZ]
---
The Council **met** online.
`;

describe('reading releases from files', () => {
  it('reads Markdown with front matter, a YAML date kept as text', () => {
    const { items, problems } = parseReleaseFile({ name: 'council.md', content: MD });
    assert.deepEqual(problems, []);
    assert.equal(items[0]?.date, '2024-12-17');
    assert.equal(items[0]?.body, 'The Council **met** online.');
    assert.deepEqual(items[0]?.states, ['AZ', 'KZ']);
  });

  it('reads a JSON array and names the item and field of every problem', () => {
    const json = JSON.stringify([
      { lang: 'ru', title: 'Заседание', place: 'Баку', date: '2024-12-17', body: 'Текст.' },
      { lang: 'fr', title: '', place: 'Baku', date: '17.12.2024', body: 'x', colour: 'red' },
    ]);
    const { items, problems } = parseReleaseFile({ name: 'batch.json', content: json });
    assert.equal(items.length, 1);
    assert.deepEqual(
      problems.map((p) => `${p.file} ${p.field}: ${p.message}`),
      [
        'batch.json [1].lang: expected "en" or "ru"',
        'batch.json [1].title: required',
        'batch.json [1].date: expected a date as YYYY-MM-DD',
        'batch.json [1]: Unrecognized key: "colour"',
      ],
    );
  });

  it('refuses a file it cannot read, saying why', () => {
    assert.match(parseReleaseFile({ name: 'broken.json', content: '[{' }).problems[0]!.message, /^cannot be read/);
    assert.equal(
      parseReleaseFile({ name: 'notes.txt', content: '' }).problems[0]!.message,
      'expected a .json or .md file',
    );
  });

  it('refuses a Markdown file whose front matter is JavaScript, as the command line reads it, running none of it', () => {
    const marker = globalThis as { importPwned?: boolean };
    const file = {
      name: 'evil.md',
      content:
        '---js\n{ lang: (globalThis.importPwned = true, "en"), title: "x", place: "y", date: "2024-01-01" }\n---\nBody.\n',
    };
    const { items, problems } = parseReleaseFile(file);
    assert.deepEqual(items, []);
    assert.deepEqual(problems, [
      {
        file: 'evil.md',
        field: '',
        message: 'cannot be read: front matter must be YAML (opened by "---"); "---js" is refused',
      },
    ]);
    assert.equal(marker.importPwned, undefined);
  });

  it('joins the English and Russian of one release by their key', () => {
    const en = parseReleaseFile({ name: 'council.md', content: MD }).items;
    const ru = parseReleaseFile({
      name: 'ru.json',
      content: JSON.stringify([
        {
          lang: 'ru',
          key: 'council-2024',
          title: 'Совет',
          place: 'Баку',
          date: '2024-12-17',
          body: 'Текст.',
          states: ['AZ'],
        },
      ]),
    }).items;
    const releases = groupIntoReleases([...en, ...ru]);
    assert.equal(releases.length, 1);
    assert.equal(releases[0]!.origin, 'council.md + ru.json[0]');
    assert.deepEqual(
      [releases[0]!.input.title_en, releases[0]!.input.title_ru, releases[0]!.input.states],
      ['Ministerial Council meets online', 'Совет', ['AZ', 'KZ']],
    );
  });

  it('takes a dateline off the body in each house style, checked against the place and dates, and names the item it refuses', () => {
    const item = (body: string, more: Record<string, unknown> = {}) =>
      JSON.stringify([{ lang: 'en', title: 'Forum in Astana', place: 'Astana', date: '2024-10-08', body, ...more }]);
    for (const body of [
      'Astana, 8 October 2024 — The forum opened.',
      '8 October 2024 – Astana – The forum opened.',
      'Astana, Kazakhstan – 8 October 2024 – The forum opened.',
    ]) {
      const { items, problems } = parseReleaseFile({ name: 'a.json', content: item(body) });
      assert.deepEqual(problems, [], body);
      assert.equal(items[0]!.body, 'The forum opened.', body);
    }
    const range = parseReleaseFile({
      name: 'a.json',
      content: item('Astana, 8–9 October 2024 — Two days.', { dateTo: '2024-10-09' }),
    });
    assert.equal(range.items[0]!.body, 'Two days.');
    const wrongDay = parseReleaseFile({ name: 'a.json', content: item('Astana, 9 October 2024 — Late.') });
    assert.equal(wrongDay.items.length, 0);
    assert.match(
      wrongDay.problems[0]!.message,
      /"Forum in Astana": its dateline .* says 2024-10-09, the item says 2024-10-08/,
    );
    assert.equal(wrongDay.problems[0]!.field, '[0].body');
    const wrongPlace = parseReleaseFile({ name: 'a.json', content: item('Baku, 8 October 2024 — Elsewhere.') });
    assert.match(wrongPlace.problems[0]!.message, /names Baku, the item's place is Astana/);
    const russian = parseReleaseFile({
      name: 'r.json',
      content: JSON.stringify([
        {
          lang: 'ru',
          title: 'Форум',
          place: 'Астана',
          date: '2024-10-08',
          body: 'Астана, 8 октября 2024 г. — Форум открылся.',
        },
      ]),
    });
    assert.equal(russian.items[0]!.body, 'Форум открылся.');
  });

  it('says an empty file is empty', () => {
    assert.deepEqual(parseReleaseFile({ name: 'none.json', content: '[]' }).problems, [
      { file: 'none.json', field: '', message: 'holds no release: the file is empty' },
    ]);
  });
});
