import { createHash } from 'node:crypto';
import { divisionChain, type Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Report } from '../schema/report.ts';
import { seriesOf } from './series.ts';

/** Views of the collection the site needs: recency, places, years, neighbours. Pure functions. */

export const reportPath = (id: string) => `/reports/${id}/`;
export const placePath = (code: string) => `/place/${code}/`;

/** Newest first: by publication date when stated, else by year; ties by id for a stable order. */
export function byRecency(a: Report, b: Report): number {
  const key = (r: Report) => r.publishedAt ?? r.signedAt ?? `${r.year + 1}-00-00`;
  return key(b).localeCompare(key(a)) || b.year - a.year || a.id.localeCompare(b.id);
}

export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function placeLabel(report: Pick<Report, 'region'>): string {
  return report.region.join(' · ');
}

export interface PlaceNode {
  code: string;
  name: string;
  level: string;
  /** Reports of this place itself. */
  reports: Report[];
  /** Reports of this place and every place inside it. */
  total: number;
  children: PlaceNode[];
}

/** The divisions that have reports, with their ancestors, as a tree rooted at provinces. */
export function buildPlaceTree(reports: Report[], gazetteer: Gazetteer): PlaceNode[] {
  const nodes = new Map<string, PlaceNode>();
  const node = (code: string): PlaceNode => {
    let existing = nodes.get(code);
    if (!existing) {
      const division = gazetteer.byCode.get(code);
      existing = {
        code,
        name: division?.name ?? code,
        level: division?.level ?? 'county',
        reports: [],
        total: 0,
        children: [],
      };
      nodes.set(code, existing);
    }
    return existing;
  };
  const roots = new Set<PlaceNode>();
  for (const report of reports) {
    const chain = divisionChain(gazetteer, report.divisionCode).map(node);
    chain.at(-1)!.reports.push(report);
    chain.forEach((n, i) => {
      n.total++;
      if (i === 0) roots.add(n);
      else if (!chain[i - 1]!.children.includes(n)) chain[i - 1]!.children.push(n);
    });
  }
  const sort = (list: PlaceNode[]) => {
    list.sort((a, b) => a.code.localeCompare(b.code));
    for (const n of list) {
      n.reports.sort(byRecency);
      sort(n.children);
    }
    return list;
  };
  return sort([...roots]);
}

export function flattenTree(roots: PlaceNode[]): PlaceNode[] {
  return roots.flatMap((n) => [n, ...flattenTree(n.children)]);
}

export interface YearNeighbours {
  previous?: Report;
  next?: Report;
}

/**
 * For every report, the same series' reports (same place and same issuer, see seriesKey) for
 * the years before and after. Built once for the whole collection: asking per report page would
 * read the whole collection once per page.
 */
export function yearNeighbourIndex(all: Report[]): Map<string, YearNeighbours> {
  const index = new Map<string, YearNeighbours>();
  for (const list of seriesOf(all).values()) {
    for (const report of list) {
      index.set(report.id, {
        previous: list.filter((r) => r.year < report.year).at(-1),
        next: list.find((r) => r.year > report.year),
      });
    }
  }
  return index;
}

export function countBy<T>(items: T[], key: (item: T) => string | number): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** A digest of what a page is built from, for Astro to tell whether it must render it again. */
export function contentKey(data: unknown): string {
  return createHash('sha1').update(JSON.stringify(data)).digest('hex');
}
