/** Where a fact comes from and how sure the record is of it (see packs/cica/README.md). */
export type Confidence = 'H' | 'M' | 'L';
export type Provenance = Readonly<{ sources: readonly string[]; confidence: Confidence }>;
export type Bilingual = Readonly<{ en: string; ru: string | null }>;

export function provenance(row: { sources: string; confidence: string }): Provenance {
  return {
    sources: row.sources
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    confidence: row.confidence === 'M' || row.confidence === 'L' ? row.confidence : 'H',
  };
}

export function bilingual(en: string, ru: string | null): Bilingual;
export function bilingual(en: string | null, ru: string | null): Bilingual | null;
export function bilingual(en: string | null, ru: string | null): Bilingual | null {
  return en === null ? null : { en, ru };
}

/** A source as a reader sees it cited: whatever of title, publisher, date and address the record holds. */
export type Citation = Readonly<{
  key: string;
  url: string | null;
  title: Bilingual | null;
  publisher: Bilingual | null;
  date: string | null;
}>;

/**
 * Every provenance within a page's view-model, in reading order: a page cites what it
 * shows, so its citations are gathered from the data it is handed rather than listed by hand.
 */
export function provenancesIn(value: unknown, seen: Set<object> = new Set()): Provenance[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Map) return [...value.values()].flatMap((v) => provenancesIn(v, seen));
  if (Array.isArray(value)) return value.flatMap((v) => provenancesIn(v, seen));
  const found: Provenance[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (k === 'provenance' && v && typeof v === 'object' && Array.isArray((v as Provenance).sources))
      found.push(v as Provenance);
    else found.push(...provenancesIn(v, seen));
  }
  return found;
}
