import { Feed } from 'feed';
import type { Report } from '../schema/report.ts';
import { byRecency, type PlaceNode } from './catalog.ts';
import { responsibleParty } from './citation.ts';
import { permalink, reportDescription } from './report-metadata.ts';

/**
 * Atom feeds of new reports: the whole archive, and one per place (a province's feed holds
 * every report inside it). Built with `feed` (Atom 1.0; Astro's own @astrojs/rss writes RSS
 * only). Dates come from the reports, never from the build clock, so an unchanged archive
 * gives byte-identical feeds.
 */

/** A feed lists the newest reports only: readers poll it for what is new, the archive has the rest. */
export const FEED_ENTRY_LIMIT = 50;

export const ALL_FEED_PATH = '/feeds/all.xml';
export const placeFeedPath = (code: string) => `/feeds/place/${code}.xml`;

/**
 * When a report appeared: its publication date, else its signing date, else the last day of
 * its year (Atom needs a date, and a year's report is not written before the year ends).
 */
function reportDate(report: Report): Date {
  return new Date(`${report.publishedAt ?? report.signedAt ?? `${report.year}-12-31`}T00:00:00Z`);
}

export interface FeedSpec {
  /** Path of the feed itself, e.g. /feeds/all.xml. */
  path: string;
  title: string;
  /** The page the feed is the feed of. */
  pagePath: string;
  /** The archive's configured name, the feed's generator. */
  siteName: string;
}

/**
 * `feed` marks entry titles and summaries as type="html", so a reader renders them as HTML:
 * text from a capture is escaped first, and a title holding `<img onerror=…>` shows as written.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function atomFeed(spec: FeedSpec, reports: Report[], site: string | URL): string {
  const newest = [...reports].sort(byRecency).slice(0, FEED_ENTRY_LIMIT);
  const self = new URL(spec.path, site).href;
  const updated = newest.reduce<Date | undefined>((latest, r) => {
    const d = reportDate(r);
    return !latest || d > latest ? d : latest;
  }, undefined);
  const feed = new Feed({
    id: self,
    title: spec.title,
    link: new URL(spec.pagePath, site).href,
    language: 'zh-CN',
    updated: updated ?? new Date('2000-01-01T00:00:00Z'),
    feedLinks: { atom: self },
    generator: spec.siteName,
    copyright: '报告为各地政府公开发布的官方文件',
  });
  for (const report of newest) {
    const url = permalink(site, report.id);
    feed.addItem({
      title: escapeHtml(report.title),
      id: url,
      link: url,
      date: reportDate(report),
      ...(report.publishedAt ? { published: reportDate(report) } : {}),
      description: escapeHtml(reportDescription(report)),
      author: [{ name: responsibleParty(report) }],
      category: report.region.map((name) => ({ name, term: name })),
    });
  }
  return feed.atom1();
}

/** A place's reports and those of every place inside it. */
export function reportsWithin(node: PlaceNode): Report[] {
  return [...node.reports, ...node.children.flatMap(reportsWithin)];
}
