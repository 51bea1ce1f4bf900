import type { Db } from '../platform/db/database.ts';
import { bilingual, provenance } from '../platform/sourced.ts';
import type { ChairTermRecord } from './chairmanship.ts';

export function createChairmanshipStore(db: Db) {
  return {
    async terms(): Promise<ChairTermRecord[]> {
      const rows = await db.selectFrom('chair_term').selectAll().orderBy('from_date').execute();
      return rows.map((r) => ({
        id: r.id,
        stateCode: r.state_code,
        from: r.from_date,
        until: r.until_date,
        plannedUntil: r.planned_until,
        designatedOn: r.designated_on,
        handoverMeetingId: r.handover_meeting_id,
        note: bilingual(r.note_en, r.note_ru),
        provenance: provenance(r),
      }));
    },
  };
}

export type ChairmanshipStore = ReturnType<typeof createChairmanshipStore>;
