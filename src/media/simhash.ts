/**
 * SimHash (Charikar 2002) over word shingles: a wire story reprinted with a new
 * headline, a changed sentence or another outlet's footer keeps a fingerprint a
 * few bits away from the original's. 64 bits as two 32-bit halves, so it runs
 * without BigInt. Why our own and not a package: docs/decisions/015-media-parsing.md.
 */

const SHINGLE = 3;
/** Fingerprints this many bits apart or fewer are the same text reprinted: a reprint of a short wire story with a new dateline and a footer lands 6 to 10 bits away, two outlets writing up one event 26 to 32 (the tests hold both). */
export const NEAR_DUPLICATE_BITS = 12;
/** Below this many words a fingerprint says too little to call two texts one. */
export const MIN_WORDS = 40;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// murmur3's final mix: shingles that differ in one word differ in many bits
function fmix(x: number): number {
  let h = x;
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
  return simhashOf(words(text));
}

/** The fingerprint of words already split: each word is hashed once, a shingle's hash mixes its words'. */
export function simhashOf(w: readonly string[]): string | null {
  if (w.length < MIN_WORDS) return null;
  const n = w.length;
  const a = new Uint32Array(n);
  const b = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = fnv1a(w[i]!, 0x811c9dc5);
    b[i] = fnv1a(w[i]!, 0x2f9be6cb);
  }
  const counts = new Int32Array(64);
  for (let i = 0; i + SHINGLE <= n; i++) {
    let x = 0;
    let y = 0;
    for (let k = 0; k < SHINGLE; k++) {
      x = fmix((Math.imul(x, 0x9e3779b1) ^ a[i + k]!) >>> 0);
      y = fmix((Math.imul(y, 0x85ebca77) ^ b[i + k]!) >>> 0);
    }
    for (let bit = 0; bit < 32; bit++) {
      counts[bit]! += (x >>> bit) & 1 ? 1 : -1;
      counts[32 + bit]! += (y >>> bit) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) hi |= 1 << bit;
    if (counts[32 + bit]! > 0) lo |= 1 << bit;
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
