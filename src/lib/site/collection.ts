import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import type { Report } from '../schema/report.ts';
import { buildPlaceTree, byRecency, type PlaceNode } from './catalog.ts';
import { coverageIndex, type CoverageIndex } from './coverage.ts';

/** The sorted list and the place tree every listing page needs. */
export interface Catalog {
  reports: Report[];
  tree: PlaceNode[];
}

let cache: Catalog | undefined;

/**
 * A static build renders thousands of pages from one unchanging collection, so it asks for
 * `reuse` and the catalog is computed once; the dev server, where content changes under it,
 * does not, and gets it computed afresh.
 */
export function catalogOf(reports: Report[], { reuse }: { reuse: boolean }): Catalog {
  if (cache && reuse) return cache;
  const sorted = [...reports].sort(byRecency);
  cache = { reports: sorted, tree: buildPlaceTree(sorted, loadGazetteer()) };
  return cache;
}

let coverageCache: CoverageIndex | undefined;

/** The coverage index, computed once per static build (`reuse`) like the catalog. */
export function coverageOf(reports: Report[], { reuse }: { reuse: boolean }): CoverageIndex {
  if (coverageCache && reuse) return coverageCache;
  coverageCache = coverageIndex(reports, loadGazetteer());
  return coverageCache;
}
