import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import type { Report } from '../schema/report.ts';
import { buildPlaceTree, byRecency, type PlaceNode } from './catalog.ts';

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
