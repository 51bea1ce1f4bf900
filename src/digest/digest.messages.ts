/**
 * The words of digest, in CICA's two working languages. Every file of
 * digest that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'error.noIssue': 'No issue number {number} of Voice of Asia has been published.',
  'error.noRecord': 'No such record.',
  'field.issuePeriod': 'An issue covers at most a year.',
  'digest.inThisIssue': 'In this issue',
  'digest.spotlight': 'In the Spotlight',
  'digest.foreword': 'Foreword',
  'digest.flash': 'Flash briefing',
  'digest.activities': 'CICA activities',
  'digest.phone': 'Phone',
  'digest.email': 'E-mail',
  'digest.web': 'Web',
  'digest.title': 'Voice of Asia',
  'digest.lead': "The CICA Digest: each quarter's press releases gathered in one issue, to read online or print.",
  'digest.archive': 'Issues',
  'digest.none': 'No issue has been published yet.',
  'digest.period': '{from} – {to}',
  'digest.compile': 'Compile an issue',
  'digest.compileHint':
    'Gathers the published press releases of the period, month by month, with a spotlight and cover teasers suggested.',
  'digest.from': 'From',
  'digest.to': 'To',
  'digest.lang': 'Language',
  'digest.number': 'Number',
  'digest.issueTitle': 'Title',
  'digest.forewordAuthor': 'Foreword: author',
  'digest.forewordTitle': "Foreword: author's title",
  'digest.forewordText': 'Foreword: text',
  'digest.spotlightField': 'Spotlight',
  'digest.teasers': 'Cover teasers (four to eight)',
  'digest.flashField': 'Flash briefing (one item per line)',
  'digest.picturesField': 'Activity pictures (one per line: address | caption)',
  'digest.partnersField': 'Partner pages (one per line: title | text)',
  'digest.articles': 'Articles',
  'digest.up': 'Move up',
  'digest.down': 'Move down',
  'digest.action.submit': 'Submit for review',
  'digest.action.send-back': 'Send back',
  'digest.action.publish': 'Publish',
  'digest.action.unpublish': 'Unpublish',
  'digest.contents': 'Contents',
  'digest.preview': 'Preview the PDF',
  'digest.articleCount': { one: '{n} article', other: '{n} articles' },
  'field.tooMany': 'Too many.',
};

export const ru: RussianTable<typeof en> = {
  'error.noIssue': 'Выпуск «Голоса Азии» № {number} не опубликован.',
  'error.noRecord': 'Такой записи нет.',
  'field.issuePeriod': 'Выпуск охватывает не больше года.',
  'digest.inThisIssue': 'В этом номере',
  'digest.spotlight': 'В центре внимания',
  'digest.foreword': 'Вступительное слово',
  'digest.flash': 'Коротко',
  'digest.activities': 'Мероприятия СВМДА',
  'digest.phone': 'Тел.',
  'digest.email': 'Эл. почта',
  'digest.web': 'Сайт',
  'digest.title': 'Голос Азии',
  'digest.lead': 'Дайджест СВМДА: пресс-релизы квартала в одном выпуске — для чтения на сайте и для печати.',
  'digest.archive': 'Выпуски',
  'digest.none': 'Выпуски пока не опубликованы.',
  'digest.period': '{from} – {to}',
  'digest.compile': 'Собрать выпуск',
  'digest.compileHint':
    'Собирает опубликованные пресс-релизы периода по месяцам и предлагает главный материал и анонсы на обложке.',
  'digest.from': 'С',
  'digest.to': 'По',
  'digest.lang': 'Язык',
  'digest.number': 'Номер',
  'digest.issueTitle': 'Название',
  'digest.forewordAuthor': 'Вступительное слово: автор',
  'digest.forewordTitle': 'Вступительное слово: должность автора',
  'digest.forewordText': 'Вступительное слово: текст',
  'digest.spotlightField': 'Главный материал',
  'digest.teasers': 'Анонсы на обложке (от четырёх до восьми)',
  'digest.flashField': 'Коротко (по одному сообщению в строке)',
  'digest.picturesField': 'Фотографии мероприятий (в строке: адрес | подпись)',
  'digest.partnersField': 'Страницы партнёров (в строке: заголовок | текст)',
  'digest.articles': 'Материалы',
  'digest.up': 'Выше',
  'digest.down': 'Ниже',
  'digest.action.submit': 'Отправить на проверку',
  'digest.action.send-back': 'Вернуть на доработку',
  'digest.action.publish': 'Опубликовать',
  'digest.action.unpublish': 'Снять с публикации',
  'digest.contents': 'Содержание',
  'digest.preview': 'Просмотреть PDF',
  'digest.articleCount': { one: '{n} материал', few: '{n} материала', many: '{n} материалов', other: '{n} материала' },
  'field.tooMany': 'Слишком много.',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
