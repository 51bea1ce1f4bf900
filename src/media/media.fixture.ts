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
];

export const AREAS: NamedEntry[] = [
  { id: 'area-ict', names: ['security of and in the use of ICTs', 'безопасность в сфере использования ИКТ'] },
  { id: 'area-tourism', names: ['development of secure and effective systems of transportation corridors', 'tourism'] },
];
