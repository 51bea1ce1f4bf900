import './bodies.messages.ts';
import { DomainError } from '../platform/errors.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Bilingual } from '../platform/sourced.ts';
import { firstDay } from '../platform/dates.ts';
import { meetingTitle, meetingsPastPlannedDate, untitledMeetingTitle } from './bodies.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import type { BodiesStore } from './bodies.store.ts';
import type { Body, Meeting, MeetingReader } from './bodies.ts';

/** A meeting with its title in both languages (null where it has none of its own and no number) and its body's name. */
export type TitledMeeting = Meeting &
  Readonly<{
    title: Readonly<{ en: string | null; ru: string | null }>;
    /** What the meeting is called when it has no title: after its body. */
    untitled: Readonly<{ en: string; ru: string }>;
    bodyName: Bilingual;
  }>;

export function createBodiesService(store: BodiesStore, meetings: MeetingReader) {
  const titled = (meeting: Meeting, body: Body | undefined): TitledMeeting => {
    const bodyName = body?.name ?? { en: meeting.bodyId, ru: null };
    const untitled = (lang: Lang) => untitledMeetingTitle(lang, body?.series ?? [], meeting.start, bodyName);
    return {
      ...meeting,
      bodyName,
      untitled: { en: untitled('en'), ru: untitled('ru') },
      title: {
        en: meetingTitle(meeting, body?.series ?? [], 'en'),
        ru: meetingTitle(meeting, body?.series ?? [], 'ru'),
      },
    };
  };

  async function titledMeetings(
    filter: { bodyId?: string; ids?: readonly string[]; heldBy?: IsoDate } = {},
  ): Promise<TitledMeeting[]> {
    const [bodies, found] = await Promise.all([store.bodies(), meetings(filter)]);
    const byId = new Map(bodies.map((b) => [b.id, b]));
    return found.map((m) => titled(m, byId.get(m.bodyId)));
  }

  return {
    /** Bodies in their order of standing; `existingOn` leaves out those founded later. */
    async bodies(existingOn?: IsoDate): Promise<Body[]> {
      const bodies = await store.bodies();
      return existingOn ? bodies.filter((b) => b.founded === null || firstDay(b.founded) <= existingOn) : bodies;
    },

    async body(id: string): Promise<Body> {
      const body = (await store.bodies()).find((b) => b.id === id);
      if (!body)
        throw new DomainError(
          'BODY_NOT_FOUND',
          'error.noBody',
          [{ field: 'id', message: 'error.noBody', params: { id } }],
          { id },
        );
      return body;
    },

    meetings: titledMeetings,

    /** Meetings still recorded as planned whose dates have passed: for staff to confirm. */
    async meetingsPastPlannedDate(date: IsoDate): Promise<TitledMeeting[]> {
      return meetingsPastPlannedDate(await titledMeetings(), date);
    },
  };
}

export type BodiesService = ReturnType<typeof createBodiesService>;
