import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built site's size split by what the files are, so a change in one part (share cards,
 * downloads, open data) shows as itself and not only in the total.
 */

export type DistPart =
  | 'pages'
  | 'report downloads'
  | 'report images'
  | 'search index'
  | 'open data'
  | 'share cards'
  | 'feeds and sitemaps'
  | 'assets'
  | 'other';

export const DIST_PARTS: DistPart[] = [
  'pages',
  'report downloads',
  'report images',
  'search index',
  'open data',
  'share cards',
  'feeds and sitemaps',
  'assets',
  'other',
];

/** Which part a file is, from its path inside dist (`/`-separated). */
export function distPartOf(path: string): DistPart {
  const [top = '', ...rest] = path.split('/');
  if (top === 'search-index') return 'search index';
  if (top === 'share') return 'share cards';
  if (top === 'data') return path.endsWith('.html') ? 'pages' : 'open data';
  if (top === 'feeds' || /^sitemap.*\.xml$/.test(top) || top === 'robots.txt') return 'feeds and sitemaps';
  if (top === '_astro' || top === 't2s' || /\.(ico|png|svg)$/.test(top) || top === '_headers') return 'assets';
  // reports/<id>/index.html is the page; report.md|json|txt beside it the downloads; other files its images.
  if (top === 'reports' && rest.length === 2 && !rest[1]!.endsWith('.html'))
    return /^report\.(md|json|txt)$/.test(rest[1]!) ? 'report downloads' : 'report images';
  if (path.endsWith('.html')) return 'pages';
  return 'other';
}

export interface PartSize {
  bytes: number;
  files: number;
}

/** Bytes and file count of each part of a built site (every part listed, empty ones as 0). */
export function distParts(dist: string): Map<DistPart, PartSize> {
  const out = new Map<DistPart, PartSize>(DIST_PARTS.map((p) => [p, { bytes: 0, files: 0 }]));
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else {
        const part = out.get(distPartOf(path))!;
        part.bytes += statSync(join(dir, entry.name)).size;
        part.files += 1;
      }
    }
  };
  walk(dist, '');
  return out;
}
