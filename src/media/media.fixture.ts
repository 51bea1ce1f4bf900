/**
 * A small record to recognize against, and articles written for the tests
 * (not taken from any outlet). The people are test people; the spellings are
 * the kinds the issue names.
 */
import type { NamedEntry, PersonEntry } from './recognize.ts';
import { BODY_WORDS, STATE_WORDS } from './vocabulary.ts';

export const PEOPLE: PersonEntry[] = [
  { id: 'p-sarybay', names: ['Kairat Sarybay', 'Kairat Sarybai', 'Кайрат Сарыбай'] },
  { id: 'p-nasredin', names: ['Ismatullo Nasredin', 'Исматулло Насредин'] },
  { id: 'p-musayev', names: ['Azer Musayev', 'Азер Мусаев'] },
  { id: 'p-bakayev', names: ['Alibek Bakayev', 'Алибек Бакаев'] },
  { id: 'p-gong', names: ['Gong Jianwei'] },
];

export const state = (id: string, en: string, ru: string): NamedEntry => ({
  id,
  names: [en, ru, ...(STATE_WORDS[id] ?? [])],
});
export const STATES: NamedEntry[] = [
  state('KZ', 'Kazakhstan', 'Казахстан'),
  state('TJ', 'Tajikistan', 'Таджикистан'),
  state('AZ', 'Azerbaijan', 'Азербайджан'),
  state('CN', 'China', 'Китай'),
  state('AE', 'United Arab Emirates', 'Объединённые Арабские Эмираты'),
  state('RU', 'Russia', 'Россия'),
];

export const body = (id: string, en: string, ru: string): NamedEntry => ({
  id,
  names: [en, ru, ...(BODY_WORDS[id]?.names ?? [])],
  abbreviations: BODY_WORDS[id]?.abbreviations ?? [],
});
export const BODIES: NamedEntry[] = [
  body('soc', 'Senior Officials Committee', 'Комитет старших должностных лиц'),
  body('swg', 'Special Working Group', 'Специальная рабочая группа'),
  body('ministerial', 'Council of Ministers of Foreign Affairs', 'Совет министров иностранных дел'),
  body('secretariat', 'CICA Secretariat', 'Секретариат СВМДА'),
];

export const AREAS: NamedEntry[] = [
  { id: 'area-ict', names: ['security of and in the use of ICTs', 'безопасность в сфере использования ИКТ'] },
  { id: 'area-tourism', names: ['development of secure and effective systems of transportation corridors', 'tourism'] },
];

/** One ceremony, reported by two outlets with other spellings, once in Russian, and once reprinted. */
export const CEREMONY_EN = {
  title: 'Time capsule sealed in foundation of new CICA headquarters',
  published: '2024-06-27',
  text:
    'Astana, 26 June 2024 — Secretary General Kairat Sarybay, Deputy Minister of Foreign Affairs of Kazakhstan ' +
    'Alibek Bakayev, Ismatullo Nasredin and Azer Musayev placed a time capsule in the foundation stone of the new ' +
    'headquarters building of the Secretariat.\n\nThe capsule holds messages to be read in 2049. Delegations of ' +
    'Tajikistan and Azerbaijan attended the ceremony, held on the eve of the Senior Officials Committee meeting. ' +
    'Speakers said the building would give the Secretariat room to grow as its work across the five dimensions expands.',
};
export const CEREMONY_WIRE = {
  title: 'New headquarters for Asian security forum gets its first stone',
  published: '2024-06-28',
  text:
    'ASTANA, June 26 (Steppe Wire) – K. Sarybai, who heads the secretariat, was joined by Nasredin Ismatullo, ' +
    'Azar Musayev and Alibek Bakaev as a capsule of letters was sealed inside the first stone of a new office ' +
    'block for the organisation. The letters are meant to be opened a quarter of a century from now. Kazakh, ' +
    'Tajik and Azerbaijani diplomats looked on. The Committee of Senior Officials (CSO) was due to meet the next ' +
    'day in the same city to review the plan of activities for the second half of the year and the draft budget.',
};
export const CEREMONY_REPRINT = {
  title: 'Asian forum lays first stone of its new home',
  published: '2024-06-29',
  text: `${CEREMONY_WIRE.text.replace('ASTANA, June 26 (Steppe Wire) –', 'ASTANA, June 26 (Steppe Wire via Daily Courier) –')} This story was distributed by Steppe Wire.`,
};
export const CEREMONY_RU = {
  title: 'В Астане заложили капсулу времени в фундамент новой штаб-квартиры СВМДА',
  published: '2024-06-27',
  text:
    'Астана, 26 июня 2024 г. — Генеральный секретарь СВМДА Кайрат Сарыбай и заместитель министра иностранных дел ' +
    'Казахстана Алибек Бакаев заложили капсулу времени в фундамент нового здания Секретариата. Послания из капсулы ' +
    'прочтут в 2049 году. На церемонии присутствовали делегации Таджикистана и Азербайджана, а на следующий день ' +
    'в столице прошло заседание Комитета старших должностных лиц.',
};
