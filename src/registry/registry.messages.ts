/**
 * The words of registry, in CICA's two working languages. Every file of
 * registry that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'common.since': 'since {date}',
  'common.sinceAtLeast': 'since at least {date}',
  'common.date': 'Date',
  'states.title': 'Member and observer states',
  'states.members': 'Member states',
  'states.observers': 'Observer states',
  'states.former': 'Former observers',
  'states.observerOrgs': 'Observer organizations',
  'states.partners': 'Partner organizations',
  'states.asOfForm': 'Membership on a date',
  'states.statusHistory': 'Status history',
  'states.chairTerms': 'Chairmanship',
  'states.noChairTerms': '{name} has not chaired CICA.',
  'states.role': 'Role',
  'states.coordinatorRoles': 'Coordinator roles in the Catalogue of CBMs',
  'states.noCoordinatorRoles': 'No coordinator role is recorded.',
  'states.nationals': 'Officials from this state',
  'states.instrument': 'Instrument',
  'states.partnerSince': 'Date',
  'states.partnerDatesUnknown': 'Where no date is given, the record does not hold the date of the memorandum.',
  'relation.observer': 'Observer',
  'relation.partner': 'Partner',
  'relation.partner-in-progress': 'Partnership in preparation',
  'cbm.area': 'Priority area',
  'error.noState': 'No state with the code {code}.',
  'col.code': 'ISO code',
  'col.relation': 'Relation',
  'res.organization': 'Organization',
  'res.relation': 'Relation with CICA',
  'res.relations': 'Relations with CICA',
  'res.state': 'State',
  'res.statusPeriod': 'Status period',
  'res.statusPeriods': 'Status history',
};

export const ru: RussianTable<typeof en> = {
  'common.since': 'с {date}',
  'common.sinceAtLeast': 'по меньшей мере с {date}',
  'common.date': 'Дата',
  'states.title': 'Государства-члены и наблюдатели',
  'states.members': 'Государства-члены',
  'states.observers': 'Государства-наблюдатели',
  'states.former': 'Бывшие наблюдатели',
  'states.observerOrgs': 'Организации-наблюдатели',
  'states.partners': 'Организации-партнёры',
  'states.asOfForm': 'Состав на дату',
  'states.statusHistory': 'История статуса',
  'states.chairTerms': 'Председательство',
  'states.noChairTerms': 'Это государство не председательствовало в СВМДА.',
  'states.role': 'Роль',
  'states.coordinatorRoles': 'Роли координатора в Каталоге мер доверия',
  'states.noCoordinatorRoles': 'Ролей координатора не записано.',
  'states.nationals': 'Должностные лица из этого государства',
  'states.instrument': 'Документ',
  'states.partnerSince': 'Дата',
  'states.partnerDatesUnknown': 'Где дата не указана, дата меморандума в записях отсутствует.',
  'relation.observer': 'Наблюдатель',
  'relation.partner': 'Партнёр',
  'relation.partner-in-progress': 'Партнёрство в подготовке',
  'cbm.area': 'Приоритетное направление',
  'error.noState': 'Нет государства с кодом {code}.',
  'col.code': 'Код ISO',
  'col.relation': 'Отношение',
  'res.organization': 'Организация',
  'res.relation': 'Отношения с СВМДА',
  'res.relations': 'Отношения с СВМДА',
  'res.state': 'Государство',
  'res.statusPeriod': 'Период статуса',
  'res.statusPeriods': 'История статуса',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
