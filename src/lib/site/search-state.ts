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
export type SearchState = SearchRequest;

/**
 * Longest query searched, in characters. A query is looked up piece by piece in the index (one
 * lookup per three-character piece), so a pasted page would mean hundreds of requests; 200
 * characters hold any sentence or clause a reader looks for (the longest title in the sample
 * is 34 characters).
 */
export const MAX_QUERY_LENGTH = 200;

/** Quotation marks a query may be written in (“…”, "…", 「…」): a query of only these and spaces asks for nothing. */
const QUOTES_AND_SPACES = /^[\s"'“”‘’「」『』〝〞＂]*$/u;

/** The query as searched: trimmed, nothing if it is only quotes and spaces, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(raw: string): string {
  const q = raw.trim();
  if (QUOTES_AND_SPACES.test(q)) return '';
  const chars = [...q];
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : q;
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    SEARCH_FACETS.map(({ key }) => [key, [...new Set(params.getAll(key).filter(Boolean))].sort()]),
  ) as Record<FacetKey, string[]>;
  const sort = params.get('sort') ?? '';
  return {
    q: normalizeQuery(params.get('q') ?? ''),
    filters,
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : '',
  };
}

/** What a search address asked for that cannot be searched as asked, to say so on the page. */
export interface SearchUrlProblems {
  unknownFilters: Array<{ key: FacetKey; label: string; value: string }>;
  unknownSort?: string;
  queryCapped: boolean;
}

/**
 * Checks an address against the filter values the page offers (`known`: the fixed facets'
 * values; facets not in it, cities and counties, are open). Unknown values are then left out
 * of the search and named on the page, never dropped unsaid.
 */
export function searchUrlProblems(
  params: URLSearchParams,
  known: Partial<Record<FacetKey, readonly string[]>>,
): SearchUrlProblems {
  const unknownFilters: SearchUrlProblems['unknownFilters'] = [];
  for (const { key, label } of SEARCH_FACETS) {
    const values = known[key];
    if (!values) continue;
    for (const value of new Set(params.getAll(key).filter(Boolean)))
      if (!values.includes(value)) unknownFilters.push({ key, label, value });
  }
  const sort = params.get('sort') ?? '';
  const q = (params.get('q') ?? '').trim();
  return {
    unknownFilters,
    ...((SORT_KEYS as readonly string[]).includes(sort) ? {} : { unknownSort: sort }),
    queryCapped: [...q].length > MAX_QUERY_LENGTH && !QUOTES_AND_SPACES.test(q),
  };
}

/** The state without the filter values the page does not know. */
export function withoutUnknownFilters(state: SearchState, problems: SearchUrlProblems): SearchState {
  const filters = { ...state.filters };
  for (const { key, value } of problems.unknownFilters) filters[key] = filters[key].filter((v) => v !== value);
  return { ...state, filters };
}

/** What the page says about the problems, in one or two sentences; empty when there are none. */
export function searchUrlNotice(problems: SearchUrlProblems): string {
  const quote = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  const ignored = [
    ...problems.unknownFilters.map(({ label, value }) => `${label}${quote(value)}`),
    ...(problems.unknownSort !== undefined ? [`排序方式${quote(problems.unknownSort)}`] : []),
  ];
  const parts: string[] = [];
  if (problems.queryCapped) parts.push(`检索词过长，只检索了前 ${MAX_QUERY_LENGTH} 个字。`);
  if (ignored.length > 0) parts.push(`网址中的以下条件无法识别，检索时未使用：${ignored.join('、')}。`);
  return parts.join('');
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
