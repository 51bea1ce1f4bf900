/** Media monitoring's words, in English and Russian. */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'media.queue': 'Coverage to review',
  'media.queueLead':
    'Links to activities the monitor is unsure of, and names in the coverage that match nobody on the record. Each decision is kept and audited.',
  'media.waiting': {
    one: '{n} link and {people} names wait for review',
    other: '{n} links and {people} names wait for review',
  },
  'media.links': 'Proposed links',
  'media.people': 'Proposed people',
  'media.article': 'Article',
  'media.activity': 'Activity',
  'media.confidence': 'Confidence',
  'media.evidence': 'Evidence',
  'media.ev.date': 'the dates agree ({on})',
  'media.ev.published': {
    one: 'published {n} day after the activity, with no date of its own',
    other: 'published {n} days after the activity, with no date of its own',
  },
  'media.ev.place': 'the place agrees',
  'media.ev.people': 'people who took part',
  'media.ev.states': 'states taking part',
  'media.ev.title': 'words of its title',
  'media.ev.body': 'the body',
  'media.decision': 'Decision',
  'media.confirm': 'Confirm',
  'media.reject': 'Reject',
  'media.confirmPerson': 'Add as a new person',
  'media.sameAs': 'Same as',
  'media.spellings': 'Spellings seen',
  'media.post': 'Post as written',
  'media.nothing': 'Nothing waits for review.',
  'media.feed': 'Coverage feed (Atom)',
  'media.feedTitle': 'Coverage of CICA in outside media',
  'media.feedLead': 'Articles imported by the Secretariat’s media monitoring, newest first.',
  'media.notFound': 'That item has already been decided or does not exist.',
  'media.import': 'Import coverage',
  'media.importLead':
    'Articles from one outlet: plain text, Markdown, saved web pages or RSS/Atom feeds. Each file is imported whole or refused with its reason.',
  'media.source': 'Outlet',
  'media.files': 'Files',
  'media.importButton': 'Import',
  'media.summary': '{imported} imported, {duplicates} already in the record, {refused} refused',
  'media.importedList': 'Imported',
  'media.duplicateList': 'Already in the record',
  'media.refusedList': 'Refused',
  'media.noFiles': 'Choose at least one file.',
  'media.noSource': 'Name the outlet the articles come from.',
} as const;

export const ru: RussianTable<typeof en> = {
  'media.queue': 'Публикации на проверку',
  'media.queueLead':
    'Связи с мероприятиями, в которых монитор не уверен, и имена из публикаций, которых нет в записи. Каждое решение сохраняется и попадает в журнал.',
  'media.waiting': {
    one: 'На проверке {n} связь и имён: {people}',
    few: 'На проверке {n} связи и имён: {people}',
    many: 'На проверке {n} связей и имён: {people}',
    other: 'На проверке {n} связи и имён: {people}',
  },
  'media.links': 'Предложенные связи',
  'media.people': 'Предложенные лица',
  'media.article': 'Публикация',
  'media.activity': 'Мероприятие',
  'media.confidence': 'Уверенность',
  'media.evidence': 'Основания',
  'media.ev.date': 'даты совпадают ({on})',
  'media.ev.published': {
    one: 'опубликовано через {n} день после мероприятия, без собственной даты',
    few: 'опубликовано через {n} дня после мероприятия, без собственной даты',
    many: 'опубликовано через {n} дней после мероприятия, без собственной даты',
    other: 'опубликовано через {n} дня после мероприятия, без собственной даты',
  },
  'media.ev.place': 'место совпадает',
  'media.ev.people': 'участники мероприятия',
  'media.ev.states': 'государства-участники',
  'media.ev.title': 'слова из названия',
  'media.ev.body': 'орган',
  'media.decision': 'Решение',
  'media.confirm': 'Подтвердить',
  'media.reject': 'Отклонить',
  'media.confirmPerson': 'Добавить как новое лицо',
  'media.sameAs': 'Это',
  'media.spellings': 'Написания',
  'media.post': 'Должность, как написано',
  'media.nothing': 'Проверять нечего.',
  'media.feed': 'Лента публикаций (Atom)',
  'media.feedTitle': 'СВМДА во внешних СМИ',
  'media.feedLead': 'Публикации, импортированные мониторингом СМИ Секретариата, сначала новые.',
  'media.notFound': 'Решение по этому пункту уже принято или его нет.',
  'media.import': 'Импорт публикаций',
  'media.importLead':
    'Публикации одного издания: текст, Markdown, сохранённые веб-страницы или ленты RSS/Atom. Каждый файл импортируется целиком или отклоняется с указанием причины.',
  'media.source': 'Издание',
  'media.files': 'Файлы',
  'media.importButton': 'Импортировать',
  'media.summary': 'Импортировано: {imported}, уже в записи: {duplicates}, отклонено: {refused}',
  'media.importedList': 'Импортированы',
  'media.duplicateList': 'Уже в записи',
  'media.refusedList': 'Отклонены',
  'media.noFiles': 'Выберите хотя бы один файл.',
  'media.noSource': 'Укажите издание, из которого взяты публикации.',
};

defineMessages(en, ru);

declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Readonly<Record<keyof typeof en, string>> {}
}
