import { reportDescription } from './report-metadata.ts';
import { reportImageUrl } from './report-images.ts';
import { divisionChain, type Gazetteer } from '../gazetteer/gazetteer.ts';
import { reportBody } from '../report-file/report-file.ts';
import { renderReport, type Heading } from '../markdown/render.ts';
import type { Report } from '../schema/report.ts';
import { formatDate, reportPath, yearNeighbourIndex, type YearNeighbours } from './catalog.ts';
import { BROWSE_TRAIL, placeCrumbs, type Crumb } from './trail.ts';

/** What a report page is built from: a collection entry as the loader validated it. */
export interface ReportEntry {
  id: string;
  /** The loader's digest of the report file (its path included). */
  digest?: string;
  data: Report;
  filePath?: string;
}

export interface ReportPagePath<E extends ReportEntry> {
  params: { id: string };
  props: { entry: E; neighbours: YearNeighbours };
  cacheKey: string;
}

/**
 * One page per report, with the same place's reports of the years before and after. The page
 * shows its neighbours' titles, so its cache key (Astro's incremental build re-renders a page
 * only when that key changes) holds the report's digest and each neighbour's id, year and title.
 */
export function reportPagePaths<E extends ReportEntry>(entries: readonly E[]): Array<ReportPagePath<E>> {
  const neighbours = yearNeighbourIndex(entries.map((e) => e.data));
  return entries.map((entry) => {
    const around = neighbours.get(entry.id) ?? {};
    const cacheKey = [
      entry.digest,
      ...[around.previous, around.next].map((r) => (r ? `${r.id}:${r.year}:${r.title}` : '')),
    ].join('|');
    return { params: { id: entry.id }, props: { entry, neighbours: around }, cacheKey };
  });
}

export interface NeighbourLink {
  href: string;
  year: number;
  title: string;
}

export interface ReportPageData {
  report: Report;
  title: string;
  description: string;
  /** One line under the title: place · year · 发布日期, what a reader checks before reading. */
  summary: string;
  trail: Crumb[];
  /** The body rendered to HTML with html off, so the captures' markup never passes. */
  html: string;
  headings: Heading[];
  previous?: NeighbourLink;
  next?: NeighbourLink;
}

/**
 * The line under a report's title: its place, year and publication date. The full metadata
 * panel sits in a disclosure below it, so on a phone this line is what the first screen says
 * about the report besides its title.
 */
export function reportSummary(report: Pick<Report, 'region' | 'year' | 'publishedAt'>): string {
  return [report.region.join(''), `${report.year}年度`, `发布日期 ${formatDate(report.publishedAt) ?? '未注明'}`].join(
    ' · ',
  );
}

const neighbourLink = (report: Report | undefined): NeighbourLink | undefined =>
  report && { href: reportPath(report.id), year: report.year, title: report.title };

/**
 * Everything the report page shows. The body is read from the report file and rendered here,
 * not kept in the collection: a build of 10,000 reports with rendered bodies in the content
 * store took 4.2 GB and 108 s, rendering them per page 2.3 GB and 67 s.
 */
export function reportPageData(
  entry: ReportEntry,
  neighbours: YearNeighbours,
  gazetteer: Gazetteer,
  readBody: (path: string) => string = reportBody,
): ReportPageData {
  const report = entry.data;
  if (!entry.filePath) throw new Error(`report ${entry.id}: the collection entry has no file path`);
  const { html, headings } = renderReport(readBody(entry.filePath), {
    images: report.images,
    imageUrl: (file) => reportImageUrl(report.id, file),
  });
  const place = report.region.join('');
  return {
    report,
    title: `${report.title}（${place}，${report.year}年度）`,
    description: reportDescription(report),
    summary: reportSummary(report),
    trail: [
      ...BROWSE_TRAIL,
      ...placeCrumbs(gazetteer, divisionChain(gazetteer, report.divisionCode)),
      { label: `${report.year}年度` },
    ],
    html,
    headings,
    previous: neighbourLink(neighbours.previous),
    next: neighbourLink(neighbours.next),
  };
}
