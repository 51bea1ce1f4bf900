import './registry.messages.ts';
import type { BodiesService, TitledMeeting } from '../bodies/bodies.service.ts';
import type { CbmService, StateRole } from '../cbm/cbm.service.ts';
import type { ChairmanshipService } from '../chairmanship/chairmanship.service.ts';
import type { ChairTermRecord } from '../chairmanship/chairmanship.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { PositionRecord } from '../people/people.ts';
import type { IsoDate } from '../platform/dates.ts';
import { DomainError } from '../platform/errors.ts';
import { type Status, type StateStanding, isFormer, standingsOn, statusOn } from './registry.ts';
import type { RegistryStore } from './registry.store.ts';
import type { Organization, State, StatusRecord } from './registry.ts';

export type Standing = StateStanding & Readonly<{ state: State }>;

export type StateProfile = Readonly<{
  state: State;
  statusToday: StatusRecord | null;
  history: StatusRecord[];
  meetings: TitledMeeting[];
  chairTerms: ChairTermRecord[];
  roles: StateRole[];
  nationals: PositionRecord[];
}>;

type Deps = {
  store: RegistryStore;
  chairmanship: ChairmanshipService;
  cbm: CbmService;
  people: PeopleService;
  bodies: BodiesService;
};

export function createRegistryService({ store, chairmanship, cbm, people, bodies }: Deps) {
  return {
    /** Every state the record knows, whatever its status, for naming. */
    async states(): Promise<State[]> {
      return store.states();
    },

    async standings(date: IsoDate, status?: Status): Promise<Standing[]> {
      const [states, periods] = await Promise.all([store.states(), store.statusPeriods()]);
      const byCode = new Map(states.map((s) => [s.code, s]));
      return standingsOn(
        periods.filter((p) => byCode.has(p.stateCode)),
        date,
        status,
      ).map((s) => ({ ...s, state: byCode.get(s.stateCode)! }));
    },

    /** States that once held a status and hold none now (Australia, Lebanon). */
    async formerStates(): Promise<State[]> {
      const [states, periods] = await Promise.all([store.states(), store.statusPeriods()]);
      return states.filter((s) => isFormer(periods.filter((p) => p.stateCode === s.code)));
    },

    async organizations(): Promise<Organization[]> {
      return store.organizations();
    },

    async profile(code: string, today: IsoDate): Promise<StateProfile> {
      const state = await store.state(code.toUpperCase());
      if (!state)
        throw new DomainError(
          'STATE_NOT_FOUND',
          'error.noState',
          [{ field: 'code', message: 'error.noState', params: { code } }],
          {
            code,
          },
        );
      const [history, terms, roles, nationals] = await Promise.all([
        store.statusPeriods(state.code),
        chairmanship.terms(),
        cbm.rolesOf(state.code),
        people.positionsOfNationals(state.code),
      ]);
      const meetingIds = history.map((h) => h.meetingId).filter((id): id is string => id !== null);
      return {
        state,
        statusToday: statusOn(history, today) as StatusRecord | null,
        history,
        meetings: await bodies.meetings({ ids: meetingIds }),
        chairTerms: terms.filter((t) => t.stateCode === state.code),
        roles,
        nationals,
      };
    },
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
