/**
 * Reading press releases from files: a JSON array, or Markdown with front
 * matter. Each item is one language of a release; items sharing a `key` are
 * the English and Russian of the same release. Pure: files come in as text.
 */
import { z } from 'zod';
import { isIsoDate } from '../platform/dates.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { parseFrontMatter } from '../platform/front-matter.ts';
import { parseJson } from '../platform/json.ts';
import { parseDateline } from '../media/datelines.ts';

export const importItem = z
  .object({
    lang: z.enum(['en', 'ru'], { message: 'expected "en" or "ru"' }),
    key: z.string().min(1).max(200).optional(),
    title: z.string({ message: 'required' }).trim().min(1, 'required'),
    place: z.string({ message: 'required' }).trim().min(1, 'required'),
    date: z.string({ message: 'expected a date as YYYY-MM-DD' }).refine(isIsoDate, 'expected a date as YYYY-MM-DD'),
    dateTo: z
      .string({ message: 'expected a date as YYYY-MM-DD' })
      .refine(isIsoDate, 'expected a date as YYYY-MM-DD')
      .optional(),
    lead: z.string().trim().optional(),
    body: z.string({ message: 'required' }).trim().min(1, 'required'),
    contact: z
      .object({
        name: z.string().optional(),
        title: z.string().optional(),
        email: z.string().email().optional(),
        phone: z.string().optional(),
      })
      .strict()
      .optional(),
    states: z.array(z.string()).optional(),
    bodies: z.array(z.string()).optional(),
    areas: z.array(z.string()).optional(),
    people: z.array(z.string()).optional(),
    images: z.array(z.object({ src: z.string().min(1), caption: z.string().optional() }).strict()).optional(),
  })
  .strict();

export type ImportItem = z.infer<typeof importItem>;

/** The most items one file may hold: a larger archive is imported in parts, each all or nothing. */
export const MAX_ITEMS = 5000;
/** Problems told per file: past them, how many more there were. */
const MAX_PROBLEMS = 100;
export type FileProblem = FieldProblem & Readonly<{ file: string }>;
export type SourceFile = Readonly<{ name: string; content: string }>;

/** The items of one file, or what is wrong with it, naming the file, the item and the field. */
export function parseReleaseFile(file: SourceFile): {
  items: Array<ImportItem & { origin: string }>;
  problems: FileProblem[];
} {
  let raw: unknown[];
  const refuse = (message: string) => ({ items: [], problems: [{ file: file.name, field: '', message }] });
  if (/\.json$/i.test(file.name)) {
    const parsed = parseJson(file.content);
    if (!parsed.ok) return refuse(`cannot be read: ${parsed.reason}`);
    raw = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  } else if (/\.(md|markdown)$/i.test(file.name)) {
    const parsed = parseFrontMatter(file.content);
    if (!parsed.ok) return refuse(`cannot be read: ${parsed.reason}`);
    raw = [{ ...parsed.data, body: parsed.body }];
  } else {
    return refuse('expected a .json or .md file');
  }
  if (raw.length > MAX_ITEMS)
    return refuse(`holds ${raw.length} items; at most ${MAX_ITEMS} are imported at once: split the file`);
  if (raw.length === 0) return refuse('holds no release: the file is empty');
  const items: Array<ImportItem & { origin: string }> = [];
  const problems: FileProblem[] = [];
  raw.forEach((value, i) => {
    const parsed = importItem.safeParse(value);
    const where = raw.length > 1 || /\.json$/i.test(file.name) ? `[${i}]` : '';
    if (parsed.success) {
      const body = withoutDateline(parsed.data);
      if (body.ok) items.push({ ...parsed.data, body: body.body, origin: `${file.name}${where}` });
      else problems.push({ file: file.name, field: `${where}${where ? '.' : ''}body`, message: body.message });
    } else
      for (const issue of parsed.error.issues)
        problems.push({
          file: file.name,
          field: `${where}${where && issue.path.length ? '.' : ''}${issue.path.join('.')}`,
          message: issue.message,
        });
  });
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    return {
      items,
      problems: [
        ...problems.slice(0, MAX_PROBLEMS),
        { file: file.name, field: '', message: `and ${more} more problems` },
      ],
    };
  }
  return { items, problems };
}

const samePlace = (a: string, b: string) => {
  const norm = (x: string) => x.split(',')[0]!.trim().toLocaleLowerCase();
  return norm(a) === norm(b);
};

/**
 * A body that opens with its dateline ("Astana, 8 October 2024 — …", in any of the
 * house styles media monitoring knows) has it checked against the item's place and
 * dates and taken off: the dateline is printed from those fields, never twice.
 */
export function withoutDateline(
  item: Pick<ImportItem, 'body' | 'place' | 'date' | 'dateTo' | 'title'>,
): { ok: true; body: string } | { ok: false; message: string } {
  const found = parseDateline(item.body, Number(item.date.slice(0, 4)));
  const name = `"${item.title.slice(0, 80)}"`;
  if (!found.ok) return { ok: false, message: `${name}: its dateline "${found.seen}" names a day that does not exist` };
  const d = found.dateline;
  if (!d) return { ok: true, body: item.body };
  const to = item.dateTo ?? item.date;
  if (d.from !== item.date || d.to !== to)
    return {
      ok: false,
      message: `${name}: its dateline "${d.seen}" says ${d.from === d.to ? d.from : `${d.from} – ${d.to}`}, the item says ${item.date === to ? item.date : `${item.date} – ${to}`}`,
    };
  if (d.place && !samePlace(d.place, item.place))
    return {
      ok: false,
      message: `${name}: its dateline "${d.seen}" names ${d.place}, the item's place is ${item.place}`,
    };
  const body = item.body
    .trimStart()
    .slice(d.seen.length)
    .replace(/^[\s—–-]+/, '');
  if (!body.trim()) return { ok: false, message: `${name}: the body is only its dateline` };
  return { ok: true, body };
}

/** Items grouped into releases: those sharing a key become one release in two languages. */
export function groupIntoReleases(
  items: ReadonlyArray<ImportItem & { origin: string }>,
): Array<{ origin: string; input: Record<string, unknown> }> {
  const groups = new Map<string, Array<ImportItem & { origin: string }>>();
  items.forEach((item, i) => {
    const key = item.key ?? `\u0000${i}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  });
  return [...groups.values()].map((group) => {
    const input: Record<string, unknown> = { images: [] as unknown[] };
    for (const item of group) {
      const l = item.lang;
      Object.assign(input, {
        [`title_${l}`]: item.title,
        [`place_${l}`]: item.place,
        [`lead_${l}`]: item.lead ?? null,
        [`body_${l}`]: item.body,
        date: item.date,
        date_to: item.dateTo ?? null,
      });
      if (item.contact)
        Object.assign(input, {
          contact_name: item.contact.name ?? null,
          contact_title: item.contact.title ?? null,
          contact_email: item.contact.email ?? null,
          contact_phone: item.contact.phone ?? null,
        });
      for (const k of ['states', 'bodies', 'areas', 'people'] as const)
        input[k] = [...new Set([...((input[k] as string[] | undefined) ?? []), ...(item[k] ?? [])])];
      (item.images ?? []).forEach((img, i) => {
        const images = input.images as Array<Record<string, unknown>>;
        images[i] = { ...(images[i] ?? {}), src: img.src, [`caption_${l}`]: img.caption ?? null };
      });
    }
    return { origin: group.map((g) => g.origin).join(' + '), input };
  });
}
