import { createHash } from 'node:crypto';
import sharp from 'sharp';

/**
 * Images of an HTML capture saved with its files ("save page, complete": `page.html` and
 * `page_files/` or `page/` beside it). An image is archived only from a file inside that
 * capture's own files folder; a remote URL, a data: URI or a path out of the folder is never
 * fetched or linked.
 */

/** Widest image kept: the report column is narrower, and a scan stays legible at this width. */
export const MAX_IMAGE_WIDTH = 1200;
/**
 * Larger images are refused before they are decoded (decompression bombs): 40 million pixels
 * is an A4 page scanned at 600 dpi (4961 × 7016 = 34.8 M) with room to spare.
 */
export const MAX_INPUT_PIXELS = 40_000_000;
const WEBP_QUALITY = 80;
const JPEG_QUALITY = 82;
/** Part of every digest: changing how images are encoded renames every file. */
const ENCODING = `w${MAX_IMAGE_WIDTH}-webp${WEBP_QUALITY}-jpeg${JPEG_QUALITY}-png9`;

/** Folders a browser saves a page's files into, beside `name.html`. */
export function filesFolderNames(captureFile: string): string[] {
  const stem = captureFile.replace(/\.[^./]+$/, '');
  return [`${stem}_files`, stem];
}

export type ImageSource = { ok: true; file: string } | { ok: false; reason: string };

/**
 * Where an `<img src>` points inside the capture's files folder, as a file name relative to
 * the input folder, or why it is not used. Relative paths only (`page_files/a.png`,
 * `./page_files/a%20b.png`); the folder is matched by name, and nothing may climb out of it.
 */
export function resolveImageSource(src: string, captureFile: string, folders: ReadonlySet<string>): ImageSource {
  const raw = src.trim();
  if (raw === '') return { ok: false, reason: 'empty src' };
  if (/^data:/i.test(raw)) return { ok: false, reason: 'an inline data: image is not archived' };
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw)) return { ok: false, reason: 'a remote image: never fetched or linked' };
  if (raw.startsWith('/') || raw.includes('\\'))
    return { ok: false, reason: "not a path inside the capture's files folder" };
  let path: string;
  try {
    path = decodeURIComponent(raw.replace(/[?#].*$/, ''));
  } catch {
    return { ok: false, reason: 'a malformed percent-encoded name' };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters in an image path are exactly what this refuses
  if (/[\u0000-\u001f\u007f\\]/.test(path))
    return { ok: false, reason: "not a path inside the capture's files folder" };
  const dir = captureFile.includes('/') ? captureFile.slice(0, captureFile.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return { ok: false, reason: "a path that leaves the capture's files folder" };
    parts.push(part);
  }
  const [folder, ...rest] = parts;
  if (!folder || rest.length === 0 || !folders.has(folder)) {
    return { ok: false, reason: `not inside the capture's files folder (${[...folders].join(' or ')})` };
  }
  return { ok: true, file: `${dir}${parts.join('/')}` };
}

export interface ArchivedImage {
  /** `<digest>.webp` */
  file: string;
  /** `<digest>.png` (line art, charts, transparency) or `<digest>.jpg` (photos, scans). */
  fallback: string;
  width: number;
  height: number;
  webp: Uint8Array;
  fallbackBytes: Uint8Array;
}

export type ArchiveResult = { ok: true; image: ArchivedImage } | { ok: false; reason: string };

/**
 * Resizes (never upscaling) and encodes one image: WebP, plus PNG when the source is PNG or GIF
 * (charts, diagrams, transparency: lossless keeps their lines sharp) and JPEG otherwise (photos
 * and scans, where PNG would be several times larger). Only the first frame of an animation is
 * kept. A corrupt, unsupported or too large image is refused with the reason.
 */
export async function archiveImage(bytes: Uint8Array): Promise<ArchiveResult> {
  const digest = createHash('sha256').update(ENCODING).update('\n').update(bytes).digest('hex').slice(0, 20);
  try {
    const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false });
    const meta = await input().metadata();
    if (!meta.format || !['png', 'jpeg', 'gif', 'webp'].includes(meta.format)) {
      return {
        ok: false,
        reason: `unsupported image format (${meta.format ?? 'unknown'}): PNG, JPEG, GIF and WebP are archived`,
      };
    }
    const lossless = meta.format === 'png' || meta.format === 'gif';
    // Orientation from EXIF applied, then at most MAX_IMAGE_WIDTH wide.
    const resized = input().rotate().resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true });
    const webp = await resized
      .clone()
      .webp({ quality: WEBP_QUALITY, ...(lossless ? { nearLossless: true } : {}) })
      .toBuffer({ resolveWithObject: true });
    const fallback = lossless
      ? await resized
          .clone()
          .png({ compressionLevel: 9, palette: meta.format === 'gif' })
          .toBuffer()
      : await resized
          .clone()
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
          .toBuffer();
    return {
      ok: true,
      image: {
        file: `${digest}.webp`,
        fallback: `${digest}.${lossless ? 'png' : 'jpg'}`,
        width: webp.info.width,
        height: webp.info.height,
        webp: webp.data,
        fallbackBytes: fallback,
      },
    };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    if (/pixel limit/i.test(message))
      return { ok: false, reason: `image larger than ${MAX_INPUT_PIXELS} pixels: refused undecoded (${message})` };
    return { ok: false, reason: `not a readable image (${message})` };
  }
}
