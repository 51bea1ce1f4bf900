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
});
