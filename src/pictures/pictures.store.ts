/** Pictures of the media library. */
import type { Insertable, Selectable } from 'kysely';
import type { Db, PictureTable } from '../platform/db/database.ts';

export type PictureRow = Selectable<PictureTable>;

export function createPicturesStore(db: Db) {
  return {
    async list(limit = 500): Promise<PictureRow[]> {
      return db.selectFrom('picture').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
    },
    async byIds(ids: readonly string[]): Promise<PictureRow[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('picture')
        .selectAll()
        .where('id', 'in', [...new Set(ids)])
        .execute();
    },
    async byId(id: string): Promise<PictureRow | undefined> {
      return db.selectFrom('picture').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async insert(row: Insertable<PictureTable>): Promise<void> {
      await db.insertInto('picture').values(row).execute();
    },
  };
}
