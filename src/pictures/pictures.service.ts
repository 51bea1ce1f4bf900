/**
 * The media library's use cases: an upload becomes a picture kept in several
 * widths, resized and stripped of its metadata (camera, place, owner) by sharp;
 * other capabilities read pictures here by id and never see the file store.
 */
import './pictures.messages.ts';
import type { Metadata } from 'sharp';
import { type ChangeResult, createChanges, invalid } from '../platform/changes.ts';
import type { Actor } from '../platform/access.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import { DomainError, type FieldProblem } from '../platform/errors.ts';
import type { FileStore } from '../platform/files/files.ts';
import { PICTURES, checkUpload } from '../platform/files/types.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import { newId } from '../platform/ids.ts';
import type { References } from '../platform/records.ts';
import { type Size, parseSizes, sizeFor, widthsFor } from './pictures.ts';
import { pictureInput, pictureWords } from './pictures.schema.ts';
import { type PictureRow, createPicturesStore } from './pictures.store.ts';

export type Picture = Readonly<{
  id: string;
  width: number;
  height: number;
  alt: Readonly<{ en: string; ru: string | null }>;
  caption: Readonly<{ en: string | null; ru: string | null }>;
  /** The English credit. */
  credit: string | null;
  /** The Russian credit; editions frozen before it existed hold none. */
  creditRu?: string | null;
  shownOn: string | null;
  activityId: string | null;
  sizes: readonly Size[];
}>;

/** A picture's words in a language: the Russian falls back to the English where it is not written. */
export const altOf = (p: Picture, lang: Lang) => (lang === 'ru' ? (p.alt.ru ?? p.alt.en) : p.alt.en);
export const captionOf = (p: Picture, lang: Lang) =>
  lang === 'ru' ? (p.caption.ru ?? p.caption.en) : (p.caption.en ?? p.caption.ru);

/**
 * A picture's credit in a language, and the language it is in: on a Russian page the
 * English stands in where the Russian is not written, and says so (`lang`).
 */
export const creditOf = (p: Picture, lang: Lang): { text: string; lang: Lang } | null => {
  if (lang === 'ru' && p.creditRu) return { text: p.creditRu, lang: 'ru' };
  if (p.credit) return { text: p.credit, lang: 'en' };
  return p.creditRu ? { text: p.creditRu, lang: 'ru' } : null;
};

const toPicture = (r: PictureRow): Picture => ({
  id: r.id,
  width: r.width,
  height: r.height,
  alt: { en: r.alt_en, ru: r.alt_ru },
  caption: { en: r.caption_en, ru: r.caption_ru },
  credit: r.credit,
  creditRu: r.credit_ru,
  shownOn: r.shown_on,
  activityId: r.activity_id,
  sizes: parseSizes(r.sizes),
});

/** A picture larger than this many pixels is refused before it is decoded: a small file can unpack into gigabytes. */
const MAX_PIXELS = 60_000_000;

const UPLOAD_PROBLEM = {
  empty: 'pictures.empty',
  'too-large': 'pictures.tooLarge',
  'forbidden-type': 'pictures.kind',
  'name-mismatch': 'pictures.nameMismatch',
} as const;

export type Deps = Readonly<{ clock: Clock; files: FileStore; references: References }>;

