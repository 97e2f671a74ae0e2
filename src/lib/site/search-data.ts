import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Report } from '../schema/report.ts';
import { flattenTree, type PlaceNode } from './catalog.ts';
import type { SearchPlace } from './search-view.ts';

/**
 * Two small files the search page fetches only when it needs them, built with the site:
 * the places the archive has reports of (for the zero-result help) and each report's issuer
 * and index number (for the export; the search index's rows do not hold them).
 */

/** Every place with reports, by full name (province first), as the place pages name them. */
export function searchPlaces(tree: PlaceNode[], gazetteer: Gazetteer): SearchPlace[] {
  return flattenTree(tree).map((node) => {
    const ancestors = gazetteer.byCode.get(node.code)?.ancestorCodes ?? [];
    const names = ancestors.map((code) => gazetteer.byCode.get(code)?.name ?? '');
    return { code: node.code, name: [...names, node.name].join(''), total: node.total };
  });
}

/** Per report id: [issuer, index number], '' where the report does not state it. */
export type ReportDetails = Record<string, [string, string]>;

export function reportDetails(reports: readonly Report[]): ReportDetails {
  return Object.fromEntries(reports.map((r) => [r.id, [r.issuer ?? '', r.indexNumber ?? '']]));
}
