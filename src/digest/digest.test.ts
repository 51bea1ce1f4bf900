import assert from 'node:assert/strict';
import { it } from 'node:test';
import {
  bySection,
  byMonth,
  coverTeasers,
  digestActions,
  digestTransition,
  file,
  move,
  printOrder,
  sectionOf,
  suggestSpotlight,
  suggestTeasers,
} from './digest.ts';

const a = (id: string, date: string, bodies: string[] = []) => ({ id, date, title: id, bodies });

it("suggests the release about the most senior body's meeting as the spotlight", () => {
  const standing = new Map([
    ['summit', 1],
    ['ministerial', 2],
    ['soc', 3],
  ]);
  assert.equal(
    suggestSpotlight(
      [a('youth', '2024-10-03'), a('soc', '2024-10-17', ['soc']), a('mm', '2024-11-12', ['ministerial'])],
      standing,
    ),
    'mm',
  );
  assert.equal(
    suggestSpotlight([a('first', '2024-10-03'), a('second', '2024-10-04')], standing),
    'first',
    "no body: the period's first",
  );
  assert.equal(suggestSpotlight([], standing), null);
});

it('puts the spotlight first among the teasers, then takes each month in turn', () => {
  const xs = [
    a('o1', '2024-10-01'),
    a('o2', '2024-10-20'),
    a('n1', '2024-11-02'),
    a('d1', '2024-12-05'),
    a('d2', '2024-12-06'),
  ];
  assert.deepEqual(suggestTeasers(xs, 'n1', 4), ['n1', 'o2', 'd2', 'o1']);
});

it('moves an article within its month and never across months', () => {
  const xs = [
    { id: 'o1', date: '2024-10-01', position: 1 },
    { id: 'o2', date: '2024-10-20', position: 2 },
    { id: 'n1', date: '2024-11-02', position: 3 },
  ];
  assert.deepEqual(
    move(xs, 'o2', 'up').map((x) => x.id),
    ['o2', 'o1', 'n1'],
  );
  assert.deepEqual(
    move(xs, 'o2', 'down').map((x) => x.id),
    ['o1', 'o2', 'n1'],
    'the next one is in November',
  );
  assert.deepEqual(
    byMonth(move(xs, 'o2', 'up')).map((m) => [m.month, m.articles.map((x) => x.id)]),
    [
      ['2024-10', ['o2', 'o1']],
      ['2024-11', ['n1']],
    ],
  );
});

it('lets editors submit and reviewers publish or send back', () => {
  assert.equal(digestTransition('draft', 'submit', 'editor'), 'review');
  assert.equal(digestTransition('draft', 'publish', 'reviewer'), null);
  assert.equal(digestTransition('review', 'publish', 'editor'), null);
  assert.equal(digestTransition('review', 'publish', 'reviewer'), 'published');
  assert.deepEqual(digestActions('review', 'reviewer'), ['send-back', 'publish']);
  assert.deepEqual(digestActions('review', 'admin'), ['send-back', 'publish']);
});

it('files an article under another month, last in it, and keeps sections in print order', () => {
  const xs = [
    { id: 'o1', date: '2024-10-01', position: 1, section: null },
    { id: 'o2', date: '2024-10-31', position: 2, section: null },
    { id: 'n1', date: '2024-11-02', position: 3, section: null },
    { id: 'n2', date: '2024-11-20', position: 4, section: null },
  ];
  const filed = file(xs, 'o2', '2024-11');
  assert.deepEqual(
    bySection(filed).map((s) => [s.section, s.articles.map((a) => a.id)]),
    [
      ['2024-10', ['o1']],
      ['2024-11', ['n1', 'n2', 'o2']],
    ],
  );
  const named = file(file(filed, 'n1', 'after-flash'), 'o1', 'CICA at the United Nations');
  assert.deepEqual(
    bySection(named).map((s) => s.section),
    ['2024-11', 'CICA at the United Nations', 'after-flash'],
  );
  assert.deepEqual(
    move(named, 'o2', 'up')
      .filter((a) => sectionOf(a) === '2024-11')
      .map((a) => a.id),
    ['o2', 'n2'],
    'a move stays within the section',
  );
});

it('puts the spotlight first on the cover, then the teasers in the editor order and words', () => {
  const articles = ['a', 'b', 'c'].map((id) => ({ releaseId: id, title: `Title ${id}` }));
  assert.deepEqual(
    coverTeasers(
      articles,
      [
        { releaseId: 'c', order: 1, text: 'Short words for c' },
        { releaseId: 'a', order: 2, text: null },
        { releaseId: 'b', order: 3, text: '' },
      ],
      'b',
    ).map((c) => c.text),
    ['Title b', 'Short words for c', 'Title a'],
  );
});

it('prints partner pages after the block they name, or at the end', () => {
  assert.deepEqual(
    printOrder(['2024-10', '2024-11', 'after-flash'], [{ place: '2024-10' }, { place: null }, { place: 'flash' }]),
    [
      { kind: 'section', key: '2024-10' },
      { kind: 'partner', index: 0 },
      { kind: 'section', key: '2024-11' },
      { kind: 'flash' },
      { kind: 'partner', index: 2 },
      { kind: 'section', key: 'after-flash' },
      { kind: 'pictures' },
      { kind: 'partner', index: 1 },
    ],
  );
});
