/**
 * SimHash (Charikar 2002) over word shingles: a wire story reprinted with a new
 * headline, a changed sentence or another outlet's footer keeps a fingerprint a
 * few bits away from the original's. 64 bits as two 32-bit halves, so it runs
 * without BigInt. Why our own and not a package: docs/decisions/014-media-parsing.md.
 */

const SHINGLE = 3;
/** Fingerprints this many bits apart or fewer are the same text reprinted: a reprint of a short wire story with a new dateline and a footer lands near 6, two outlets writing up one event near 30 (the tests hold both). */
export const NEAR_DUPLICATE_BITS = 10;
/** Below this many words a fingerprint says too little to call two texts one. */
export const MIN_WORDS = 40;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32) so shingles that differ in one letter differ in many bits
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The words of a text, lowercased, in order: what the fingerprint is taken over. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The 64-bit fingerprint as 16 hex digits, or null for a text too short to fingerprint. */
export function simhash(text: string): string | null {
  const w = words(text);
  if (w.length < MIN_WORDS) return null;
  const counts = new Int32Array(64);
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    const shingle = w.slice(i, i + SHINGLE).join(' ');
    const hi = fnv1a(shingle, 0x811c9dc5);
    const lo = fnv1a(shingle, 0x2f9be6cb);
    for (let b = 0; b < 32; b++) {
      counts[b]! += (hi >>> b) & 1 ? 1 : -1;
      counts[32 + b]! += (lo >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b]! > 0) hi |= 1 << b;
    if (counts[32 + b]! > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount(n: number): number {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many bits two fingerprints differ in. */
export function hamming(a: string, b: string): number {
  return (
    popcount((Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16)) >>> 0) +
    popcount((Number.parseInt(a.slice(8), 16) ^ Number.parseInt(b.slice(8), 16)) >>> 0)
  );
}

export const nearDuplicate = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && hamming(a, b) <= NEAR_DUPLICATE_BITS;
