import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadFont, textPath, wrapText } from './glyphs.ts';

/**
 * The share card of a report or place page: 1200×630 PNG (the size Open Graph and Twitter's
 * large card show uncropped) with the title, the place, the year and the site name, the text
 * drawn as paths (see glyphs.ts), rasterized by sharp.
 */

export interface ShareCard {
  title: string;
  place: string;
  /** "2024年度", or a count line for a place page. */
  year: string;
  siteName: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bumped when the drawing changes, so every card's digest (and file name) changes with it. */
const CARD_VERSION = 2;

/**
 * zlib level 6, not 9: level 9 spent ~58 ms of CPU a card deflating (80 ms in all against 29 ms
 * at level 6, rasterizing included) for 6 % fewer bytes (47 KB against 50 KB), measured as CPU time
 * over sample cards; at 10,000 reports and their place pages that is most of the build's card
 * work. See docs/decisions/0007-share-cards-at-scale.md.
 */
export const CARD_PNG_OPTIONS = { compressionLevel: 6 } as const;

const COLORS = { background: '#ffffff', band: '#9e1b1b', text: '#1b1b1b', muted: '#474747', onBand: '#ffffff' };

export function shareCardSvg(card: ShareCard): string {
  const bold = loadFont('Bold');
  const regular = loadFont('Regular');
  const margin = 80;
  const width = CARD_WIDTH - 2 * margin;
  const titleSize = 60;
  const titleLines = wrapText(card.title, bold, titleSize, width, 3);
  const titleTop = 200;
  const title = titleLines
    .map((line, i) => textPath(line, bold, titleSize, margin, titleTop + i * titleSize * 1.3))
    .join('');
  const meta = wrapText(`${card.place} · ${card.year}`, regular, 40, width, 1)[0] ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.background}"/>`,
    `<rect width="${CARD_WIDTH}" height="96" fill="${COLORS.band}"/>`,
    `<g fill="${COLORS.onBand}">${textPath(card.siteName, bold, 40, margin, 62)}</g>`,
    `<g fill="${COLORS.text}">${title}</g>`,
    `<g fill="${COLORS.muted}">${textPath(meta, regular, 40, margin, CARD_HEIGHT - 80)}</g>`,
    `<rect y="${CARD_HEIGHT - 16}" width="${CARD_WIDTH}" height="16" fill="${COLORS.band}"/>`,
    '</svg>',
  ].join('');
}

export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  // Full colour, not a palette: quantizing took 190–390 ms a card against 20–60 ms (measured
  // on this 2-core machine under load), for 22 KB instead of 50 KB.
  return sharp(Buffer.from(shareCardSvg(card)))
    .png(CARD_PNG_OPTIONS)
    .toBuffer();
}

/** A digest of what the card shows: a changed title gives another file name. */
export function shareCardDigest(card: ShareCard): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, card.title, card.place, card.year, card.siteName]))
    .digest('hex')
    .slice(0, 12);
}

/**
 * The card's PNG from the cache folder when a card with the same digest was drawn before (a
 * rebuild draws only new or changed cards), drawn and stored otherwise.
 */
export async function cachedShareCard(card: ShareCard, cacheDir: string): Promise<Buffer> {
  const file = join(cacheDir, `${shareCardDigest(card)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderShareCard(card);
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed: a build stopped halfway leaves no half card behind.
  writeFileSync(`${file}.tmp`, png);
  renameSync(`${file}.tmp`, file);
  return png;
}

/**
 * Starts drawing many cards at once, `concurrency` at a time (sharp rasterizes off the main
 * thread, so cards drawn side by side use every core; Astro renders endpoints one by one).
 * Returns each card's PNG promise by digest.
 */
export function drawShareCards(
  cards: ShareCard[],
  cacheDir: string,
  concurrency: number,
): Map<string, Promise<Buffer>> {
  const unique = new Map(cards.map((card) => [shareCardDigest(card), card]));
  const settle = new Map<string, { resolve: (png: Buffer) => void; reject: (error: unknown) => void }>();
  const out = new Map<string, Promise<Buffer>>();
  for (const digest of unique.keys()) {
    const promise = new Promise<Buffer>((resolve, reject) => settle.set(digest, { resolve, reject }));
    promise.catch(() => {}); // a failure surfaces where the card is awaited, not as an unhandled rejection
    out.set(digest, promise);
  }
  const queue = [...unique];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [digest, card] = item;
      await cachedShareCard(card, cacheDir).then(settle.get(digest)!.resolve, settle.get(digest)!.reject);
    }
  };
  for (let i = 0; i < Math.max(1, concurrency); i++) void worker();
  return out;
}
