/**
 * Speeches' use cases: written inside a change another capability runs (the
 * archive imports them with their old addresses in one transaction), and read
 * back for the public list, the feed, the page and search.
 */
import './speeches.messages.ts';
import { slugFor } from '../newsroom/newsroom.ts';
import type { Change } from '../platform/changes.ts';
import type { Db } from '../platform/db/database.ts';
import { DomainError, type FieldProblem } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import type { References } from '../platform/records.ts';
import { type SpeechInput, speechInput } from './speeches.schema.ts';
import { createSpeechesStore } from './speeches.store.ts';
import type { Speech } from './speeches.ts';

export const SPEECHES_PER_PAGE = 20;

export type SpeechesHooks = { changed: () => Promise<void> };

export function createSpeechesService(db: Db, refs: References, hooks: SpeechesHooks = { changed: async () => {} }) {
  const store = createSpeechesStore(db);
  return {
    /** The input checked as a save would check it, the speaker among the record's people. */
    async check(input: unknown): Promise<{ ok: true; value: SpeechInput } | { ok: false; problems: FieldProblem[] }> {
      const parsed = speechInput.safeParse(input);
      if (!parsed.success)
        return {
          ok: false,
          problems: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
        };
      if (parsed.data.speaker_id && !(await refs.exists('person', parsed.data.speaker_id)))
        return { ok: false, problems: [{ field: 'speaker_id', message: 'field.unknownRef' }] };
      return { ok: true, value: parsed.data };
    },

    /**
     * Writes a checked speech inside the caller's change, with its audit entry;
     * `publishedOn` is the day an earlier site published it, kept as its publication date.
     */
    async writeWithin(
      c: Change,
      s: SpeechInput,
      { publish, publishedOn, reserved }: { publish: boolean; publishedOn: string | null; reserved: Set<string> },
    ): Promise<{ id: string; slug: string }> {
      const tx = createSpeechesStore(c.trx);
      const base = slugFor(s.title_en ?? s.title_ru ?? 'speech', s.date);
      let slug = base;
      for (let n = 2; reserved.has(slug) || (await tx.slugTaken(slug)); n++) slug = `${base}-${n}`;
      reserved.add(slug);
      const id = newId();
      const row = {
        id,
        slug,
        status: publish ? 'published' : 'draft',
        date: s.date,
        place_en: s.place_en,
        place_ru: s.place_ru,
        title_en: s.title_en,
        title_ru: s.title_ru,
        occasion_en: s.occasion_en,
        occasion_ru: s.occasion_ru,
        speaker_id: s.speaker_id,
        speaker_name: s.speaker_name,
        speaker_post: s.speaker_post,
        body_en: s.body_en,
        body_ru: s.body_ru,
        published_at: publish ? (publishedOn ? `${publishedOn}T00:00:00.000Z` : c.at) : null,
        created_at: c.at,
        updated_at: c.at,
        created_by: c.actor?.id ?? null,
      };
      await tx.insert(row);
      await c.audit({ action: 'create', recordType: 'speeches', recordId: id, before: null, after: row });
      return { id, slug };
    },

    /** After a change that wrote speeches has committed: search and cached pages learn of it. */
    changed: hooks.changed,

    async published(slug: string): Promise<Speech> {
      const s = await store.bySlug(slug);
      if (s?.status !== 'published')
        throw new DomainError('RECORD_NOT_FOUND', 'speech.notFound', [{ field: 'slug', message: 'speech.notFound' }]);
      return s;
    },

    async publicList(page: number): Promise<{ items: Speech[]; total: number; pages: number }> {
      const { items, total } = await store.published(SPEECHES_PER_PAGE, (page - 1) * SPEECHES_PER_PAGE);
      return { items, total, pages: Math.max(1, Math.ceil(total / SPEECHES_PER_PAGE)) };
    },

    /** Every published speech: the search index and the sitemap. */
    async allPublished(): Promise<Speech[]> {
      return (await store.published(1_000_000, 0)).items;
    },

    async byIds(ids: readonly string[]): Promise<Speech[]> {
      return store.byIds(ids);
    },
  };
}

export type SpeechesService = ReturnType<typeof createSpeechesService>;
