/**
 * Newsroom rules: the life of a press release from draft to archive, who may
 * move it, when it is public, and how its dateline reads. Pure: the time and
 * the actor's role are passed in.
 */
import { slugify } from 'transliteration';
import type { Role } from '../platform/access.ts';
import type { IsoDate } from '../platform/dates.ts';
import { POSTS, POST_TITLE_VARIANTS, type Person } from '../people/people.ts';
import { type Lang, formatDateRange, pick, postAfterName, t } from '../platform/i18n/i18n.ts';

export const RELEASE_STATUSES = ['draft', 'in-review', 'approved', 'scheduled', 'published', 'archived'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const RELEASE_ACTIONS = [
  'submit',
  'approve',
  'send-back',
  'publish',
  'schedule',
  'unschedule',
  'archive',
  'restore',
] as const;
export type ReleaseAction = (typeof RELEASE_ACTIONS)[number];
/** What a release's history records: its workflow actions and the edits between them. */
export type ReleaseEventAction = ReleaseAction | 'create' | 'edit' | 'correct';

export const LINK_KINDS = ['state', 'person', 'body', 'area', 'activity', 'document'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

type Transition = Readonly<{
  from: readonly ReleaseStatus[];
  to: ReleaseStatus;
  roles: readonly Role[];
  needsComment?: boolean;
  needsTime?: boolean;
}>;

/** The workflow, whole: which action moves a release from which status, and who may take it. */
export const TRANSITIONS: Readonly<Record<ReleaseAction, Transition>> = {
  submit: { from: ['draft'], to: 'in-review', roles: ['editor', 'admin'] },
  approve: { from: ['in-review'], to: 'approved', roles: ['reviewer', 'admin'] },
  'send-back': { from: ['in-review', 'approved'], to: 'draft', roles: ['reviewer', 'admin'], needsComment: true },
  publish: { from: ['approved'], to: 'published', roles: ['editor', 'reviewer', 'admin'] },
  schedule: { from: ['approved'], to: 'scheduled', roles: ['editor', 'reviewer', 'admin'], needsTime: true },
  unschedule: { from: ['scheduled'], to: 'approved', roles: ['editor', 'reviewer', 'admin'] },
  archive: { from: ['published'], to: 'archived', roles: ['editor', 'admin'] },
  restore: { from: ['archived'], to: 'published', roles: ['editor', 'admin'] },
};

export type TransitionResult =
  | { ok: true; to: ReleaseStatus }
  | {
      ok: false;
      reason: 'not-from-this-status' | 'role-may-not' | 'comment-required' | 'time-required' | 'time-in-past';
    };

export function transition(
  status: ReleaseStatus,
  action: ReleaseAction,
  role: Role,
  input: { comment?: string | null; publishAt?: string | null; now: Date },
): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(effectiveStatus(status, input.publishAt ?? null, input.now)))
    return { ok: false, reason: 'not-from-this-status' };
  if (!rule.roles.includes(role)) return { ok: false, reason: 'role-may-not' };
  if (rule.needsComment && !input.comment?.trim()) return { ok: false, reason: 'comment-required' };
  if (rule.needsTime) {
    if (!input.publishAt) return { ok: false, reason: 'time-required' };
    if (new Date(input.publishAt) <= input.now) return { ok: false, reason: 'time-in-past' };
  }
  return { ok: true, to: rule.to };
}

/** The actions a role can take on a release now: the buttons its page shows. */
export function availableActions(
  status: ReleaseStatus,
  publishAt: string | null,
  role: Role,
  now: Date,
): ReleaseAction[] {
  const current = effectiveStatus(status, publishAt, now);
  return RELEASE_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(current) && TRANSITIONS[a].roles.includes(role));
}

/** A scheduled release is published once its time has come; no job needs to run for it. */
export function effectiveStatus(status: ReleaseStatus, publishAt: string | null, now: Date): ReleaseStatus {
  return status === 'scheduled' && publishAt !== null && new Date(publishAt) <= now ? 'published' : status;
}

export function isPublic(status: ReleaseStatus, publishAt: string | null, now: Date): boolean {
  return effectiveStatus(status, publishAt, now) === 'published';
}

/** Who may change a release's text in a status: drafts by editors; published ones only as a correction. */
export function editMode(status: ReleaseStatus, role: Role): 'edit' | 'correct' | null {
  if (role !== 'editor' && role !== 'admin') return null;
  if (status === 'draft' || status === 'approved') return 'edit';
  if (status === 'published') return 'correct';
  return null;
}

/** "Astana, 10 December 2024 —"; "Астана, 3–4 октября 2024 г. —". */
export function dateline(lang: Lang, place: string, date: IsoDate, dateTo: IsoDate | null): string {
  // A release from an earlier site may have come with a date and no place.
  return `${place ? `${place}, ` : ''}${formatDateRange(lang, date, dateTo)} —`;
}

/** An address-safe name from the English title and the date: "2024-12-17-seventh-ministerial-council-meeting". */
/** The most characters of a slug's words: addresses stay readable, and within what a path segment may hold. */
export const SLUG_WORDS_MAX = 60;

