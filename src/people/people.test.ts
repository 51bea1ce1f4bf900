import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allSpellings, otherSpellings, personName } from './people.ts';

const latin = (name: string) => ({ name, lang: 'en', script: 'Latn' });
const cyrillic = (name: string, lang = 'ru') => ({ name, lang, script: 'Cyrl' });

describe('a person’s names', () => {
  it('take the Russian name from the record, else from a spelling recorded in Cyrillic', () => {
    assert.deepEqual(personName({ name: { en: 'Kairat Sarybay', ru: 'Кайрат Сарыбай' }, names: [] }), {
      en: 'Kairat Sarybay',
      ru: 'Кайрат Сарыбай',
    });
    assert.deepEqual(
      personName({
        name: { en: 'Kairat Sarybay', ru: null },
        names: [latin('Kairat Sarybai'), cyrillic('Қайрат Сарыбай', 'kk'), cyrillic('Кайрат Сарыбай')],
      }).ru,
      'Кайрат Сарыбай',
    );
    assert.equal(
      personName({ name: { en: 'Zhang Ling', ru: null }, names: [cyrillic('Чжан Лин', 'kk')] }).ru,
      'Чжан Лин',
    );
  });

  it('have no Russian name where none is recorded in Cyrillic', () => {
    assert.equal(personName({ name: { en: 'Zhang Ling', ru: null }, names: [latin('Ling Zhang')] }).ru, null);
  });

  it('list every spelling once, and apart from the names shown', () => {
    const p = {
      name: { en: 'Kairat Sarybay', ru: null },
      names: [latin('Kairat Sarybai'), cyrillic('Кайрат Сарыбай'), latin('Kairat Sarybai')],
    };
    assert.deepEqual(allSpellings(p), ['Kairat Sarybay', 'Кайрат Сарыбай', 'Kairat Sarybai']);
    assert.deepEqual(otherSpellings(p), ['Kairat Sarybai']);
  });
});
