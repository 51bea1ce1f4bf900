/**
 * The media library's rules: which widths a picture is kept in, and how a page
 * asks for them. Pure.
 */

/** The widths made of every upload: a phone, a column, a full page or cover. */
export const WIDTHS = [480, 960, 1600] as const;
export const WIDEST = 1600;

export type Size = Readonly<{ width: number; height: number; key: string }>;

/** The widths to make of a picture `width` pixels wide: never wider than it is, and at least one. */
export function widthsFor(width: number): number[] {
  if (width >= WIDEST) return [...WIDTHS];
  return [...WIDTHS.filter((w) => w < width), width];
}

/** The size to print or show at `want` pixels: the narrowest at least as wide, else the widest there is. */
export function sizeFor(sizes: readonly Size[], want: number): Size | null {
  const sorted = [...sizes].sort((a, b) => a.width - b.width);
  return sorted.find((s) => s.width >= want) ?? sorted.at(-1) ?? null;
}

/** A `srcset` over every size, each served from the site itself. */
export function srcsetOf(id: string, sizes: readonly Size[]): string {
  return [...sizes]
    .sort((a, b) => a.width - b.width)
    .map((s) => `${pictureAddress(id, s.width)} ${s.width}w`)
    .join(', ');
}

export const pictureAddress = (id: string, width: number) => `/pictures/${encodeURIComponent(id)}/${width}.jpg`;

/** Reads the stored sizes back; anything but a list of sizes is no size at all. */
export function parseSizes(json: string): Size[] {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return [];
    return value.filter(
      (s): s is Size =>
        typeof s === 'object' &&
        s !== null &&
        Number.isInteger(s.width) &&
        Number.isInteger(s.height) &&
        typeof s.key === 'string',
    );
  } catch {
    return [];
  }
}
