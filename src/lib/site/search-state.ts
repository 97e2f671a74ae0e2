import { FACET_KEYS, type FacetKey } from '../search/format/facets.ts';
import { SORT_KEYS, type SearchRequest, type SortKey } from '../search/web/query.ts';

/**
 * What a search is: query, filters and sort, kept in the URL (?q=…&province=…&year=…&sort=…)
 * so a search can be reloaded, shared and bookmarked. Pure: used by the page and by tests.
 */

/**
 * Facets of the search. Small fixed sets are in the page from the build; cities and counties,
 * thousands nationally, are offered from the counts of the current results instead.
 */
const FACET_LABELS: Record<FacetKey, { label: string; dynamic: boolean }> = {
  province: { label: '省份', dynamic: false },
  city: { label: '市（州）', dynamic: true },
  county: { label: '县（市、区）', dynamic: true },
  level: { label: '行政层级', dynamic: false },
  issuer: { label: '发布机构类型', dynamic: false },
  year: { label: '报告年度', dynamic: false },
  section: { label: '报告包含的部分', dynamic: false },
};

/** The search's facets (their keys and order are the index's), with their labels. */
export const SEARCH_FACETS = FACET_KEYS.map((key) => ({ key, ...FACET_LABELS[key] }));

export type { FacetKey, SortKey };
export const SORTS = SORT_KEYS;
export type SearchState = SearchRequest;

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    SEARCH_FACETS.map(({ key }) => [key, [...new Set(params.getAll(key).filter(Boolean))].sort()]),
  ) as Record<FacetKey, string[]>;
  const sort = params.get('sort') ?? '';
  return { q: (params.get('q') ?? '').trim(), filters, sort: (SORTS as readonly string[]).includes(sort) ? (sort as SortKey) : '' };
}

export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key } of SEARCH_FACETS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

export function isEmptySearch(state: SearchState): boolean {
  return !state.q && SEARCH_FACETS.every(({ key }) => state.filters[key].length === 0);
}
