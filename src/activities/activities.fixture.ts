/**
 * A small, made-up year of activities for tests and screenshots (not CICA's
 * record): a 2024 plan with a meeting rescheduled from Baku to online, a
 * cancelled item, a seminar in two priority areas, a forum across the new year.
 */
import type { Services } from '../services.ts';
import type { Actor } from '../platform/access.ts';

const must = async (p: Promise<{ ok: true; id: string } | { ok: false }>): Promise<string> => {
  const r = await p;
  if (!r.ok) throw new Error(`fixture refused: ${JSON.stringify(r)}`);
  return r.id;
};

export async function seedActivities(services: Services, editor: Actor) {
  const office = services.office;
  const plan = await must(
    office.create(editor, 'action-plans', {
      year: '2024',
      title_en: 'CICA Action Plan for 2024',
      title_ru: 'План действий СВМДА на 2024 год',
      approved_on: '2024-01-20',
    }),
  );
  const item = (values: Record<string, string>) =>
    must(office.create(editor, 'plan-items', { plan_id: plan, decision: 'pending', ...values }));
  const socItem = await item({
    priority_area_id: 'tourism',
    title_en: 'Meeting of experts on tourism',
    title_ru: 'Совещание экспертов по туризму',
    kind: 'meeting',
    responsible: 'AZ',
    planned_from: '2024-11-11',
    place_en: 'Baku',
    place_ru: 'Баку',
    format: 'in-person',
    decision: 'postponed',
  });
  const seminarItem = await item({
    priority_area_id: 'transport-corridors',
    title_en: 'Seminar on transport corridors',
    kind: 'seminar',
    responsible: 'KZ UZ',
    planned_from: '2024-05',
  });
  await item({
    priority_area_id: 'sme',
    title_en: 'Workshop on SME financing',
    kind: 'workshop',
    responsible: 'RU',
    planned_from: '2024-09',
    decision: 'cancelled',
  });
  await item({
    priority_area_id: 'ict-security',
    title_en: 'Webinar on ICT security',
    kind: 'webinar',
    responsible: 'RU',
    planned_from: '2024-10',
  });
  const activity = (values: Record<string, string>) =>
    must(office.create(editor, 'activities', { status: 'held', ...values }));
  const tourism = await activity({
    kind: 'meeting',
    title_en: 'Meeting of experts on tourism',
    title_ru: 'Совещание экспертов по туризму',
    start_date: '2024-12-17',
    format: 'online',
    areas: 'tourism',
    organizers: 'AZ secretariat',
    participants: 'AZ KZ CN TR IN',
    participant_count: '34',
    plan_item_id: socItem,
    summary_en: 'Experts of fourteen member states discussed a joint tourism route.',
    summary_ru: 'Эксперты четырнадцати государств-членов обсудили совместный туристический маршрут.',
  });
  const seminar = await activity({
    kind: 'seminar',
    title_en: 'Seminar on transport corridors and tourism',
    title_ru: 'Семинар по транспортным коридорам и туризму',
    start_date: '2024-05-14',
    end_date: '2024-05-15',
    city_en: 'Almaty',
    city_ru: 'Алматы',
    country_code: 'KZ',
    format: 'hybrid',
    areas: 'tourism transport-corridors',
    organizers: 'KZ UZ',
    hosts: 'KZ',
    participants: 'KZ UZ AZ TR',
    participant_count: '60',
    plan_item_id: seminarItem,
    outcome_en: 'Recommendations on visa facilitation for transit routes.',
    outcome_ru: 'Рекомендации по упрощению визового режима на транзитных маршрутах.',
  });
  const forum = await activity({
    kind: 'forum',
    title_en: 'Youth forum on confidence building',
    title_ru: 'Молодёжный форум по мерам доверия',
    start_date: '2024-12-30',
    end_date: '2025-01-02',
    city_en: 'Astana',
    city_ru: 'Астана',
    country_code: 'KZ',
    format: 'in-person',
    areas: 'human-dimension',
    organizers: 'KZ',
    hosts: 'KZ',
    participants: 'KZ AZ',
  });
  const planned = await activity({
    kind: 'webinar',
    status: 'planned',
    title_en: 'Webinar on ICT security',
    start_date: '2025-06-12',
    format: 'online',
    areas: 'ict-security',
    organizers: 'RU',
  });
  await must(
    office.create(editor, 'activity-people', {
      activity_id: seminar,
      person_id: 'kairat-sarybay',
      role: 'secretariat',
    }),
  );
  await must(
    office.create(editor, 'activity-outcomes', {
      activity_id: seminar,
      kind: 'recommendation',
      text_en: 'Simplify transit visas along the corridors.',
      text_ru: 'Упростить транзитные визы на коридорах.',
    }),
  );
  return { plan, socItem, seminarItem, tourism, seminar, forum, planned };
}
