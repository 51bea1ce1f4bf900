import assert from 'node:assert/strict';
import { describe, it as unit } from 'node:test';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { beyondCount, COUNT_LIMIT, pagesOf } from './search.ts';
import { createSearchStore } from './search.store.ts';

describe('how far search counts and pages', () => {
  unit('fills pages with the counted results, never beyond the limit', () => {
    assert.equal(pagesOf(0, 20), 1);
    assert.equal(pagesOf(21, 20), 2);
    assert.equal(pagesOf(COUNT_LIMIT, 20), COUNT_LIMIT / 20);
    assert.equal(pagesOf(COUNT_LIMIT + 500, 20), COUNT_LIMIT / 20);
    assert.equal(pagesOf(7, 2, 5), 3);
  });
  unit('reads no page that starts at or beyond the limit', () => {
    assert.equal(beyondCount(980, 1000), false);
    assert.equal(beyondCount(1000, 1000), true);
  });
});

/** `n` releases in English, a day apart, each with the word "corridor". */
const releases = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const date = `2024-03-${String(i + 1).padStart(2, '0')}`;
    return {
      id: `release:cap-${i}:en`,
      type: 'release',
      ref_id: `cap-${i}`,
      lang: 'en',
      title: `Transport corridor meeting ${i}`,
      body: 'Experts met on the transport corridor.',
      date,
      path: `/news/cap-${i}`,
      states: '',
      dimensions: '',
    };
  });

describeEachEngine('search counts up to its limit', (record, it) => {
  const store = () => createSearchStore(record().db);
  const write = async (n: number) => {
    const entries = releases(n);
    await store().replace(
      entries.map((e) => ({ type: 'release' as const, refId: e.ref_id })),
      entries,
    );
  };
  const ask = (offset: number, countLimit = 5) =>
    store().search({ tokens: ['corridor'], lang: 'en', types: ['release'], limit: 2, offset, countLimit });

  it('says "more" once the matches pass the limit, and counts no further', async () => {
    await write(7);
    const first = await ask(0);
    assert.equal(first.total, 5);
    assert.equal(first.more, true);
    assert.deepEqual(
      first.hits.map((h) => h.refId),
      ['cap-6', 'cap-5'],
    );
  });

  it('counts exactly at the limit and below it, with no "more"', async () => {
    await write(5);
    assert.deepEqual(await ask(0).then((r) => [r.total, r.more]), [5, false]);
    assert.deepEqual(await ask(0, 10).then((r) => [r.total, r.more]), [5, false]);
  });

  it('reads a page that starts inside the limit, and none that starts beyond it', async () => {
    await write(7);
    assert.deepEqual(
      (await ask(4)).hits.map((h) => h.refId),
      ['cap-2', 'cap-1'],
      'the page that crosses the limit is read whole',
    );
    const beyond = await ask(6);
    assert.deepEqual(beyond.hits, []);
    assert.equal(beyond.total, 5);
    assert.equal(beyond.more, true);
  });
});

describeEachEngine("search counts the record's pages within its limit", (record, it) => {
  it('says "more than" the limit itself, not the limit and the record\'s pages', async () => {
    const store = createSearchStore(record().db);
    const entries = [
      ...releases(4),
      { ...releases(1)[0]!, id: 'body:corridor-council:en', type: 'body', ref_id: 'corridor-council', date: null },
    ];
    await store.replace(
      entries.map((e) => ({ type: e.type as 'release' | 'body', refId: e.ref_id })),
      entries,
    );
    const r = await store.search({ tokens: ['corridor'], lang: 'en', limit: 2, offset: 0, countLimit: 3 });
    assert.deepEqual([r.total, r.more], [3, true]);
    assert.equal(r.hits[0]?.type, 'body', "the record's pages come first on the first page");
  });
});