export function createPicturesService(
  db: Db,
  deps: Deps,
  hooks: { changed: () => Promise<void> } = { changed: async () => {} },
) {
  const store = createPicturesStore(db);
  const change = createChanges(db, deps.clock);

  /** The upload in each of its widths, as JPEG without metadata, the camera's orientation applied. */
  async function sizesOf(bytes: Uint8Array): Promise<{ sizes: Size[]; width: number; height: number } | null> {
    // Loaded on the first upload: a process that only serves pages never needs libvips in memory.
    const { default: sharp } = await import('sharp');
    const input = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    let meta: Metadata;
    try {
      meta = await input().metadata();
    } catch {
      return null;
    }
    // EXIF orientations 5–8 turn the picture a quarter: its width is its height.
    const turned = (meta.orientation ?? 1) >= 5;
    const width = (turned ? meta.height : meta.width) ?? 0;
    const height = (turned ? meta.width : meta.height) ?? 0;
    if (!width || !height) return null;
    const sizes: Size[] = [];
    for (const w of widthsFor(width)) {
      const { data, info } = await input()
        .resize({ width: w, withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      const stored = await deps.files.put(data, 'image/jpeg');
      sizes.push({ width: info.width, height: info.height, key: stored.key });
    }
    return { sizes, width, height };
  }

  return {
    /**
     * Keeps an upload as a picture: the kind read from its bytes, then its
     * sizes made and stored, then the record written with its words. Nothing is
     * recorded when any part is refused (sizes already stored are content-addressed
     * and harmless: the same bytes again name the same files).
     */
    async upload(
      actor: Actor,
      file: Readonly<{ name: string; bytes: Uint8Array; tooLarge?: boolean }> | null,
      input: unknown,
    ): Promise<ChangeResult> {
      const problems: FieldProblem[] = [];
      const parsed = pictureInput.safeParse(input);
      if (!parsed.success)
        problems.push(...parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
      if (!file) problems.push({ field: 'file', message: 'pictures.noFile' });
      else if (file.tooLarge) problems.push({ field: 'file', message: 'pictures.tooLarge' });
      else {
        const check = await checkUpload(file.name, file.bytes, PICTURES);
        if (!check.ok) problems.push({ field: 'file', message: UPLOAD_PROBLEM[check.reason] });
      }
      const values = parsed.success ? parsed.data : null;
      if (values?.activity_id && !(await deps.references.exists('activity', values.activity_id)))
        problems.push({ field: 'activity_id', message: 'field.unknownRef' });
      if (problems.length || !values || !file) return invalid(problems);
      const made = await sizesOf(file.bytes);
      if (!made) return invalid([{ field: 'file', message: 'pictures.unreadable' }]);
      const id = newId();
      const result = await change(actor, async (c) => {
        const row = {
          id,
          sizes: JSON.stringify(made.sizes),
          width: made.width,
          height: made.height,
          ...values,
          created_at: c.at,
          updated_at: c.at,
        };
        await createPicturesStore(c.trx).insert(row);
        await c.audit({ action: 'create', recordType: 'picture', recordId: id, before: null, after: { ...row } });
        return { ok: true, id };
      });
      if (result.ok) await hooks.changed();
      return result;
    },

    /** A picture as its office page edits it: with the version a save must name. */
    async forEditing(id: string): Promise<{ picture: Picture; version: number }> {
      const row = await store.byId(id);
      if (!row) throw new DomainError('RECORD_NOT_FOUND');
      return { picture: toPicture(row), version: row.version };
    },

    /**
     * Writes a picture's words again (its descriptions, captions and credits): refused naming the field when
     * one is wrong, as a conflict when the picture changed since the page was read; audited with the words before.
     */
    async describe(actor: Actor, id: string, input: unknown): Promise<ChangeResult> {
      const parsed = pictureWords.safeParse(input);
      if (!parsed.success)
        return invalid(parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
      const { version, ...words } = parsed.data;
      const result = await change(actor, async (c) => {
        const before = await createPicturesStore(c.trx).byId(id);
        if (!before) throw new DomainError('RECORD_NOT_FOUND');
        await c.versioned('picture', 'id', id, version, { ...words, updated_at: c.at });
        const was = Object.fromEntries(Object.keys(words).map((k) => [k, before[k as keyof typeof words]]));
        await c.audit({ action: 'update', recordType: 'picture', recordId: id, before: was, after: { ...words } });
        return { ok: true, id };
      });
      if (result.ok) await hooks.changed();
      return result;
    },

    async list(): Promise<Picture[]> {
      return (await store.list()).map(toPicture);
    },

    /** Pictures by id, in the order asked; ids of no picture are left out. */
    async byIds(ids: readonly string[]): Promise<Picture[]> {
      const found = new Map((await store.byIds(ids)).map((r) => [r.id, toPicture(r)]));
      return ids.flatMap((id) => found.get(id) ?? []);
    },

    /** The ids among `ids` that name no picture: what a save that refers to pictures refuses. */
    async missing(ids: readonly string[]): Promise<string[]> {
      const found = new Set((await store.byIds(ids)).map((r) => r.id));
      return ids.filter((id) => !found.has(id));
    },

    /** The organization's emblem, where the Secretariat's record names one. */
    async emblem(): Promise<Picture | null> {
      const row = await db
        .selectFrom('secretariat')
        .select('emblem_picture_id')
        .where('id', '=', 'cica')
        .executeTakeFirst();
      if (!row?.emblem_picture_id) return null;
      return (await store.byIds([row.emblem_picture_id])).map(toPicture)[0] ?? null;
    },

    /** The stored file of a picture at a width it was made in, or null. */
    async file(id: string, width: number): Promise<string | null> {
      const [row] = await store.byIds([id]);
      const size = row ? parseSizes(row.sizes).find((s) => s.width === width) : undefined;
      return size?.key ?? null;
    },

    /** The bytes to print a picture `want` pixels wide (the layout asks by width, the store by key). */
    async bytes(sizes: readonly Size[], want: number): Promise<Buffer | null> {
      const size = sizeFor(sizes, want);
      return size ? deps.files.get(size.key) : null;
    },
  };
}

export type PicturesService = ReturnType<typeof createPicturesService>;
