import { FACET_KEYS, type FacetKey } from '../format/facets.ts';
import { NONE, type FacetColumn } from '../format/manifest.ts';
import type { ArchiveIndex, Matches } from './engine.ts';

/**
 * A search as the reader asked it: the reports containing every term as written (exact), and,
 * for an unquoted single term that is several words, the reports containing those words apart
 * (ranked after). Filters, live counts and order are computed here over the whole match set,
 * so the count is the number of reports, not of what was fetched.
 */

/** Orders of the results: relevance (''), report year either way, publication date, occurrences in the report. */
export const SORT_KEYS = ['', 'year-desc', 'year-asc', 'published-desc', 'hits-desc'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A search: the query as typed, the values chosen per filter, the order. */
export interface SearchRequest {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: SortKey;
}

/** The phrase of a quoted query (“…”, "…", 「…」): such a query asks for the words verbatim. */
export function quotedPhrase(query: string): string | undefined {
  const match = /^\s*["“「『](.+?)["”」』]\s*$/u.exec(query);
  return match?.[1]?.trim() || undefined;
}

export interface ParsedQuery {
  /** The terms as typed (for display). */
  terms: string[];
  quoted: boolean;
  /** Words of a single unquoted term (行政诉讼 → 行政, 诉讼), searched as a second tier. */
  parts: string[];
}

export function parseQuery(q: string): ParsedQuery {
  const phrase = quotedPhrase(q);
  const terms = (phrase ?? q.replace(/["“”「」『』]/g, ' ')).split(/\s+/).filter(Boolean);
  let parts: string[] = [];
  if (!phrase && terms.length === 1 && terms[0]!.length >= 3) {
    const words = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(terms[0]!)]
      .filter((s) => s.isWordLike)
      .map((s) => s.segment);
    // Words of one character (2022年 → 2022, 年) would match reports holding that character
    // anywhere: noise, not the words apart, and costly to fetch.
    if (words.length >= 2 && words.every((w) => w.length >= 2)) parts = [...new Set(words)];
  }
  return { terms, quoted: Boolean(phrase), parts };
}

/** Something wrong in how a query is written, explained to the reader (Simplified Chinese). */
export interface QueryProblem {
  message: string;
}

export interface SearchOutcome {
  query: ParsedQuery;
  /** What is wrong in the query as written; empty when it is fine. What is valid is still searched. */
  problems: QueryProblem[];
  /** Report numbers in display order, filters applied. */
  results: number[];
  /** How many of `results` contain the query as written (they come first by relevance). */
  exactCount: number;
  matches: Matches;
  /** Per facet and value: reports that would match with that value chosen (other facets' filters kept). */
  counts: Record<FacetKey, Record<string, number>>;
}

export async function runSearch(index: ArchiveIndex, state: SearchRequest): Promise<SearchOutcome> {
  const query = parseQuery(state.q);
  const fold = (t: string) => index.foldTerm(t);
  const all = query.terms.length === 0;
  const columnNames = [...FACET_KEYS, ...(state.sort === 'published-desc' ? (['published'] as const) : [])];
  const [exact, partsMatch, ...columns] = await Promise.all([
    all ? Promise.resolve(new Map() as Matches) : index.matchAll(query.terms.map(fold)),
    query.parts.length > 0 ? index.matchAll(query.parts.map(fold)) : Promise.resolve(new Map() as Matches),
    ...columnNames.map((name) => index.column(name)),
  ]);
  const col = Object.fromEntries(columnNames.map((name, i) => [name, columns[i]!])) as Record<FacetColumn, Uint16Array>;
  const matches: Matches = new Map(exact);
  for (const [doc, m] of partsMatch) if (!exact.has(doc)) matches.set(doc, m);
  const candidates = all ? Array.from({ length: index.manifest.docCount }, (_, i) => i) : [...matches.keys()];

  const { values } = index.manifest;
  const chosen = new Map<FacetKey, Set<number>>();
  for (const key of FACET_KEYS) {
    if (state.filters[key].length === 0) continue;
    chosen.set(key, new Set(state.filters[key].map((v) => values[key].indexOf(v))));
  }
  const passes = (doc: number, key: FacetKey, wanted: Set<number>) => {
    const v = col[key][doc]!;
    if (key === 'section') {
      for (const bit of wanted) if (bit >= 0 && v & (1 << bit)) return true;
      return false;
    }
    return wanted.has(v);
  };
  const failing = (doc: number): FacetKey | 'none' | 'many' => {
    let failed: FacetKey | 'none' = 'none';
    for (const [key, wanted] of chosen) {
      if (passes(doc, key, wanted)) continue;
      if (failed !== 'none') return 'many';
      failed = key;
    }
    return failed;
  };

  const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, {}])) as SearchOutcome['counts'];
  const tally = (key: FacetKey, doc: number) => {
    const v = col[key][doc]!;
    const list = values[key];
    const bump = (value: string | undefined) => {
      if (value !== undefined) counts[key][value] = (counts[key][value] ?? 0) + 1;
    };
    if (key === 'section') list.forEach((name, bit) => v & (1 << bit) && bump(name));
    else if (v !== NONE) bump(list[v]);
  };
  const results: number[] = [];
  for (const doc of candidates) {
    const failed = failing(doc);
    if (failed === 'many') continue;
    if (failed === 'none') {
      results.push(doc);
      for (const key of FACET_KEYS) tally(key, doc);
    } else tally(failed, doc);
  }

  const year = (doc: number) => Number(values.year[col.year[doc]!]);
  const published = col.published as Uint16Array | undefined;
  const relevance = (a: number, b: number) =>
    Number(exact.has(b)) - Number(exact.has(a)) || (matches.get(b)?.count ?? 0) - (matches.get(a)?.count ?? 0);
  const recency = (a: number, b: number) => year(b) - year(a) || a - b;
  const order: Record<SortKey, (a: number, b: number) => number> = {
    '': (a, b) => relevance(a, b) || recency(a, b),
    'year-desc': (a, b) => year(b) - year(a) || relevance(a, b) || recency(a, b),
    'year-asc': (a, b) => year(a) - year(b) || relevance(a, b) || recency(a, b),
    'published-desc': (a, b) => published![b]! - published![a]! || relevance(a, b) || recency(a, b),
    'hits-desc': (a, b) =>
      (matches.get(b)?.count ?? 0) - (matches.get(a)?.count ?? 0) || relevance(a, b) || recency(a, b),
  };
  results.sort(order[state.sort]);
  return {
    query,
    problems: [],
    results,
    exactCount: all ? results.length : results.filter((d) => exact.has(d)).length,
    matches,
    counts,
  };
}
