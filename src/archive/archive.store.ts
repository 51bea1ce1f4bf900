import type { Db } from '../platform/db/database.ts';
import type { ArchiveFlagTable, ArchiveItemTable } from '../platform/db/database.ts';
import type { ArchiveKind } from './archive.ts';

export type ArchiveFlag = Readonly<{
  id: string;
  itemKey: string;
  kind: string;
  detail: Record<string, unknown>;
  status: string;
  createdAt: string;
  version: number;
  item: Readonly<{ kind: ArchiveKind; itemId: string; file: string }>;
}>;

export function createArchiveStore(db: Db) {
  return {
    /** Which of these keys the archive already holds, as an item's key or one of its old addresses. */
    async known(keys: readonly string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      // In slices: a run of thousands of files asks for thousands of keys, past what one statement may bind.
      for (let i = 0; i < keys.length; i += 500) {
        const part = [...keys.slice(i, i + 500)];
        const [items, addresses] = await Promise.all([
          db.selectFrom('archive_item').select(['key', 'item_id']).where('key', 'in', part).execute(),
          db
            .selectFrom('archive_address')
            .innerJoin('archive_item', 'archive_item.key', 'archive_address.item_key')
            .select(['archive_address.address', 'archive_item.item_id'])
            .where('archive_address.address', 'in', part)
            .execute(),
        ]);
        for (const r of items) found.set(r.key, r.item_id);
        for (const r of addresses) found.set(r.address, r.item_id);
      }
      return found;
    },
    async insertItem(row: ArchiveItemTable): Promise<void> {
      await db.insertInto('archive_item').values(row).execute();
    },
    async insertAddress(address: string, itemKey: string): Promise<void> {
      await db.insertInto('archive_address').values({ address, item_key: itemKey }).execute();
    },
    async insertFlag(row: Omit<ArchiveFlagTable, 'version'>): Promise<void> {
      await db.insertInto('archive_flag').values(row).execute();
    },
    /** The item an old address leads to. */
    async itemAt(address: string): Promise<{ kind: ArchiveKind; itemId: string } | null> {
      const row = await db
        .selectFrom('archive_address')
        .innerJoin('archive_item', 'archive_item.key', 'archive_address.item_key')
        .select(['archive_item.kind', 'archive_item.item_id'])
        .where('archive_address.address', '=', address)
        .executeTakeFirst();
      return row ? { kind: row.kind as ArchiveKind, itemId: row.item_id } : null;
    },
    async addressesOf(itemId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('archive_address')
        .innerJoin('archive_item', 'archive_item.key', 'archive_address.item_key')
        .select('archive_address.address')
        .where('archive_item.item_id', '=', itemId)
        .orderBy('archive_address.address')
        .execute();
      return rows.map((r) => r.address);
    },
    async flags(status: 'open' | 'resolved', limit = 500): Promise<ArchiveFlag[]> {
      const rows = await db
        .selectFrom('archive_flag')
        .innerJoin('archive_item', 'archive_item.key', 'archive_flag.item_key')
        .select([
          'archive_flag.id',
          'archive_flag.item_key',
          'archive_flag.kind',
          'archive_flag.detail',
          'archive_flag.status',
          'archive_flag.created_at',
          'archive_flag.version',
          'archive_item.kind as item_kind',
          'archive_item.item_id',
          'archive_item.file',
        ])
        .where('archive_flag.status', '=', status)
        .orderBy('archive_flag.created_at', 'desc')
        .orderBy('archive_flag.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        itemKey: r.item_key,
        kind: r.kind,
        detail: JSON.parse(r.detail) as Record<string, unknown>,
        status: r.status,
        createdAt: r.created_at,
        version: r.version,
        item: { kind: r.item_kind as ArchiveKind, itemId: r.item_id, file: r.file },
      }));
    },
    async flag(id: string): Promise<{ status: string; version: number } | null> {
      return (
        (await db.selectFrom('archive_flag').select(['status', 'version']).where('id', '=', id).executeTakeFirst()) ??
        null
      );
    },
    async count(): Promise<number> {
      const r = await db
        .selectFrom('archive_item')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
