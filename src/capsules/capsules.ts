/**
 * Time capsule rules. A capsule's contents are sealed until its opening date:
 * before it nobody reads them, whatever their role; on the day and after it
 * anyone does, and can check them against the digest published at sealing.
 * No I/O; the date is passed in.
 */
import './capsules.messages.ts';
import { type IsoDate, isIsoDate } from '../platform/dates.ts';

/** The contents as they are sealed: a text per language and files. */
export type Contents = Readonly<{
  texts: Readonly<{ en: string | null; ru: string | null }>;
  files: ReadonlyArray<Readonly<{ name: string; mediaType: string; data: string /* base64 */ }>>;
}>;

/** The most a capsule may hold, files included, before base64: enough for letters and photographs. */
export const MAX_BYTES = 8 * 1024 * 1024;

/** Whether a capsule sealed to open on `opensOn` is open on `today`: from the opening day on, never before. */
export const isOpen = (opensOn: IsoDate, today: IsoDate): boolean => today >= opensOn;

/**
 * The bytes that are sealed and digested: the contents as JSON with its keys
 * in a fixed order, so the same contents give the same bytes, and the digest
 * can be checked by anyone holding them (`sha256sum`).
 */
export function canonical(contents: Contents): string {
  return JSON.stringify({
    files: contents.files.map((f) => ({ data: f.data, mediaType: f.mediaType, name: f.name })),
    texts: { en: contents.texts.en, ru: contents.texts.ru },
  });
}

export type SealProblem = Readonly<{
  field: 'opens_on' | 'text_en' | 'files';
  message: 'capsule.opensInPast' | 'capsule.opensOnDay' | 'capsule.empty' | 'capsule.tooLarge' | 'capsule.badFile';
}>;

/** What refuses a sealing: an opening day that is not a day after today, nothing to seal, too much, a file without a name. */
export function sealProblems(opensOn: string, contents: Contents, today: IsoDate): SealProblem[] {
  const problems: SealProblem[] = [];
  if (!isIsoDate(opensOn)) problems.push({ field: 'opens_on', message: 'capsule.opensOnDay' });
  else if (opensOn <= today) problems.push({ field: 'opens_on', message: 'capsule.opensInPast' });
  const hasText = (contents.texts.en ?? '').trim() !== '' || (contents.texts.ru ?? '').trim() !== '';
  if (!hasText && contents.files.length === 0) problems.push({ field: 'text_en', message: 'capsule.empty' });
  if (contents.files.some((f) => f.name.trim() === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(f.data)))
    problems.push({ field: 'files', message: 'capsule.badFile' });
  const size =
    contents.files.reduce((n, f) => n + Math.floor((f.data.length * 3) / 4), 0) +
    (contents.texts.en ?? '').length * 4 +
    (contents.texts.ru ?? '').length * 4;
  if (size > MAX_BYTES) problems.push({ field: 'files', message: 'capsule.tooLarge' });
  return problems;
}
