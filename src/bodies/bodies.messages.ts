/**
 * The words of bodies, in CICA's two working languages. Every file of
 * bodies that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'meeting.untitled': 'Meeting of the {body}',
  'common.planned': 'planned',
  'common.online': 'online',
  'structure.kind.governing': 'Governing bodies',
  'structure.kind.working': 'Working formats',
  'structure.kind.secretariat': 'Secretariat',
  'structure.kind.advisory': 'Advisory bodies and forums',
  'structure.kind.standing': 'Standing bodies and mechanisms',
  'structure.meetings': 'Meetings',
  'structure.meetingCount': { one: '{count} meeting recorded', other: '{count} meetings recorded' },
  'structure.noMeetings': 'No meetings are recorded.',
  'structure.frequency': 'Meets',
  'structure.founded': 'Established',
  'structure.formerly': 'Until {date}: {name}',
  'structure.heads': 'Heads of the Secretariat',
  'structure.deputies': 'Deputies and staff',
  'error.noBody': 'No body with the identifier “{id}”.',
  'col.founded': 'Established',
  'res.body': 'Body',
};

export const ru: RussianTable<typeof en> = {
  'meeting.untitled': 'Заседание органа «{body}»',
  'common.planned': 'запланировано',
  'common.online': 'онлайн',
  'structure.kind.governing': 'Руководящие органы',
  'structure.kind.working': 'Рабочие форматы',
  'structure.kind.secretariat': 'Секретариат',
  'structure.kind.advisory': 'Консультативные органы и форумы',
  'structure.kind.standing': 'Постоянные органы и механизмы',
  'structure.meetings': 'Заседания',
  'structure.meetingCount': {
    one: 'В записи {count} заседание',
    few: 'В записи {count} заседания',
    many: 'В записи {count} заседаний',
    other: 'В записи {count} заседания',
  },
  'structure.noMeetings': 'Заседания не записаны.',
  'structure.frequency': 'Периодичность',
  'structure.founded': 'Дата учреждения',
  'structure.formerly': 'До {date}: {name}',
  'structure.heads': 'Руководители Секретариата',
  'structure.deputies': 'Заместители и сотрудники',
  'error.noBody': 'Нет органа с идентификатором «{id}».',
  'col.founded': 'Дата учреждения',
  'res.body': 'Орган',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
