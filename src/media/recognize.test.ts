import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AREAS, BODIES, PEOPLE, STATES } from './media.fixture.ts';
import { nameKey, nominatives } from './names.ts';
import { buildIndex } from './recognize.ts';

const index = () => buildIndex({ people: PEOPLE, states: STATES, bodies: BODIES, areas: AREAS });
const people = (text: string) =>
  Object.fromEntries(
    index()
      .recognize(text)
      .people.map((p) => [p.personId, p.seen]),
  );

describe('name keys', () => {
  it('gives romanization variants and scripts one key', () => {
    assert.equal(nameKey('Sarybay'), nameKey('Sarybai'));
    assert.equal(nameKey('Сарыбай'), nameKey('Sarybay'));
    assert.equal(nameKey('Musayev'), nameKey('Musaev'));
    assert.equal(nameKey('Мусаев'), nameKey('Musayev'));
    assert.equal(nameKey('Çınar'), nameKey('Chinar'));
    assert.notEqual(nameKey('Sarybay'), nameKey('Bakayev'));
  });

  it('offers the nominative of a declined Russian name', () => {
    assert.ok(nominatives('Сарыбая').includes('сарыбай'));
    assert.ok(nominatives('Сарыбаем').includes('сарыбай'));
    assert.ok(nominatives('Мусаевым').includes('мусаев'));
    assert.ok(nominatives('Кайрата').includes('кайрат'));
    assert.deepEqual(nominatives('Sarybay'), ['Sarybay']);
  });
});

describe('people in an article', () => {
  it('finds a person by a recorded spelling and by a romanization variant', () => {
    assert.deepEqual(people('Kairat Sarybai opened the meeting.'), { 'p-sarybay': ['Kairat Sarybai'] });
    assert.deepEqual(people('Kairat Sarybay opened the meeting.'), { 'p-sarybay': ['Kairat Sarybay'] });
  });

  it('finds a person by initial and surname', () => {
    assert.deepEqual(people('The meeting was opened by K. Sarybay.'), { 'p-sarybay': ['K. Sarybay'] });
  });

  it('does not take an initial that does not fit', () => {
    assert.deepEqual(people('The meeting was opened by M. Sarybay.'), {});
  });

  it('finds a person written surname first', () => {
    assert.deepEqual(people('Nasredin Ismatullo spoke next.'), { 'p-nasredin': ['Nasredin Ismatullo'] });
  });

  it('finds a person with one letter changed in the given name ("Azar" for "Azer")', () => {
    const [found] = index().recognize('Azar Musayev took part.').people;
    assert.equal(found?.personId, 'p-musayev');
    assert.ok(found!.confidence < 1);
  });

  it('finds a person with a one-letter misspelling of the surname', () => {
    assert.deepEqual(people('Kairat Sarybey spoke.'), { 'p-sarybay': ['Kairat Sarybey'] });
  });

  it('finds a person written in Cyrillic and declined', () => {
    assert.deepEqual(people('Выступил Кайрат Сарыбай. Позже Кайрата Сарыбая поблагодарили.'), {
      'p-sarybay': ['Кайрат Сарыбай', 'Кайрата Сарыбая'],
    });
    assert.deepEqual(people('Встреча с Азером Мусаевым прошла в Баку.'), { 'p-musayev': ['Азером Мусаевым'] });
  });

  it('takes a surname alone only for someone named in full in the same article', () => {
    assert.deepEqual(people('Kairat Sarybay opened it. Sarybay said the building would be ready.'), {
      'p-sarybay': ['Kairat Sarybay', 'Sarybay'],
    });
    assert.deepEqual(people('Sarybay said the building would be ready.'), {});
  });

  it('keeps the post written before a name and after it', () => {
    const found = index().recognize(
      'Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev chaired the session. ' +
        'Kairat Sarybay, Secretary General of CICA, spoke.',
    ).people;
    const posts = Object.fromEntries(found.map((p) => [p.personId, p.posts]));
    assert.deepEqual(posts, {
      'p-bakayev': ['Deputy Minister of Foreign Affairs of Kazakhstan'],
      'p-sarybay': ['Secretary General of CICA'],
    });
  });

  it('keeps only the post of its own name where two people are named with "and" / "и"', () => {
    const found = index().recognize(
      'Генеральный секретарь СВМДА Кайрат Сарыбай и заместитель министра иностранных дел Казахстана Алибек Бакаев выступили.',
    ).people;
    assert.deepEqual(Object.fromEntries(found.map((p) => [p.personId, p.posts])), {
      'p-sarybay': ['Генеральный секретарь СВМДА'],
      'p-bakayev': ['заместитель министра иностранных дел Казахстана'],
    });
  });

  it('keeps no post where a verb stands between', () => {
    const [found] = index().recognize('The Minister said that Alibek Bakayev would attend.').people;
    assert.deepEqual(found?.posts, []);
  });
});

