/**
 * What a search is: query, filters and sort, kept in the URL (?q=…&province=…&year=…&sort=…)
 * so a search can be reloaded, shared and bookmarked. Pure: used by the page and by tests.
 */

/**
 * Facets of the search. Small fixed sets are in the page from the build; cities and counties,
 * thousands nationally, are offered from the counts of the current results instead.
 */
export const SEARCH_FACETS = [
  { key: 'province', label: '省份', dynamic: false },
  { key: 'city', label: '市（州）', dynamic: true },
  { key: 'county', label: '县（市、区）', dynamic: true },
  { key: 'level', label: '行政层级', dynamic: false },
  { key: 'issuer', label: '发布机构类型', dynamic: false },
  { key: 'year', label: '报告年度', dynamic: false },
  { key: 'section', label: '报告包含的部分', dynamic: false },
] as const;

export type FacetKey = (typeof SEARCH_FACETS)[number]['key'];
export const SORTS = ['', 'year-desc', 'year-asc', 'published-desc'] as const;
export type SortKey = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: SortKey;
}

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
