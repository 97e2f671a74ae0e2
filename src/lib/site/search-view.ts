import { barChartLayout, percent, type BarChartLayout } from './bar-chart.ts';
import type { ScriptMap } from '../chinese-script/map-pieces.ts';
import type { FacetKey, SearchState } from './search-state.ts';

/**
 * What the search page shows around its results, as plain data: the tab title, the active
 * filters as chips, the share of each year's reports holding the query, and the help offered
 * when nothing is found (places, the other script, 街道/街/镇 variants). Pure: the page's
 * browser code renders it, the unit tests check it.
 */

/** The tab title: the query and the count first, so a tab among many says what it holds. */
export function searchTitle(query: string, count: number | undefined, site: string): string {
  const what = query || '全文检索';
  return count === undefined ? `${what} — ${site}` : `${what} — ${count} 篇 — ${site}`;
}

export interface FilterChip {
  key: FacetKey;
  value: string;
  /** What the chip says: the filter's label and the value (年度 2021, 省份 上海市). */
  text: string;
}

/** One chip per chosen filter value, in the facets' order. */
export function filterChips(state: SearchState, facets: ReadonlyArray<{ key: FacetKey; label: string }>): FilterChip[] {
  return facets.flatMap(({ key, label }) =>
    state.filters[key].map((value) => ({ key, value, text: `${label}：${key === 'year' ? `${value}年` : value}` })),
  );
}

/** The state without one chosen value (a chip removed). */
export function withoutFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  return { ...state, filters: { ...state.filters, [key]: state.filters[key].filter((v) => v !== value) } };
}

/** The state with no filter chosen (清除全部). */
export function withoutFilters(state: SearchState): SearchState {
  return {
    ...state,
    filters: Object.fromEntries(
      Object.keys(state.filters).map((key) => [key, []]),
    ) as unknown as SearchState['filters'],
  };
}

export interface YearShare {
  year: string;
  /** Reports of that year holding the query (with the other filters chosen). */
  count: number;
  /** Reports of that year (with the other filters chosen). */
  total: number;
  share: number;
}

/**
 * Per year, the share of reports holding the query: `matching` are the outcome's year counts
 * (reports that would match with that year chosen), `totals` the same filters' year counts
 * without a query. Years without reports are left out; oldest first.
 */
export function yearShares(matching: Record<string, number>, totals: Record<string, number>): YearShare[] {
  return Object.entries(totals)
    .filter(([, total]) => total > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, total]) => {
      const count = matching[year] ?? 0;
      return { year, count, total, share: count / total };
    });
}

/** A place the archive has reports of, as the zero-result help lists it. */
export interface SearchPlace {
  code: string;
  /** Full name, province first (上海市杨浦区殷行街道). */
  name: string;
  /** Reports of the place and the places inside it. */
  total: number;
}

/**
 * Places whose full name contains the query (compared folded, as the index compares), the
 * most reports first; at most `limit`. A query of one character would name half the country:
 * two are needed.
 */
export function placesMatching(
  places: readonly SearchPlace[],
  query: string,
  fold: (text: string) => string,
  limit = 8,
): SearchPlace[] {
  const wanted = fold(query.replace(/\s+/g, ''));
  if ([...wanted].length < 2) return [];
  return places
    .filter((place) => fold(place.name).includes(wanted))
    .sort((a, b) => b.total - a.total || a.code.localeCompare(b.code))
    .slice(0, limit);
}

/** Suffixes of township-level place names that readers write one for another. */
const TOWNSHIP_SUFFIXES = ['街道', '街', '镇'] as const;

/**
 * A place-like query (ending in 街道, 街 or 镇) in the other two forms: 殷行街道 → 殷行街,
 * 殷行镇. Towns became subdistricts and reports name them either way.
 */
export function townshipVariants(query: string): string[] {
  const q = query.trim();
  const suffix = TOWNSHIP_SUFFIXES.find((s) => q.endsWith(s));
  if (!suffix) return [];
  const stem = q.slice(0, q.length - suffix.length);
  if ([...stem].length < 1 || /\s/.test(stem)) return [];
  return TOWNSHIP_SUFFIXES.filter((s) => s !== suffix).map((s) => `${stem}${s}`);
}

/**
 * The query in the other script: Simplified when it has Traditional characters, else
 * Traditional. `t2s` is the Traditional→Simplified map (at least the part covering the
 * query's characters), `s2t` the Simplified→Traditional one. Undefined when the query reads
 * the same in both.
 */
export function otherScript(query: string, t2s: ScriptMap, s2t: ScriptMap): string | undefined {
  const pairs = (map: ScriptMap) => {
    const to = [...map.to];
    return new Map([...map.from].map((c, i) => [c, to[i]!] as const).filter(([a, b]) => a !== b));
  };
  const toSimplified = pairs(t2s);
  const chars = [...query];
  const convert = chars.some((c) => toSimplified.has(c)) ? toSimplified : pairs(s2t);
  const converted = chars.map((c) => convert.get(c) ?? c).join('');
  return converted === query ? undefined : converted;
}

/** Geometry of the across-years chart: one horizontal bar per year, scaled to 100%. */
export function shareChart(
  shares: readonly YearShare[],
  { width = 560, rowHeight = 28, labelWidth = 84, figureRoom = 130 } = {},
): BarChartLayout {
  const data = shares.map((s) => ({
    label: `${s.year}年度`,
    value: s.share,
    display: `${percent(s.share)}（${s.count}/${s.total}）`,
  }));
  return barChartLayout(data, { max: 1, width, rowHeight, labelWidth, figureRoom });
}
