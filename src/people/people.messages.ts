/**
 * The words of people, in CICA's two working languages. Every file of
 * people that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'person.notFound': 'There is no person with this id on the record.',
  'person.nameEn': 'Name in English',
  'person.nameRu': 'Name in Russian',
  'person.otherSpellings': 'Also written',
  'person.nationality': 'Nationality',
  'person.posts': 'Posts',
  'person.activities': 'Activities attended',
  'person.news': 'In the news',
  'person.allNews': 'All press releases about {name}',
  'col.lang': 'Language (ISO 639)',
  'col.nationality': 'Nationality',
  'col.portrait': 'Portrait (a picture of the media library)',
  'col.post': 'Post',
  'col.script': 'Script (ISO 15924)',
  'col.spelling': 'Spelling',
  'res.person': 'Person',
  'res.personName': 'Spelling of the name',
  'res.personNames': 'Spellings of the name',
  'res.position': 'Position',
  'res.positions': 'Positions',
  'nameOrigin.secretariat': "the Secretariat's rendering (no source gives this form)",
};

export const ru: RussianTable<typeof en> = {
  'person.notFound': 'Человека с таким идентификатором в базе нет.',
  'person.nameEn': 'Имя на английском языке',
  'person.nameRu': 'Имя на русском языке',
  'person.otherSpellings': 'Другие написания',
  'person.nationality': 'Гражданство',
  'person.posts': 'Должности',
  'person.activities': 'Участие в мероприятиях',
  'person.news': 'В новостях',
  'person.allNews': 'Все пресс-релизы: {name}',
  'col.lang': 'Язык (ISO 639)',
  'col.nationality': 'Гражданство',
  'col.portrait': 'Портрет (фотография из медиатеки)',
  'col.post': 'Должность',
  'col.script': 'Письменность (ISO 15924)',
  'col.spelling': 'Написание',
  'res.person': 'Лицо',
  'res.personName': 'Написание имени',
  'res.personNames': 'Написания имени',
  'res.position': 'Должность',
  'res.positions': 'Должности',
  'nameOrigin.secretariat': 'передача Секретариата (в источниках такой формы нет)',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
