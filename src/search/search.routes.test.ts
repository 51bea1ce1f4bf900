import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePlatform } from '../platform/testing/app.ts';
import { COUNT_LIMIT } from './search.ts';
import { SearchPage } from './search.views.tsx';

describe('the search page', () => {
  const app = usePlatform({ readOnly: true });

  it('answers a query of spaces as it answers an empty one, with the prompt and no results', async () => {
    const res = await app().inject('/en/search?q=%20%20%20');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<p class="empty">Type a word or a name/);
    assert.doesNotMatch(res.body, /results? for/);
  });

  it('searches without a date that is not one, and says so beside the field, in the page language', async () => {
    const res = await app().inject('/ru/search?q=Kazakhstan&from=2024-13-45');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /aria-invalid="true" aria-describedby="search-from-error"/);
    assert.match(
      res.body,
      /<span class="field-error" id="search-from-error">Введите дату в формате ГГГГ-ММ-ДД\.<\/span>/,
    );
    assert.match(res.body, /value="2024-13-45"/, 'the text stays in the field to be corrected');
    assert.match(res.body, /role="status">Найдено|role="status">\d/);
  });

  it('marks no word for an initial: "K. Sarybay" marks Sarybay, not every word beginning with K', async () => {
    const res = await app().inject('/en/search?q=K.%20Sarybay');
    const marks = [...res.body.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]);
    assert.ok(marks.includes('Sarybay'));
    assert.deepEqual(
      marks.filter((m) => m !== 'Sarybay'),
      [],
    );
  });
});

describe('a search with more results than are counted', () => {
  const page = (lang: 'en' | 'ru', at: number) =>
    SearchPage({
      ctx: { lang, path: '/search', search: '?q=security', today: '2026-12-02' },
      form: { q: 'security', type: '', from: '', to: '', state: '', dimension: '' },
      hits: [],
      total: COUNT_LIMIT,
      more: true,
      page: at,
      pages: COUNT_LIMIT / 20,
      states: [],
      dimensions: [],
    });

  it('says "more than" the limit, in both languages, and asks for a narrower search on the last page', async () => {
    const en = await page('en', COUNT_LIMIT / 20);
    assert.match(en, /role="status">More than 1,000 results for “security”/);
    assert.match(en, /dates or a type narrow the search/);
    const ru = await page('ru', COUNT_LIMIT / 20);
    assert.match(ru, /role="status">Более 1\u00a0000 результатов по запросу «security»/);
    assert.match(ru, /сузьте поиск датами или типом/);
  });

  it('asks for nothing narrower before the last page', async () => {
    assert.doesNotMatch(await page('en', 1), /narrow the search/);
  });
});
