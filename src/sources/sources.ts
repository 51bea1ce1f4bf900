/**
 * Sources: the documents and pages the record's facts cite by key. Staff see the keys
 * beside each fact; a reader sees one list of citations at the end of the page.
 */
import type { Provenance } from '../platform/sourced.ts';

/** The keys a page's facts cite, each once, in the order the page first cites them. */
export function citedKeys(provenances: Iterable<Provenance | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const p of provenances) for (const key of p?.sources ?? []) keys.add(key);
  return [...keys];
}
