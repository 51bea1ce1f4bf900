/** The one schema for compiling an issue and for an editor's changes to it (form or JSON alike). */
import './digest.messages.ts';
import { z } from 'zod';
import { isIsoDate } from '../platform/dates.ts';
import { LANGS } from '../platform/i18n/i18n.ts';
import { INT_MAX } from '../platform/numbers.ts';
import type { Part } from './digest.ts';

const day = z.string().trim().refine(isIsoDate, 'field.date');
const optText = z
  .preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(20_000, 'field.tooLong').nullable().optional(),
  )
  .transform((v) => v ?? null);
const list = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : String(v).split(/\s+/)),
  z.array(z.string().min(1).max(100)),
);
const lines = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];

export const compileInput = z
  .object({
    from: day,
    to: day,
    lang: z.enum(LANGS, { message: 'field.choice' }),
    number: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce.number().int('field.number').min(1, 'field.number').max(INT_MAX, 'field.numberRange').optional(),
    ),
    title: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(200, 'field.tooLong').optional()),
    // Compiling a period with no releases, or one an issue already covers, is done only when asked twice.
    confirm: z.preprocess((v) => v === 'yes' || v === true || v === 'on', z.boolean()),
  })
  .superRefine((v, ctx) => {
    if (isIsoDate(v.from) && isIsoDate(v.to) && v.to < v.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.endBeforeStart' });
    // An issue covers a quarter, sometimes a half-year: a year at most keeps its layout and its queries bounded.
    const yearOn = isIsoDate(v.from) ? `${Number(v.from.slice(0, 4)) + 1}${v.from.slice(4)}` : '';
    if (isIsoDate(v.from) && isIsoDate(v.to) && v.to >= yearOn)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.issuePeriod' });
  });

const SEPARATOR = /^\s*-{3,}\s*$/m;
/**
 * Blocks of a text written with `---` lines between them. Without one, every
 * line is a block (the older one-line form), unless a line is a directive
 * (`picture:`, `after:`, `release:`): then the whole text is one block.
 */
const blocks = (v: unknown): string[] => {
  if (typeof v !== 'string') return [];
  const text = v.replace(/\r\n?/g, '\n');
  const oneBlock = /^\s*(picture|after|release)\s*:/im.test(text);
  return SEPARATOR.test(text) || oneBlock
    ? text
        .split(SEPARATOR)
        .map((b) => b.trim())
        .filter(Boolean)
    : lines(text);
};
/** A line `name: value` at the start of a block, such as `picture: 019…` or `release: 2024-10-03-youth-council`. */
const directive = (block: string, name: string): { value: string | null; rest: string } => {
  const m = new RegExp(`^\\s*${name}\\s*:\\s*(.+)$`, 'mi').exec(block);
  if (!m) return { value: null, rest: block };
  return { value: m[1]!.trim(), rest: (block.slice(0, m.index) + block.slice(m.index + m[0].length)).trim() };
};
const slug = /^[a-z0-9-]+$/;

/**
 * A flash item is one or more paragraphs; it may stand for a release, named by
 * a line `release: <address>` (or, in the one-line form, ` | <address>` at its end).
 */
const flashParts = z
  .preprocess(blocks, z.array(z.string().max(5000, 'field.tooLong')).max(40, 'field.tooMany'))
  .transform((xs): Part[] =>
    xs.map((block) => {
      const named = directive(block, 'release');
      if (named.value) return { title: null, text: named.rest, src: named.value, releaseId: null, place: null };
      const [first = '', ...rest] = block.split('|').map((x) => x.trim());
      const second = rest.join(' | ');
      return second && slug.test(second) && !block.includes('\n')
        ? { title: null, text: first, src: second, releaseId: null, place: null }
        : { title: null, text: block, src: null, releaseId: null, place: null };
    }),
  );

/** Activities in pictures: one per line, the picture's id and, if the editor words it for this issue, its caption. */
const pictureParts = z
  .preprocess(lines, z.array(z.string().max(2000, 'field.tooLong')).max(80, 'field.tooMany'))
  .transform((xs): Part[] =>
    xs.map((line) => {
      const [id = '', ...rest] = line.split('|').map((x) => x.trim());
      return { title: null, text: rest.join(' | ') || null, src: id, releaseId: null, place: null };
    }),
  )
  .superRefine((xs, ctx) => {
    if (xs.some((p) => !/^[A-Za-z0-9-]{1,100}$/.test(p.src ?? '')))
      ctx.addIssue({ code: 'custom', message: 'field.format' });
  });

/**
 * A partner page: its title on the first line, then perhaps `picture: <id>`
 * and `after: <section>` (a month such as 2024-11, `flash`, or a section's
 * name), then its text in Markdown.
 */
const partnerParts = z
  .preprocess(blocks, z.array(z.string().max(20_000, 'field.tooLong')).max(20, 'field.tooMany'))
  .transform((xs): Part[] =>
    xs.map((block) => {
      const picture = directive(block, 'picture');
      const after = directive(picture.rest, 'after');
      const [title = '', ...text] = after.rest.split('\n');
      const joined = text.join('\n').trim();
      // The one-line form, `title | text`.
      const [t1, ...t2] = title.split('|').map((x) => x.trim());
      return {
        title: t1 ?? '',
        text: joined || t2.join(' | ') || null,
        src: picture.value,
        releaseId: null,
        place: after.value,
      };
    }),
  );

const articleInput = z
  .object({
    section: optText,
    teaser_text: optText,
    quote: optText,
    picture: optText,
  })
  .strip();

const ARTICLE_FIELDS = ['section', 'section_name', 'teaser_text', 'teaser_order', 'quote', 'picture'] as const;
/**
 * The form sends one field per article and column (`section:<release id>`); JSON
 * may send `articles` as an object by release id. Either becomes `articles`,
 * and ordered `teaser_order:` numbers become the ordered `teasers` list.
 */
function gatherArticles(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const input = { ...(v as Record<string, unknown>) };
  const articles: Record<string, Record<string, unknown>> = {
    ...((typeof input.articles === 'object' && input.articles) || {}),
  } as Record<string, Record<string, unknown>>;
  const orders: Array<{ id: string; order: number }> = [];
  for (const [key, value] of Object.entries(input)) {
    const m = /^([a-z_]+):(.+)$/.exec(key);
    if (!m || !(ARTICLE_FIELDS as readonly string[]).includes(m[1]!)) continue;
    const [, field, id] = m as unknown as [string, string, string];
    delete input[key];
    const text = Array.isArray(value) ? value.join(' ') : value;
    if (field === 'teaser_order') {
      const n = Number(String(text ?? '').trim());
      if (String(text ?? '').trim() !== '' && Number.isFinite(n)) orders.push({ id, order: n });
      continue;
    }
    articles[id] = { ...(articles[id] ?? {}), [field]: text };
  }
  // A section the editor names in its own field wins over the one picked from the list.
  for (const a of Object.values(articles))
    if (typeof a.section_name === 'string' && a.section_name.trim()) a.section = a.section_name;
  if (orders.length) input.teasers = orders.sort((x, y) => x.order - y.order).map((o) => o.id);
  input.articles = articles;
  return input;
}

export const digestInput = z.preprocess(
  gatherArticles,
  z.object({
    title: z.string().trim().min(1, 'field.required').max(200, 'field.tooLong'),
    number: z.coerce
      .number({ message: 'field.number' })
      .int('field.number')
      .min(1, 'field.number')
      .max(INT_MAX, 'field.numberRange'),
    foreword_author: optText,
    foreword_title: optText,
    foreword_text: optText,
    spotlight: optText,
    teasers: list,
    cover_picture: optText,
    flash: flashParts,
    pictures: pictureParts,
    partners: partnerParts,
    articles: z.record(z.string().max(100), articleInput).default({}),
  }),
);

export type DigestInput = z.infer<typeof digestInput>;

/** The Secretariat's contact block, printed in every issue: social accounts one per line. */
export const contactInput = z.object({
  address: z.string({ message: 'field.required' }).trim().min(1, 'field.required').max(300, 'field.tooLong'),
  phone: z.string({ message: 'field.required' }).trim().min(1, 'field.required').max(100, 'field.tooLong'),
  email: z.string({ message: 'field.required' }).trim().email('field.email').max(200, 'field.tooLong'),
  web: z.string({ message: 'field.required' }).trim().min(1, 'field.required').max(200, 'field.tooLong'),
  social: z.string().trim().max(2000, 'field.tooLong').default(''),
});
