import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import type { Report } from '../schema/report.ts';
import { buildPlaceTree, byRecency, type PlaceNode } from './catalog.ts';
import { coverageIndex, type CoverageIndex } from './coverage.ts';

/**
 * The sorted list and the place tree every page needs. A static build renders thousands of
 * pages from one unchanging collection, so it computes them once; the dev server, where
 * content changes under it, recomputes them per request.
 */
let cache: { reports: Report[]; tree: PlaceNode[] } | undefined;

export function catalogOf(reports: Report[]): { reports: Report[]; tree: PlaceNode[] } {
  if (cache && import.meta.env.PROD) return cache;
  const sorted = [...reports].sort(byRecency);
  cache = { reports: sorted, tree: buildPlaceTree(sorted, loadGazetteer()) };
  return cache;
}

let coverageCache: CoverageIndex | undefined;

/** The coverage index, computed once per static build like the catalog. */
export function coverageOf(reports: Report[]): CoverageIndex {
  if (coverageCache && import.meta.env.PROD) return coverageCache;
  coverageCache = coverageIndex(reports, loadGazetteer());
  return coverageCache;
}
