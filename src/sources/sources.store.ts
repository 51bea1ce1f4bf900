import type { Db } from '../platform/db/database.ts';
import { type Citation, bilingual } from '../platform/sourced.ts';

export function createSourcesStore(db: Db) {
  return {
    async byKeys(keys: readonly string[]): Promise<Citation[]> {
      if (keys.length === 0) return [];
      const rows = await db
        .selectFrom('source')
        .selectAll()
        .where('key', 'in', [...keys])
        .execute();
      return rows.map((r) => ({
        key: r.key,
        url: r.url,
        title: bilingual(r.title_en, r.title_ru),
        publisher: bilingual(r.publisher_en, r.publisher_ru),
        date: r.date,
      }));
    },
  };
}

export type SourcesStore = ReturnType<typeof createSourcesStore>;
