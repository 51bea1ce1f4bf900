import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PositionPeriod } from '../people/people.ts';
import { checkPost, datesDisagree, holderOn, oldAddress, oldAddressOf, postNamed, postsOnTheDay } from './archive.ts';

const q = (s: string) => new URLSearchParams(s);
const TITLES = [
  { post: 'executive-director', titles: ['Executive Director', 'Исполнительный директор'] },
  { post: 'secretary-general', titles: ['Secretary General', 'Генеральный секретарь'] },
  { post: 'deputy-secretary-general', titles: ['Deputy Secretary General', 'Заместитель Генерального секретаря'] },
] as const;
const pos = (personId: string, post: PositionPeriod['post'], from: string, until: string | null): PositionPeriod => ({
  id: `${personId}-${post}`,
  personId,
  post,
  from,
  fromAttested: null,
  until,
  untilAttested: null,
});
const POSITIONS = [
  pos('mirzozoda', 'executive-director', '2018-09-24', '2020-09-24'),
  pos('sarybay', 'executive-director', '2020-09-24', '2022-10-13'),
  pos('sarybay', 'secretary-general', '2022-10-13', null),
];

describe('old addresses', () => {
  it('gives one key for the parameters of an index.php address in either order', () => {
    assert.deepEqual(oldAddress('/index.php', q('view=page&t=press_releases&id=2775')), {
      key: 'press_releases:2775',
      lang: 'en',
    });
    assert.deepEqual(oldAddress('/index.php', q('id=2775&view=press_releases')), {
      key: 'press_releases:2775',
      lang: 'en',
    });
  });
  it('reads the Russian mirror, speeches, the older speeches_detail and page/ addresses', () => {
    assert.deepEqual(oldAddress('/ru/index.php', q('view=page&t=speeches&id=178')), {
      key: 'speeches:178',
      lang: 'ru',
    });
    assert.deepEqual(oldAddress('/speeches_detail/', q('id=25')), { key: 'speeches:25', lang: 'en' });
    assert.deepEqual(oldAddress('/page/Press-Release-05122019/', q('')), {
      key: 'page:press-release-05122019',
      lang: 'en',
    });
  });
  it('knows no other address: other sections, odd ids, paths that climb out', () => {
    assert.equal(oldAddress('/index.php', q('view=page&t=structure')), null);
    assert.equal(oldAddress('/index.php', q('t=press_releases&id=0x10')), null);
    assert.equal(oldAddress('/index.php', q('t=press_releases&id=-1')), null);
    assert.equal(oldAddress('/page/../../etc/', q('')), null);
    assert.equal(oldAddress('/page/a%2F..%2Fb/', q('')), null);
  });
  it('reads a full address only when it is the Secretariat’s site', () => {
    assert.equal(
      oldAddressOf('https://www.s-cica.org/index.php?view=page&t=press_releases&id=9')?.key,
      'press_releases:9',
    );
    assert.equal(oldAddressOf('https://evil.example/index.php?view=page&t=press_releases&id=9'), null);
    assert.equal(oldAddressOf('not a url at all ::'), null);
  });
});

describe('dateline and "Posted on"', () => {
  const day = { from: '2019-12-03', to: '2019-12-03' };
  it('agree when a release is posted the same day or within a few days', () => {
    assert.equal(datesDisagree(day, '2019-12-03'), false);
    assert.equal(datesDisagree(day, '2019-12-06'), false);
  });
  it('disagree when it is posted before the event, or long after', () => {
    assert.equal(datesDisagree(day, '2019-12-02'), true);
    assert.equal(datesDisagree(day, '2019-12-07'), true);
    assert.equal(datesDisagree(day, '2020-12-03'), true);
  });
});

describe('posts on the day', () => {
  it('reads the longest title a written post contains, in English and declined Russian', () => {
    assert.equal(postNamed('Executive Director of the CICA Secretariat', TITLES), 'executive-director');
    assert.equal(postNamed('CICA Deputy Secretary General', TITLES), 'deputy-secretary-general');
    assert.equal(postNamed('Генерального секретаря СВМДА', TITLES), 'secretary-general');
    assert.equal(postNamed('Minister of Foreign Affairs', TITLES), null);
  });
  it('checks a written post against the posts held that day, the handover day going to the new post', () => {
    assert.deepEqual(checkPost(POSITIONS, 'sarybay', 'secretary-general', '2024-03-12'), {
      ok: true,
      post: 'secretary-general',
    });
    assert.deepEqual(checkPost(POSITIONS, 'sarybay', 'executive-director', '2022-10-13'), {
      ok: false,
      written: 'executive-director',
      held: ['secretary-general'],
    });
    assert.equal(holderOn(POSITIONS, 'executive-director', '2019-12-05'), 'mirzozoda');
    assert.equal(holderOn(POSITIONS, 'secretary-general', '2019-12-05'), null);
  });
  it('links a title without a name to its holder that day, and flags a title nobody held', () => {
    const found = postsOnTheDay({
      text: 'The Executive Director of the CICA Secretariat met students. The CICA Secretary General was not there.',
      date: '2019-12-05',
      people: [],
      positions: POSITIONS,
      titles: TITLES,
    });
    assert.deepEqual(
      found.people.map((p) => [p.personId, p.post]),
      [['mirzozoda', 'executive-director']],
    );
    assert.deepEqual(
      found.flags.map((f) => f.kind),
      ['post-not-held'],
    );
  });
  it('lists a named person whose written post contradicts the record, and does not take the post', () => {
    const found = postsOnTheDay({
      text: 'Secretary General Habibullo Mirzozoda opened the meeting.',
      date: '2019-12-05',
      people: [{ personId: 'mirzozoda', seen: ['Habibullo Mirzozoda'], posts: ['Secretary General'] }],
      positions: POSITIONS,
      titles: TITLES,
    });
    assert.equal(found.people[0]!.post, null);
    assert.deepEqual(found.flags[0], {
      kind: 'post-contradicts',
      personId: 'mirzozoda',
      seen: 'Secretary General Habibullo Mirzozoda',
      written: 'secretary-general',
      held: ['executive-director'],
      date: '2019-12-05',
    });
  });
});
