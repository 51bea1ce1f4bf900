/**
 * The words of chairmanship, in CICA's two working languages. Every file of
 * chairmanship that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'states.state': 'State',
  'chair.title': 'Chairmanship',
  'chair.troikaOn': 'The troika on {date}',
  'chair.previous': 'Previous chair',
  'chair.current': 'Chair',
  'chair.incoming': 'Incoming chair',
  'chair.none': 'none',
  'chair.notYetNamed': 'not yet named',
  'chair.terms': 'All chairmanship terms',
  'chair.term': 'Term',
  'chair.handover': 'Taken over at',
  'chair.renewed': 'renewed',
  'chair.plannedEndPassed': 'term planned to end in {date}; no successor recorded',
  'chair.plannedEndPassedOn': 'term planned to end on {date}; no successor recorded',
  'chair.designated': 'designated {date}',
  'res.chairTerm': 'Chairmanship term',
};

export const ru: RussianTable<typeof en> = {
  'states.state': 'Государство',
  'chair.title': 'Председательство',
  'chair.troikaOn': '«Тройка» на {date}',
  'chair.previous': 'Предыдущий председатель',
  'chair.current': 'Председатель',
  'chair.incoming': 'Следующий председатель',
  'chair.none': 'нет',
  'chair.notYetNamed': 'пока не определён',
  'chair.terms': 'Все сроки председательства',
  'chair.term': 'Срок',
  'chair.handover': 'Принято на',
  'chair.renewed': 'продлено',
  'chair.plannedEndPassed': 'окончание срока планировалось на {date}; преемник не указан',
  'chair.plannedEndPassedOn': 'окончание срока планировалось на {date}; преемник не указан',
  'chair.designated': 'избран {date}',
  'res.chairTerm': 'Срок председательства',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
