/**
 * The words of search, in CICA's two working languages. Every file of
 * search that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'search.filter': 'Filter',
  'search.title': 'Search',
  'search.results': { one: '{total} result for “{q}”', other: '{total} results for “{q}”' },
  'search.resultsMore': { one: 'More than {total} result for “{q}”', other: 'More than {total} results for “{q}”' },
  'search.narrow': 'Results go no further than these: dates or a type narrow the search.',
  'search.none': 'Nothing found for “{q}”.',
  'search.prompt': 'Type a word or a name: a state, a person, a body, a topic.',
  'search.type': 'Type',
  'search.anyType': 'Everything',
  'search.from': 'From',
  'search.to': 'To',
  'search.state': 'State',
  'search.anyState': 'Any state',
  'search.dimension': 'Dimension',
  'search.anyDimension': 'Any dimension',
  'search.type.release': 'Press release',
  'search.type.speech': 'Speech',
  'search.type.state': 'State',
  'search.type.person': 'Person',
  'search.type.body': 'Body',
  'search.type.area': 'Priority area',
  'search.type.document': 'Document',
  'search.type.activity': 'Activity',
};

export const ru: RussianTable<typeof en> = {
  'search.filter': 'Отобрать',
  'search.title': 'Поиск',
  'search.results': {
    one: '{total} результат по запросу «{q}»',
    few: '{total} результата по запросу «{q}»',
    many: '{total} результатов по запросу «{q}»',
    other: '{total} результата по запросу «{q}»',
  },
  'search.resultsMore': {
    one: 'Более {total} результата по запросу «{q}»',
    few: 'Более {total} результатов по запросу «{q}»',
    many: 'Более {total} результатов по запросу «{q}»',
    other: 'Более {total} результата по запросу «{q}»',
  },
  'search.narrow': 'Дальше результаты не показываются: сузьте поиск датами или типом.',
  'search.none': 'По запросу «{q}» ничего не найдено.',
  'search.prompt': 'Введите слово или имя: государство, человека, орган, тему.',
  'search.type': 'Тип',
  'search.anyType': 'Всё',
  'search.from': 'С',
  'search.to': 'По',
  'search.state': 'Государство',
  'search.anyState': 'Любое государство',
  'search.dimension': 'Измерение',
  'search.anyDimension': 'Любое измерение',
  'search.type.release': 'Пресс-релиз',
  'search.type.speech': 'Выступление',
  'search.type.state': 'Государство',
  'search.type.person': 'Лицо',
  'search.type.body': 'Орган',
  'search.type.area': 'Приоритетное направление',
  'search.type.document': 'Документ',
  'search.type.activity': 'Мероприятие',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
