import type { Report } from '../schema/report.ts';

/**
 * A report as a GB/T 7714-2015 reference to an electronic resource:
 * `责任者. 题名[EB/OL]. (发布日期)[引用日期]. 网址.` The 引用日期 is the reader's, so the page
 * fills it in the browser; the parts around it are fixed at build.
 */

/** Shown where the reader's date goes when the page cannot compute it (no JavaScript). */
export const CITED_DATE_PLACEHOLDER = '引用日期';

/** Who is responsible for the report: the issuer, else the website that published it, else the place. */
export function responsibleParty(report: Pick<Report, 'issuer' | 'sourceName' | 'region'>): string {
  return report.issuer ?? report.sourceName ?? report.region.join('');
}

export interface ReferenceParts {
  /** Up to the 引用日期's opening bracket. */
  before: string;
  /** From the 引用日期's closing bracket to the end. */
  after: string;
}

export function referenceParts(
  report: Pick<Report, 'issuer' | 'sourceName' | 'region' | 'title' | 'publishedAt'>,
  url: string,
): ReferenceParts {
  const published = report.publishedAt ? `(${report.publishedAt})` : '';
  return { before: `${responsibleParty(report)}. ${report.title}[EB/OL]. ${published}[`, after: `]. ${url}.` };
}

export function gbtReference(report: Parameters<typeof referenceParts>[0], url: string, citedOn: string): string {
  const { before, after } = referenceParts(report, url);
  return `${before}${citedOn}${after}`;
}

/** A day in the reader's own calendar (not UTC), as GB/T 7714 writes it: YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