describe('names that match nobody', () => {
  it('proposes a name written next to a post, with the post', () => {
    const { unknown } = index().recognize('Ambassador of Azerbaijan Rustam Quliyev welcomed the guests.');
    assert.deepEqual(unknown, [{ name: 'Rustam Quliyev', post: 'Ambassador of Azerbaijan', seen: 'Rustam Quliyev' }]);
  });

  it('proposes a name after an honorific, and nothing for ordinary capitalized words', () => {
    assert.deepEqual(
      index()
        .recognize('Mr. Daulet Omarov attended. The Grand Hall was full.')
        .unknown.map((u) => u.name),
      ['Daulet Omarov'],
    );
  });

  it('finds a proposal added to the index under another spelling', () => {
    const idx = index();
    idx.addPerson({ id: 'prop-1', names: ['Rustam Quliyev'], proposed: true });
    const { people: found, unknown } = idx.recognize('Ambassador Rustam Kuliev welcomed the guests.');
    assert.deepEqual(unknown, []);
    assert.deepEqual(
      found.map((p) => [p.personId, p.proposed]),
      [['prop-1', true]],
    );
  });
});

describe('states, bodies and priority areas', () => {
  it('finds states by name, adjective, typo and in Russian', () => {
    const { states } = index().recognize(
      'The Kazakh side and a Tajik delegation met; Kazkhstan and the United Arab Emirates signed. ' +
        'Делегация Азербайджана и казахстанская сторона.',
    );
    assert.deepEqual(Object.fromEntries(states.map((s) => [s.id, s.seen])), {
      KZ: ['Kazakh', 'Kazkhstan', 'казахстанская'],
      TJ: ['Tajik'],
      AE: ['United Arab Emirates'],
      AZ: ['Азербайджана'],
    });
  });

  it('does not take a language for a state ("in Russian"), but keeps the adjective before a noun', () => {
    const { states } = index().recognize(
      'The statement was published in Russian, in Chinese and in English. It was translated into Kazakh and ' +
        'Tajik by the Secretariat, and a version in Russian is online. The Russian language edition follows. ' +
        'Текст на казахском языке. Russian diplomats and Chinese experts attended; in Kazakh media it led the news.',
    );
    assert.deepEqual(Object.fromEntries(states.map((s) => [s.id, s.seen])), {
      RU: ['Russian'],
      CN: ['Chinese'],
      KZ: ['Kazakh'],
    });
  });

  it('finds a body named three ways and by abbreviation', () => {
    const { bodies } = index().recognize(
      'The Senior Officials Committee met. The Committee of Senior Officials (CSO) agreed; the SOC will meet again. ' +
        'Заседание Комитета старших должностных лиц. The SWG prepared the drafts.',
    );
    assert.deepEqual(Object.fromEntries(bodies.map((b) => [b.id, b.seen])), {
      soc: [
        'Senior Officials Committee',
        'Committee of Senior Officials',
        'CSO',
        'SOC',
        'Комитета старших должностных лиц',
      ],
      swg: ['SWG'],
    });
  });

  it('finds the Secretariat called only "the Secretariat", in English and in Russian declined', () => {
    const seen = (text: string) =>
      Object.fromEntries(
        index()
          .recognize(text)
          .bodies.map((b) => [b.id, b.seen]),
      );
    assert.deepEqual(seen('The Secretariat prepared the drafts.'), { secretariat: ['The Secretariat'] });
    assert.deepEqual(seen('Делегации утвердили бюджет Секретариата на 2025 год.'), { secretariat: ['Секретариата'] });
    assert.deepEqual(seen('The CICA Secretariat met.'), { secretariat: ['CICA Secretariat'] });
  });

  it('does not take an abbreviation written in lower case', () => {
    assert.deepEqual(index().recognize('They talked about soc and mc.').bodies, []);
  });

  it('finds a priority area by its name', () => {
    assert.deepEqual(index().recognize('Experts discussed security of and in the use of ICTs.').areas, [
      { id: 'area-ict', seen: ['security of and in the use of ICTs'] },
    ]);
  });
});
