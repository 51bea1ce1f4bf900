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
