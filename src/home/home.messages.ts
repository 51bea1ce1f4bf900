/**
 * The words of home, in CICA's two working languages. Every file of
 * home that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'home.title': 'Conference on Interaction and Confidence Building Measures in Asia',
  'home.lead':
    'CICA is a forum of {members} Asian states for dialogue and for confidence building measures in five dimensions: military-political, new challenges and threats, economic, environmental and human. Its Secretariat is in Astana.',
  'home.troikaToday': 'The troika today',
  'home.troikaExplain': 'The previous, current and incoming chairs consult as the troika.',
  'home.facts': 'CICA in figures',
  'home.members': 'member states',
  'home.observers': 'observer states',
  'home.observerOrgs': 'observer organizations',
  'home.areas': 'priority areas of the Catalogue',
  'home.news': 'Latest news',
  'home.allNews': 'All news',
  'home.upcoming': 'Upcoming',
  'home.recent': 'Recently held',
  'home.activities': 'Activities',
  'home.calendar': 'Calendar',
  'home.noUpcoming': 'No activities are announced yet.',
  'home.leadership': 'Leadership',
  'home.headSince': 'In office since {date}',
  'home.profile': 'Profile',
  'home.digestLead': 'The CICA digest',
  'home.allIssues': 'All issues',
};

export const ru: RussianTable<typeof en> = {
  'home.title': 'Совещание по взаимодействию и мерам доверия в Азии',
  'home.lead':
    'СВМДА — форум {members} азиатских государств для диалога и мер доверия в пяти измерениях: военно-политическом, новых вызовов и угроз, экономическом, экологическом и человеческом. Секретариат находится в Астане.',
  'home.troikaToday': '«Тройка» сегодня',
  'home.troikaExplain': 'Предыдущий, действующий и следующий председатели проводят консультации в формате «тройки».',
  'home.facts': 'СВМДА в цифрах',
  'home.members': 'государств-членов',
  'home.observers': 'государств-наблюдателей',
  'home.observerOrgs': 'организаций-наблюдателей',
  'home.areas': 'приоритетных направлений Каталога',
  'home.news': 'Последние новости',
  'home.allNews': 'Все новости',
  'home.upcoming': 'Предстоящие',
  'home.recent': 'Недавно состоялись',
  'home.activities': 'Мероприятия',
  'home.calendar': 'Календарь',
  'home.noUpcoming': 'О предстоящих мероприятиях пока не объявлено.',
  'home.leadership': 'Руководство',
  'home.headSince': 'В должности с {date}',
  'home.profile': 'Профиль',
  'home.digestLead': 'Дайджест СВМДА',
  'home.allIssues': 'Все выпуски',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
