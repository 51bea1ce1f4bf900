/**
 * Made-up pictures for tests, screenshots and the benchmark: a landscape
 * drawn as SVG and rendered by sharp, in a colour of its own, carrying EXIF
 * metadata (a camera, a place) that the library must drop.
 */
import sharp from 'sharp';
import type { Actor } from '../platform/access.ts';
import type { PicturesService } from './pictures.service.ts';

const HUES = ['#0b3d62', '#7a3b12', '#1d5e3a', '#5b2a6e', '#8a6d12', '#214f7a'];

/** A JPEG `width`×`height` with camera metadata, drawn in the `n`th colour. */
export async function samplePhoto(n = 0, width = 1800, height = 1200): Promise<Uint8Array> {
  const hue = HUES[n % HUES.length];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#dfe9f3"/><stop offset="1" stop-color="${hue}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="${width * 0.1}" y="${height * 0.45}" width="${width * 0.8}" height="${height * 0.08}" fill="#8b5a2b"/>
    ${Array.from({ length: 7 }, (_, i) => `<circle cx="${width * (0.18 + i * 0.11)}" cy="${height * 0.38}" r="${height * 0.06}" fill="#2b2b2b" opacity="0.85"/><rect x="${width * (0.15 + i * 0.11)}" y="${height * 0.44}" width="${width * 0.06}" height="${height * 0.22}" rx="12" fill="#333"/>`).join('')}
  </svg>`;
  const bytes = await sharp(Buffer.from(svg))
    .jpeg({ quality: 80 })
    .withExif({ IFD0: { Make: 'Camera Maker', Model: 'Camera 1', Copyright: 'someone' } })
    .toBuffer();
  return new Uint8Array(bytes);
}

/** Uploads a sample picture with its words in both languages; its id. */
export async function uploadSample(
  pictures: PicturesService,
  editor: Actor,
  n: number,
  words: { en: string; ru: string } = { en: `Delegations at meeting ${n + 1}`, ru: `Делегации на встрече ${n + 1}` },
  creditRu: string | null = null,
): Promise<string> {
  const result = await pictures.upload(
    editor,
    { name: `photo-${n + 1}.jpg`, bytes: await samplePhoto(n) },
    {
      alt_en: `${words.en}, seated at a long table`,
      alt_ru: `${words.ru} за длинным столом`,
      caption_en: words.en,
      caption_ru: words.ru,
      credit: 'CICA Secretariat',
      credit_ru: creditRu,
      shown_on: '2024-10-03',
    },
  );
  if (!result.ok) throw new Error(`sample picture refused: ${JSON.stringify(result)}`);
  return result.id;
}
