import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePlatform } from '../testing/app.ts';
import { latinWords } from '../testing/latin.ts';

/**
 * What a Russian page may show in Latin script, and why. Everything else in Latin
 * is English left untranslated, unless the page marks it as English (`lang="en"`,
 * with "(на английском языке)" beside it) because no Russian text exists.
 */
const ALLOWED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^[A-Z]{1,2}$/, 'ISO codes of states, and the confidence letters H, M, L'],
  [/^(S-[A-Za-z0-9-]+|SEED\d)$/, 'keys of the sources a fact cites'],
  [/^[IVXLC]+$/, 'Roman numerals of a national law number (Закон № 500-IV)'],
  [/^s-cica(\.org)?$/, "the Secretariat's web and e-mail address"],
  [/^(API|iCalendar|RSS|Atom|CSV|PDF)$/, 'names of data formats'],
  [/^KOBIA$/, "the acronym of Azerbaijan's SME agency, which chairs the Business Council"],
];
const allowed = (word: string) => ALLOWED.some(([pattern]) => pattern.test(word));

/** Pages the sitemap does not list but a reader reaches from the menus. */
const UNLISTED = [
  '/ru/chairmanship?date=2027-01-15',
  '/ru/activities/calendar',
  '/ru/activities/report',
  '/ru/activities/plans',
  '/ru/activities/timeline/state/KZ',
  '/ru/activities/timeline/area/tourism',
  '/ru/finance',
  '/ru/finance/2024',
  '/ru/finance/2021',
  '/ru/finance/states/KR',
  '/ru/capsules',
  '/ru/capsules/hq-foundation-stone-2024',
  `/ru/search?q=${encodeURIComponent('саммит')}`,
];

describe('the Russian site', () => {
  const app = usePlatform();

  it('shows no Latin-script words but names of organizations and codes, on every kind of page of the CICA pack', async () => {
    const sitemap = (await app().inject('/sitemap.xml')).body;
    const listed = [...sitemap.matchAll(/<loc>[^<]*?(\/ru[^<]*)<\/loc>/g)].map((m) => m[1]!);
    // One of each kind at least: home, lists, a state, a body, an activity that is a meeting and one that is not.
    for (const kind of [
      '/ru/states/KZ',
      '/ru/structure/summit',
      '/ru/activities/summit-6',
      '/ru/activities/volunteer-rally-2024',
    ])
      assert.ok(listed.includes(kind), `the sitemap lists ${kind}`);
    const found: string[] = [];
    for (const path of [...listed, ...UNLISTED]) {
      const res = await app().inject(path);
      assert.equal(res.statusCode, 200, path);
      for (const w of latinWords(res.body)) if (!allowed(w.word)) found.push(`${path}: "${w.word}" in “${w.context}”`);
    }
    assert.deepEqual(found, []);
  });

  it('says a title given only in English is in English, in words the reader sees', async () => {
    const page = (await app().inject('/ru/documents')).body;
    assert.match(
      page,
      /<span lang="en" class="fallback"[^>]*>Agreement on the CICA Secretariat<\/span> <small class="lang-note">\(на английском языке\)<\/small>/,
    );
  });

  it('keeps to Russian typography: one full stop after «г.», a national law number in Russian', async () => {
    const structure = (await app().inject('/ru/structure')).body;
    assert.doesNotMatch(structure, /г\.\s*\./);
    assert.match(structure, /Дата учреждения<\/span>: <span>17 июня 2006 г\.<\/span>/);
    assert.match((await app().inject('/ru/treaties/convention-privileges')).body, /Закон № 500-IV/);
  });

  it('writes a post after a name in lower case', async () => {
    assert.match(
      (await app().inject('/ru/states/KZ')).body,
      /<strong>(<a href="\/ru\/people\/kairat-sarybay">)?<span>Кайрат Сарыбай<\/span>(<\/a>)?<\/strong>, <span>генеральный секретарь<\/span>/,
    );
  });

  it('names the people of the pack in Cyrillic', async () => {
    const structure = (await app().inject('/ru/structure/secretariat')).body;
    for (const name of ['Кайрат Сарыбай', 'Хабибулло Мирзозода', 'Чынар Алдемир', 'Гун Цзяньвэй'])
      assert.ok(structure.includes(name), name);
    assert.ok(!structure.includes('Kairat'));
  });
});
