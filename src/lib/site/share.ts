import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Report } from '../schema/report.ts';
import { shareCardDigest, type ShareCard } from '../share-card/card.ts';

/**
 * What the share cards of report and place pages say, and where they are published. The
 * archive's name comes from the site configuration (a deployment may rename it), so it is passed in.
 */

export function reportShareCard(report: Pick<Report, 'title' | 'region' | 'year'>, siteName: string): ShareCard {
  return { title: report.title, place: report.region.join(' · '), year: `${report.year}年度`, siteName };
}

export function placeShareCard(code: string, total: number, gazetteer: Gazetteer, siteName: string): ShareCard {
  const division = gazetteer.byCode.get(code);
  const region = division?.region ?? [code];
  return {
    title: `${region.join('')}法治政府建设年度报告`,
    place: region.join(' · '),
    year: `收录${total}份报告`,
    siteName,
  };
}

/** `/share/<name>-<digest>.png`: the digest of the card's text, so a changed title is a new file. */
export function shareCardPath(name: string, card: ShareCard): string {
  return `/share/${name}-${shareCardDigest(card)}.png`;
}

export function shareCardCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.SHARE_CARD_CACHE_DIR ?? 'node_modules/.cache/share-cards';
}
