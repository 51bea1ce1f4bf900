import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type SeriesName,
  englishMeetingTitle,
  meetingTitle,
  meetingsPastPlannedDate,
  russianMeetingTitle,
  seriesOn,
  untitledMeetingTitle,
} from './bodies.ts';
import {
  CASES,
  englishOrdinalNumeral,
  englishOrdinalWord,
  russianOrdinalNumeral,
  russianOrdinalWord,
} from './ordinals.ts';

const zasedanie = {
  nom: 'заседание',
  gen: 'заседания',
  dat: 'заседанию',
  acc: 'заседание',
  ins: 'заседанием',
  prep: 'заседании',
};
const ministerial: SeriesName[] = [
  {
    from: null,
    nounEn: 'Ministerial Meeting',
    genderRu: 'n',
    tailRu: 'министров иностранных дел СВМДА',
    headRu: {
      nom: 'совещание',
      gen: 'совещания',
      dat: 'совещанию',
      acc: 'совещание',
      ins: 'совещанием',
      prep: 'совещании',
    },
  },
  {
    from: '2022-10-13',
    nounEn: 'Ministerial Council Meeting',
    genderRu: 'n',
    tailRu: 'Совета министров иностранных дел СВМДА',
    headRu: zasedanie,
  },
];
const forum: SeriesName = {
  from: null,
  nounEn: 'CICA Think Tank Forum',
  genderRu: 'm',
  tailRu: 'аналитических центров СВМДА',
  headRu: { nom: 'форум', gen: 'форума', dat: 'форуму', acc: 'форум', ins: 'форумом', prep: 'форуме' },
};
const conference: SeriesName = {
  from: null,
  nounEn: 'Conference',
  genderRu: 'f',
  tailRu: 'НПФ',
  headRu: {
    nom: 'конференция',
    gen: 'конференции',
    dat: 'конференции',
    acc: 'конференцию',
    ins: 'конференцией',
    prep: 'конференции',
  },
};

