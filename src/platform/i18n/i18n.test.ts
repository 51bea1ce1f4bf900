import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineMessages, formatDate, formatDateRange, negotiateLang, pick, sortByName, t } from './i18n.ts';
// The counts checked here are capabilities' words; a page that says them imports their tables too.
import '../../bodies/bodies.messages.ts';
import '../../registry/registry.messages.ts';
import '../../search/search.messages.ts';

describe('i18n', () => {
  it("formats dates in each language's house style", () => {
    assert.equal(formatDate('en', '2024-12-10'), '10 December 2024');
    assert.equal(formatDate('ru', '2024-12-10'), '10 декабря 2024 г.');
    assert.equal(formatDate('en', '2014-05'), 'May 2014');
    assert.equal(formatDate('ru', '2011'), '2011 г.');
    assert.equal(formatDate('ru', '2014-05', 'gen'), 'мая 2014 г.');
    assert.equal(formatDate('en', '2014-05', 'gen'), 'May 2014');
  });
  it('formats date ranges without repeating what is shared', () => {
    assert.equal(formatDateRange('en', '2022-10-12', '2022-10-13'), '12–13 October 2022');
    assert.equal(formatDateRange('ru', '2022-10-12', '2022-10-13'), '12–13 октября 2022 г.');
    assert.equal(formatDateRange('en', '2019-12-17', '2020-01-02'), '17 December 2019 – 2 January 2020');
    assert.equal(formatDateRange('en', '2024-06-28', '2024-07-02'), '28 June – 2 July 2024');
    assert.equal(formatDateRange('en', '2024-06-28', null), '28 June 2024');
  });
  it("says counts with each language's plural forms", () => {
    assert.equal(t('en', 'search.results', { total: 1, q: 'Sarybay' }), '1 result for “Sarybay”');
    assert.equal(t('en', 'search.results', { total: 2, q: 'Sarybay' }), '2 results for “Sarybay”');
    assert.deepEqual(
      [1, 2, 5, 11, 21, 22, 25].map((count) => t('ru', 'structure.meetingCount', { count })),
      [
        'В записи 1 заседание',
        'В записи 2 заседания',
        'В записи 5 заседаний',
        'В записи 11 заседаний',
        'В записи 21 заседание',
        'В записи 22 заседания',
        'В записи 25 заседаний',
      ],
    );
    assert.equal(t('en', 'states.count', { count: 1 }), '1 state');
    assert.equal(t('ru', 'states.count', { count: 28 }), '28 государств');
  });
  it('sorts by each alphabet', () => {
    const names = ['Türkiye', 'Thailand', 'Tajikistan', 'Turkmenistan'];
    assert.deepEqual(
      sortByName('en', names, (n) => n),
      ['Tajikistan', 'Thailand', 'Türkiye', 'Turkmenistan'],
    );
    assert.deepEqual(
      sortByName('ru', ['Япония', 'Ёлка', 'Египет', 'Азербайджан'], (n) => n),
      ['Азербайджан', 'Египет', 'Ёлка', 'Япония'],
    );
  });
  it('chooses the language a browser prefers among English and Russian', () => {
    assert.equal(negotiateLang('ru-RU,ru;q=0.9,en;q=0.8'), 'ru');
    assert.equal(negotiateLang('kk-KZ, ru;q=0.7, en;q=0.5'), 'ru');
    assert.equal(negotiateLang('de-DE, en;q=0.5, ru;q=0.4'), 'en');
    assert.equal(negotiateLang('zh-CN'), 'en');
    assert.equal(negotiateLang(undefined), 'en');
    assert.equal(negotiateLang('en;q=0, ru;q=0.1'), 'ru');
  });
  it('refuses a message that two tables define', () => {
    assert.throws(
      () => defineMessages({ 'site.name': 'Another name' }, { 'site.name': 'Другое имя' }),
      /defined twice/,
    );
    assert.equal(t('en', 'site.name'), 'Conference on Interaction and Confidence Building Measures in Asia');
  });
  it('fills placeholders and falls back to English for missing Russian text', () => {
    assert.equal(t('en', 'common.since', { date: '2011' }), 'since 2011');
    assert.equal(pick('ru', 'Almaty Act', null), 'Almaty Act');
    assert.equal(pick('ru', 'Almaty Act', 'Алматинский акт'), 'Алматинский акт');
  });
});
