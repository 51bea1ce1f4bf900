import type { Db } from '../platform/db/database.ts';
import type { SpeechTable } from '../platform/db/database.ts';
import type { Post } from '../people/people.ts';
import type { Speech, SpeechStatus } from './speeches.ts';

type Row = Omit<SpeechTable, 'version'> & { version: number };

const toSpeech = (r: Row): Speech => ({
  id: r.id,
  slug: r.slug,
  status: r.status as SpeechStatus,
  date: r.date,
  place: { en: r.place_en, ru: r.place_ru },
  title: { en: r.title_en, ru: r.title_ru },
  occasion: { en: r.occasion_en, ru: r.occasion_ru },
  speaker: { personId: r.speaker_id, name: r.speaker_name, post: r.speaker_post as Post | null },
  body: { en: r.body_en, ru: r.body_ru },
  publishedAt: r.published_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export function createSpeechesStore(db: Db) {
  return {
    async insert(row: Omit<SpeechTable, 'version'>): Promise<void> {
      await db.insertInto('speech').values(row).execute();
    },
    async slugTaken(slug: string): Promise<boolean> {
      return !!(await db.selectFrom('speech').select('id').where('slug', '=', slug).executeTakeFirst());
    },
    async bySlug(slug: string): Promise<Speech | null> {
      const row = await db.selectFrom('speech').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row ? toSpeech(row) : null;
    },
    async byIds(ids: readonly string[]): Promise<Speech[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('speech')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute();
      return rows.map(toSpeech);
    },
    /** Published speeches, newest first; a page of them, or all (`limit` large) for the index. */
    async published(limit: number, offset: number): Promise<{ items: Speech[]; total: number }> {
      const [rows, count] = await Promise.all([
        db
          .selectFrom('speech')
          .selectAll()
          .where('status', '=', 'published')
          .orderBy('date', 'desc')
          .orderBy('id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('speech')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .where('status', '=', 'published')
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toSpeech), total: Number(count.n) };
    },
  };
}

export type SpeechesStore = ReturnType<typeof createSpeechesStore>;