describe('English ordinals', () => {
  it('spells and numbers', () => {
    assert.deepEqual([1, 2, 3, 7, 12, 20, 21, 42, 99].map(englishOrdinalWord), [
      'first',
      'second',
      'third',
      'seventh',
      'twelfth',
      'twentieth',
      'twenty-first',
      'forty-second',
      'ninety-ninth',
    ]);
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(englishOrdinalNumeral), [
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
  });
  it('refuses what is not a positive whole number', () => {
    assert.throws(() => englishOrdinalWord(0), RangeError);
    assert.throws(() => englishOrdinalNumeral(1.5), RangeError);
  });
});

describe('Russian ordinals agree with the noun', () => {
  it('in gender', () => {
    assert.equal(russianOrdinalWord(7, 'n'), 'седьмое');
    assert.equal(russianOrdinalWord(7, 'm'), 'седьмой');
    assert.equal(russianOrdinalWord(7, 'f'), 'седьмая');
    assert.equal(russianOrdinalWord(1, 'm'), 'первый');
    assert.equal(russianOrdinalWord(3, 'f'), 'третья');
  });
  it('in every case', () => {
    assert.deepEqual(
      CASES.map((c) => russianOrdinalWord(6, 'n', c)),
      ['шестое', 'шестого', 'шестому', 'шестое', 'шестым', 'шестом'],
    );
    assert.deepEqual(
      CASES.map((c) => russianOrdinalWord(5, 'f', c)),
      ['пятая', 'пятой', 'пятой', 'пятую', 'пятой', 'пятой'],
    );
    assert.deepEqual(
      CASES.map((c) => russianOrdinalWord(3, 'm', c)),
      ['третий', 'третьего', 'третьему', 'третий', 'третьим', 'третьем'],
    );
  });
  it('in compound numbers, declining only the last word', () => {
    assert.equal(russianOrdinalWord(21, 'm', 'gen'), 'двадцать первого');
    assert.equal(russianOrdinalWord(40, 'n'), 'сороковое');
    assert.equal(russianOrdinalWord(112, 'f', 'prep'), 'сто двенадцатой');
    assert.equal(russianOrdinalWord(200, 'm'), 'двухсотый');
  });
  it('in the short numeral form', () => {
    assert.equal(russianOrdinalNumeral(12, 'm'), '12-й');
    assert.equal(russianOrdinalNumeral(12, 'm', 'gen'), '12-го');
    assert.equal(russianOrdinalNumeral(12, 'm', 'dat'), '12-му');
    assert.equal(russianOrdinalNumeral(12, 'm', 'ins'), '12-м');
    assert.equal(russianOrdinalNumeral(12, 'n'), '12-е');
    assert.equal(russianOrdinalNumeral(12, 'f'), '12-я');
    assert.equal(russianOrdinalNumeral(12, 'f', 'acc'), '12-ю');
    assert.equal(russianOrdinalNumeral(13, 'f', 'gen'), '13-й');
    assert.equal(russianOrdinalNumeral(23, 'n', 'gen'), '23-го');
  });
});

describe('meeting titles', () => {
  it('use the series name in force on the meeting date', () => {
    assert.equal(seriesOn(ministerial, '2021-10-11')?.nounEn, 'Ministerial Meeting');
    assert.equal(seriesOn(ministerial, '2022-10-13')?.nounEn, 'Ministerial Council Meeting');
    assert.equal(
      meetingTitle({ number: 7, start: '2024-12-17', titleEn: null, titleRu: null }, ministerial, 'en'),
      'Seventh Ministerial Council Meeting',
    );
    assert.equal(
      meetingTitle({ number: 6, start: '2021-10-11', titleEn: null, titleRu: null }, ministerial, 'en'),
      'Sixth Ministerial Meeting',
    );
  });
  it('are spelled out to ten and in digits above', () => {
    assert.equal(englishMeetingTitle(12, forum), '12th CICA Think Tank Forum');
    assert.equal(englishMeetingTitle(10, forum), 'Tenth CICA Think Tank Forum');
  });
  it('in Russian agree with the head noun in gender and case', () => {
    assert.equal(russianMeetingTitle(7, ministerial[1]!), 'Седьмое заседание Совета министров иностранных дел СВМДА');
    assert.equal(
      russianMeetingTitle(7, ministerial[1]!, 'gen'),
      'Седьмого заседания Совета министров иностранных дел СВМДА',
    );
    assert.equal(russianMeetingTitle(6, ministerial[0]!, 'prep'), 'Шестом совещании министров иностранных дел СВМДА');
    assert.equal(russianMeetingTitle(12, forum), '12-й форум аналитических центров СВМДА');
    assert.equal(russianMeetingTitle(12, forum, 'ins'), '12-м форумом аналитических центров СВМДА');
    assert.equal(russianMeetingTitle(3, conference, 'acc'), 'Третью конференцию НПФ');
  });
  it("prefer a meeting's own title, and fall back to English where Russian is missing", () => {
    const special = { number: null, start: '2020-09-24', titleEn: 'Special Meeting', titleRu: null };
    assert.equal(meetingTitle(special, ministerial, 'ru'), 'Special Meeting');
    assert.equal(meetingTitle({ number: null, start: '2020', titleEn: null, titleRu: null }, ministerial, 'en'), null);
  });
  it('name a meeting with neither number nor title after its body, in Russian in the genitive of the series', () => {
    const council = { en: 'Council of Ministers of Foreign Affairs', ru: 'Совет министров иностранных дел' };
    assert.equal(
      untitledMeetingTitle('ru', ministerial, '2024-03-19', council),
      'Заседание Совета министров иностранных дел СВМДА',
    );
    assert.equal(
      untitledMeetingTitle('en', ministerial, '2024-03-19', council),
      'Meeting of the Council of Ministers of Foreign Affairs',
    );
    const experts = { en: 'Meeting of Experts', ru: 'Совещание экспертов' };
    assert.equal(untitledMeetingTitle('ru', [], '2024', experts), 'Заседание органа «Совещание экспертов»');
  });
});

describe('meetings past their planned date', () => {
  const meeting = (start: string, end: string | null, status: 'held' | 'planned') => ({ start, end, status });
  const seventhSummit = meeting('2026', null, 'planned');

  it('are not due while the planned year lasts', () => {
    assert.deepEqual(meetingsPastPlannedDate([seventhSummit], '2026-12-31'), []);
  });

  it('are listed once the planned year is over and the meeting is still only planned', () => {
    assert.deepEqual(meetingsPastPlannedDate([seventhSummit], '2027-01-15'), [seventhSummit]);
  });

  it('wait for the last day of a meeting spanning several days', () => {
    const m = meeting('2026-10-12', '2026-10-13', 'planned');
    assert.deepEqual(meetingsPastPlannedDate([m], '2026-10-13'), []);
    assert.deepEqual(meetingsPastPlannedDate([m], '2026-10-14'), [m]);
  });

  it('leave out meetings recorded as held, in date order otherwise', () => {
    const held = meeting('2024-12-17', null, 'held');
    const earlier = meeting('2025-05', null, 'planned');
    assert.deepEqual(meetingsPastPlannedDate([seventhSummit, held, earlier], '2027-01-15'), [earlier, seventhSummit]);
  });
});
