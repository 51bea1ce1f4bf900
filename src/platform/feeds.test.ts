import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { type FeedChannel, atomFeed, rssFeed, xmlText } from './feeds.ts';

const channel: FeedChannel = {
  id: 'https://cica.test/en/news',
  link: 'https://cica.test/en/news?a=1&b=2',
  self: { rss: 'https://cica.test/en/news/feed.rss', atom: 'https://cica.test/en/news/feed.atom' },
  title: 'CICA: News & <views>',
  subtitle: 'Press releases',
  language: 'en',
  icon: 'https://cica.test/static/favicon.svg',
  rights: 'CICA',
  updated: new Date('2025-05-30T00:00:00Z'),
  entries: [
    {
      id: 'https://cica.test/en/news/a',
      link: 'https://cica.test/en/news/a',
      title: 'A\u0000 title\u000B with a control character',
      summary: null,
      contentHtml: '<p>Body</p>',
      updated: new Date('2025-05-30T10:00:00Z'),
      published: new Date('2025-05-30T09:00:00Z'),
    },
  ],
};

it('escapes text for XML and drops what XML cannot hold', () => {
  assert.equal(
    xmlText('<a href="x">Tom\'s & co</a>\u0001'),
    '&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; co&lt;/a&gt;',
  );
});

it('writes feeds that parse, whatever staff typed, with text declared as text', () => {
  for (const xml of [atomFeed(channel), rssFeed(channel)]) {
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => {
        errors.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
    assert.deepEqual(errors, []);
    assert.equal(doc.getElementsByTagName('title')[0]!.textContent, 'CICA: News & <views>');
    assert.equal(doc.getElementsByTagName('title')[1]!.textContent, 'A title with a control character');
  }
  assert.doesNotMatch(atomFeed(channel), /<summary/, 'an entry without a summary has no empty one');
  assert.equal(rssFeed(channel).match(/<description>/g)?.length, 1, "the channel's only");
  assert.match(
    atomFeed(channel),
    /<link rel="alternate" type="text\/html" href="https:\/\/cica\.test\/en\/news\?a=1&amp;b=2"\/>/,
  );
  assert.match(atomFeed(channel), /<title type="text">CICA: News &amp; &lt;views&gt;<\/title>/);
});
