import assert from 'node:assert/strict';
import { it } from 'node:test';
import { RELEASES_PER_SITEMAP, fitsOneSitemap, parseSitemapPart, sitemapIndexXml, sitemapParts } from './sitemap.ts';

it('keeps a site within one sitemap while its pages, in both languages, stay within 50,000 addresses', () => {
  assert.equal(fitsOneSitemap(25_000), true);
  assert.equal(fitsOneSitemap(25_001), false);
});

it('splits a large site into the pages and the releases, each file within the limit', () => {
  assert.ok(RELEASES_PER_SITEMAP * 2 <= 50_000);
  assert.deepEqual(sitemapParts(100_000), [
    '/sitemap/pages.xml',
    '/sitemap/news-1.xml',
    '/sitemap/news-2.xml',
    '/sitemap/news-3.xml',
    '/sitemap/news-4.xml',
    '/sitemap/news-5.xml',
  ]);
  assert.deepEqual(sitemapParts(RELEASES_PER_SITEMAP + 1).length, 3);
  const index = sitemapIndexXml('https://s-cica.example', sitemapParts(1));
  assert.match(index, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex /);
  assert.match(index, /<sitemap><loc>https:\/\/s-cica.example\/sitemap\/news-1.xml<\/loc><\/sitemap>/);
});

it('answers only the parts it names', () => {
  assert.equal(parseSitemapPart('pages.xml'), 'pages');
  assert.equal(parseSitemapPart('news-12.xml'), 12);
  for (const bad of ['news-0.xml', 'news-01.xml', 'news-1', 'news-1.xml.gz', '../news-1.xml', 'news-9999999.xml'])
    assert.equal(parseSitemapPart(bad), null, bad);
});
