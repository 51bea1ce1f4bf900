/**
 * Media monitoring: one article read, what it mentions found, the event it
 * reports described. Everything after (ids for new people, the story, the
 * links) is the service's, over what this returns. Pure.
 */
import type { IsoDate } from '../platform/dates.ts';
import { type Dateline, type StatedDate, parseDateline, statedDates } from './datelines.ts';
import { type EventSignature, wordsByStem } from './linking.ts';
import type { Findings, RecognitionIndex } from './recognize.ts';
import { simhashOf, words } from './simhash.ts';

export const LINK_STATUSES = ['linked', 'proposed', 'confirmed', 'rejected'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export type Analysis = Readonly<{
  dateline: Dateline | null;
  stated: readonly StatedDate[];
  findings: Findings;
  signature: EventSignature;
  fingerprint: string | null;
}>;

export function analyse(
  article: Readonly<{ title: string; text: string; published: IsoDate | null }>,
  index: RecognitionIndex,
): Analysis {
  const year = article.published ? +article.published.slice(0, 4) : null;
  const parsed = parseDateline(article.text, year);
  const dateline = parsed.ok ? parsed.dateline : null;
  const stated = statedDates(article.text, year);
  const findings = index.recognize(`${article.title}.\n${article.text}`);
  const dates = [...(dateline ? [dateline] : []), ...stated];
  const textWords = words(article.text);
  const places = [...new Set(dates.map((d) => d.place).filter((p): p is string => p !== null))];
  return {
    dateline,
    stated,
    findings,
    signature: {
      published: article.published,
      dates,
      places,
      personIds: findings.people.map((p) => p.personId),
      stateCodes: findings.states.map((s) => s.id),
      bodyIds: findings.bodies.map((b) => b.id),
      words: wordsByStem(`${article.title}\n${article.text}`),
    },
    fingerprint: simhashOf(textWords),
  };
}