export function slugFor(title: string, date: IsoDate): string {
  const all = slugify(title, { lowercase: true, separator: '-' })
    .replace(/[^a-z0-9-]/g, '')
    .split('-')
    .filter(Boolean)
    .slice(0, 8);
  // Whole words while they fit; a single word longer than the limit is cut.
  let words = '';
  for (const word of all) {
    const next = words ? `${words}-${word}` : word;
    if (next.length > SLUG_WORDS_MAX) {
      words ||= word.slice(0, SLUG_WORDS_MAX);
      break;
    }
    words = next;
  }
  return `${date}-${words || 'release'}`;
}

/**
 * A release's text in a language. A release written in Russian shows only its
 * Russian; one not yet translated is shown whole in English, marked as such.
 * Never a mixture, field by field.
 */
type Texts = Readonly<{ en: string | null; ru: string | null }>;
/** What of a release its text in a language is made from. */
export type ReleaseTexts = Readonly<{
  date: string;
  dateTo: string | null;
  title: Texts;
  lead: Texts;
  body: Texts;
  place: Texts;
}>;

export function textOf(lang: Lang, r: ReleaseTexts) {
  const fallback = lang === 'ru' && !r.title.ru;
  const use = fallback ? 'en' : lang;
  const pickIn = (v: { en: string | null; ru: string | null }) => v[use];
  return {
    fallback,
    title: pickIn(r.title) ?? '',
    lead: pickIn(r.lead),
    body: pickIn(r.body) ?? '',
    place: pickIn(r.place) ?? '',
    dateline: dateline(fallback ? 'en' : lang, pickIn(r.place) ?? '', r.date, r.dateTo),
  };
}

export type Image = Readonly<{ src: string; caption: Readonly<{ en: string | null; ru: string | null }> }>;
export type Link = Readonly<{ kind: LinkKind; id: string }>;
export type ReleaseEvent = Readonly<{
  at: string;
  actor: string | null;
  action: ReleaseEventAction;
  comment: string | null;
}>;
export type Release = Readonly<{
  id: string;
  slug: string;
  status: ReleaseStatus;
  place: Readonly<{ en: string | null; ru: string | null }>;
  date: string;
  dateTo: string | null;
  title: Readonly<{ en: string | null; ru: string | null }>;
  lead: Readonly<{ en: string | null; ru: string | null }>;
  body: Readonly<{ en: string | null; ru: string | null }>;
  /** `name` and `title` in English; `nameRu`, `titleRu` as Russian-language readers see them. */
  contact: Readonly<{
    name: string | null;
    title: string | null;
    nameRu: string | null;
    titleRu: string | null;
    email: string | null;
    phone: string | null;
  }>;
  publishAt: string | null;
  publishedAt: string | null;
  correctedAt: string | null;
  updatedAt: string;
  version: number;
  /** The account that wrote it; the office dashboard lists an editor's own drafts first. */
  createdBy?: string | null;
  links: Link[];
  images: Image[];
  /** Pictures from the media library: the lead picture and the gallery, in order (ids). */
  pictures?: ReleasePictures;
}>;
export type ReleasePictures = Readonly<{ lead: string | null; gallery: readonly string[] }>;
export const NO_PICTURES: ReleasePictures = { lead: null, gallery: [] };
/** The columns a release's text and metadata are written to. */
export type ReleaseColumns = Readonly<{
  place_en: string | null;
  place_ru: string | null;
  date: string;
  date_to: string | null;
  title_en: string | null;
  title_ru: string | null;
  lead_en: string | null;
  lead_ru: string | null;
  body_en: string | null;
  body_ru: string | null;
  contact_name: string | null;
  contact_title: string | null;
  contact_name_ru: string | null;
  contact_title_ru: string | null;
  contact_email: string | null;
  contact_phone: string | null;
}>;

/**
 * A release's media contact in the page's language. Staff type the contact as
 * text; where it names a person of the record (in any spelling) or a post by its
 * English title, the page gives that person's name and that post in its own language.
 */
export function contactIn(lang: Lang, contact: Release['contact'], persons: readonly Person[]): Release['contact'] {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const person = contact.name ? persons.find((p) => p.names.some((n) => same(n.name, contact.name!))) : undefined;
  const post = contact.title
    ? POSTS.find((p) => [t('en', `post.${p}`), ...(POST_TITLE_VARIANTS[p] ?? [])].some((x) => same(x, contact.title!)))
    : undefined;
  // What staff wrote in Russian comes first; else the record's own words for the person and the post.
  if (lang === 'ru' && contact.nameRu && contact.titleRu)
    return { ...contact, name: contact.nameRu, title: contact.titleRu };
  return {
    ...contact,
    name:
      lang === 'ru' && contact.nameRu
        ? contact.nameRu
        : person
          ? pick(lang, person.name.en, person.name.ru)
          : contact.name,
    title:
      lang === 'ru' && contact.titleRu
        ? contact.titleRu
        : post
          ? postAfterName(lang, t(lang, `post.${post}`))
          : contact.title,
  };
}
