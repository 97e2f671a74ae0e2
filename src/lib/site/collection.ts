import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import type { Report } from '../schema/report.ts';
import { buildPlaceTree, byRecency, type PlaceNode } from './catalog.ts';

/** Memoised per build: every page asks for the same sorted list and place tree. */
let cache: { reports: Report[]; tree: PlaceNode[] } | undefined;

export function catalogOf(reports: Report[]): { reports: Report[]; tree: PlaceNode[] } {
  if (!cache || cache.reports.length !== reports.length) {
    const sorted = [...reports].sort(byRecency);
    cache = { reports: sorted, tree: buildPlaceTree(sorted, loadGazetteer()) };
  }
  return cache;
}
