import { FACET_KEYS, type FacetKey } from '../format/facets.ts';
import { DAY_ZERO, type FacetColumn } from '../format/manifest.ts';
import type { ArchiveIndex, Matches, SectionScope } from './engine.ts';
import {
  atomWords,
  parseQueryLanguage,
  positiveAtoms,
  type Atom,
  type Clause,
  type EitherClause,
  type PublishedClause,
  type QueryProblem,
  type QueryTree,
  type YearClause,
} from './query-language.ts';

export type { QueryProblem };

/**
 * A search as the reader asked it (query-language.ts reads the query): the reports matching
 * every clause exactly, and, for a query whose one term is several words, the reports
 * containing those words apart (ranked after). Filters, live counts and order are computed
 * here over the whole match set, so the count is the number of reports, not of what was fetched.
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

/** A search as the page shows it: the words asked for, whether it is one phrase, the second tier. */
export interface ParsedQuery {
  /** The words asked for (terms, phrase pieces, every alternative), as typed, each once: marked in excerpts. */
  terms: string[];
  /** The query is one quoted phrase and nothing else asked for. */
  quoted: boolean;
  /** Words of a single unquoted term (行政诉讼 → 行政, 诉讼), searched as a second tier. */
  parts: string[];
}

const isPositive = (c: Clause): c is Atom | EitherClause =>
  c.kind === 'term' || c.kind === 'phrase' || c.kind === 'either';

let segmenter: Intl.Segmenter | undefined;
const wordSegmenter = () => (segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' }));

/**
 * Readies the word segmenter before the first query: its first use loads the browser's Chinese
 * dictionary, ≈ 30–40 ms in Chromium here, which a first query would otherwise wait for.
 */
export function prepareQueryParsing(): void {
  for (const _ of wordSegmenter().segment('法治政府建设')) break;
}

function parsedQuery(tree: QueryTree): ParsedQuery {
  const terms = [...new Set(positiveAtoms(tree).flatMap(atomWords))];
  const positive = tree.clauses.filter(isPositive);
  const only = positive.length === 1 ? positive[0] : undefined;
  let parts: string[] = [];
  // The words apart still make sense for one unquoted term (with or without exclusions and
  // ranges); beside other terms or alternatives the reader has already said what goes together.
  if (only?.kind === 'term' && only.text.length >= 3) {
    const words = [...wordSegmenter().segment(only.text)].filter((s) => s.isWordLike).map((s) => s.segment);
    // Words of one character (2022年 → 2022, 年) would match reports holding that character
    // anywhere: noise, not the words apart, and costly to fetch.
    if (words.length >= 2 && words.every((w) => w.length >= 2)) parts = [...new Set(words)];
  }
  return { terms, quoted: only?.kind === 'phrase', parts };
}

/** The query's words, phrase, second-tier words (query-language.ts has the syntax). */
export function parseQuery(q: string): ParsedQuery {
  return parsedQuery(parseQueryLanguage(q));
}

export interface SearchOutcome {
  query: ParsedQuery;
  /** The query's clauses as evaluated (what is malformed is left out and in `problems`). */
  clauses: Clause[];
  /** What is wrong in the query as written; empty when it is fine. What is valid is still searched. */
  problems: QueryProblem[];
  /** The chosen sections as the engine took them (undefined: the whole report); whereMatched takes the same. */
  scope: SectionScope | undefined;
  /** Report numbers in display order, filters applied. */
  results: number[];
  /** How many of `results` match the query as written (they come first by relevance). */
  exactCount: number;
  /** Per report found by its words: occurrences of the words asked for (summed, each word once) and where the first is. */
  matches: Matches;
  /**
   * Per facet and value: reports that would match with that value chosen (other facets' filters
   * kept). Tallied on first read, not by runSearch: the page starts fetching the first results
   * before reading it, so the tally (20–45 ms of a first query matching most of 10,000 reports)
   * runs while they load.
   */
  readonly counts: FacetCounts;
}

function sectionScope(names: string[], chosen: string[]): SectionScope | undefined {
  const sections = chosen.map((name) => names.indexOf(name)).filter((bit) => bit >= 0);
  return sections.length > 0 ? { sections } : undefined;
}

/**
 * The one place a word is asked of the engine, so that the section scope reaches every word
 * (terms, phrase pieces, alternatives, exclusions, the second tier).
 */
function matchWord(index: ArchiveIndex, word: string, scope: SectionScope | undefined): Promise<Matches> {
  return index.matchTerm(word, scope);
}

// One set is returned as it is: the sets here are never changed, and copying 10,000 reports
// a few times over was a noticeable part of a first query's time.
const intersect = (sets: Set<number>[]): Set<number> => {
  if (sets.length === 1) return sets[0]!;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...(smallest ?? [])].filter((doc) => rest.every((s) => s.has(doc))));
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - DAY_ZERO) / DAY_MS);

/**
 * Evaluates the query exactly: each clause's reports from the engine (a phrase's pieces all
 * present, alternatives united, exclusions taken away, years and publication dates from their
 * columns), then the filters, the live counts and the order.
 */
export async function runSearch(index: ArchiveIndex, state: SearchRequest): Promise<SearchOutcome> {
  const tree = parseQueryLanguage(state.q);
  const query = parsedQuery(tree);
  const { clauses, problems } = tree;
  const { values, docCount } = index.manifest;
  const scope = sectionScope(values.section, state.filters.section);

  // Every distinct folded word is asked once, all at once.
  const asked = new Map<string, Promise<Matches>>();
  const ask = (word: string) => {
    const folded = index.foldTerm(word);
    if (!asked.has(folded)) asked.set(folded, matchWord(index, folded, scope));
    return folded;
  };
  const wordsOf = (atom: Atom) => atomWords(atom).map(ask);
  const positive = clauses.filter(isPositive).map((c) => (c.kind === 'either' ? c.alternatives : [c]).map(wordsOf));
  const excluded = clauses.flatMap((c) => (c.kind === 'exclude' ? [wordsOf(c.atom)] : []));
  const parts = query.parts.map(ask);
  const years = clauses.filter((c): c is YearClause => c.kind === 'year');
  const dates = clauses.filter((c): c is PublishedClause => c.kind === 'published');
  const columnNames: FacetColumn[] = [
    ...FACET_KEYS,
    ...(state.sort === 'published-desc' || dates.length > 0 ? (['published'] as const) : []),
  ];
  const [found, columns] = await Promise.all([
    Promise.all([...asked].map(async ([word, matches]) => [word, await matches] as const)),
    Promise.all(columnNames.map((name) => index.column(name))),
  ]);
  const byWord = new Map(found);
  const col = named(columnNames, columns);

  const docsOf = (words: string[]) => intersect(words.map((w) => new Set(byWord.get(w)!.keys())));
  const unite = (sets: Set<number>[]) => (sets.length === 1 ? sets[0]! : new Set(sets.flatMap((s) => [...s])));
  const without = unite(excluded.map(docsOf));
  const yearOfValue = Int32Array.from(values.year, Number);
  const year = (doc: number) => yearOfValue[col.year[doc]!]!;
  const inRanges = (doc: number) =>
    !without.has(doc) &&
    years.every((r) => (r.from === undefined || year(doc) >= r.from) && (r.to === undefined || year(doc) <= r.to)) &&
    dates.every((r) => {
      const day = col.published![doc]!;
      // 0: no publication date given; such a report is in no date range.
      return (
        day > 0 && (r.from === undefined || day >= dayNumber(r.from)) && (r.to === undefined || day <= dayNumber(r.to))
      );
    });

  const all = positive.length === 0;
  // A query that was written but left nothing to search (every clause malformed) finds nothing;
  // its problems say why. A blank query with filters lists the filtered reports.
  const nothing = all && clauses.length === 0 && state.q.trim() !== '';
  // With no exclusion or range to apply, the matched set is the answer as it stands.
  const unranged = without.size === 0 && years.length === 0 && dates.length === 0;
  const matched = all
    ? new Set(everyReport(docCount))
    : intersect(positive.map((alternatives) => unite(alternatives.map(docsOf))));
  const exact = nothing ? new Set<number>() : unranged ? matched : new Set([...matched].filter(inRanges));
  const positiveWords = [...new Set(positive.flat(2))];
  // One word, nothing taken away, no second tier: the word's own answer is the match set as it
  // stands (read only from here on), not a copy built report by report.
  const alone = !all && positiveWords.length === 1 && unranged && parts.length === 0;
  const matches: Matches = alone ? byWord.get(positiveWords[0]!)! : new Map();
  const record = (doc: number, words: string[]) => {
    // One word: its own answer is the match (no sum to make, and no object per report to build).
    if (words.length === 1) {
      const m = byWord.get(words[0]!)!.get(doc);
      if (m) matches.set(doc, m);
      return;
    }
    let count = 0;
    let first = -1;
    for (const word of words) {
      const m = byWord.get(word)!.get(doc);
      if (!m) continue;
      count += m.count;
      if (m.first >= 0 && (first < 0 || m.first < first)) first = m.first;
    }
    // The zone locates the first word only, the one the page's excerpt looks for first.
    const zone = first < 0 ? byWord.get(words[0]!)!.get(doc)?.zone : undefined;
    matches.set(doc, { count, first, ...(zone !== undefined && { zone }) });
  };
  if (!all && !alone) for (const doc of exact) record(doc, positiveWords);
  if (parts.length > 0) for (const doc of docsOf(parts)) if (!exact.has(doc) && inRanges(doc)) record(doc, parts);
  const candidates = all ? [...exact] : [...matches.keys()];
  const { results, tally } = filterAndCount(candidates, values, col, state.filters);

  // Sort keys in typed arrays, one slot per report: read once per report by the packed sort, ~n log n
  // times by the comparators.
  const isExact = new Uint8Array(docCount);
  for (const doc of exact) isExact[doc] = 1;
  const hits = new Uint32Array(docCount);
  for (const [doc, m] of matches) hits[doc] = m.count;
  const published = col.published as Uint16Array | undefined;
  if (state.sort === 'published-desc' || docCount > PACKED_LIMIT) {
    const relevance = (a: number, b: number) => isExact[b]! - isExact[a]! || hits[b]! - hits[a]!;
    const recency = (a: number, b: number) => year(b) - year(a) || a - b;
    const order: Record<SortKey, (a: number, b: number) => number> = {
      '': (a, b) => relevance(a, b) || recency(a, b),
      'year-desc': (a, b) => year(b) - year(a) || relevance(a, b) || recency(a, b),
      'year-asc': (a, b) => year(a) - year(b) || relevance(a, b) || recency(a, b),
      'published-desc': (a, b) => published![b]! - published![a]! || relevance(a, b) || recency(a, b),
      'hits-desc': (a, b) => hits[b]! - hits[a]! || relevance(a, b) || recency(a, b),
    };
    results.sort(order[state.sort]);
  } else sortPacked(results, state.sort, { isExact, hits, year });
  let exactCount = 0;
  for (const doc of results) exactCount += isExact[doc]!;
  let counts: FacetCounts | undefined;
  return {
    query,
    clauses,
    problems,
    scope,
    results,
    exactCount,
    matches,
    get counts() {
      return (counts ??= tally());
    },
  };
}

/** Report numbers and occurrences a packed sort key holds: below 2^20 each. */
const PACKED_LIMIT = 2 ** 20;
/** Years a packed sort key tells apart: from 1900 on, 256 of them. */
const YEAR_SLOTS = 256;

/**
 * Orders results as the comparators of runSearch would (relevance: the query as written first,
 * then occurrences, then the newer year; every order ends with the lower report number), by
 * one number per report holding every key at once, sorted natively: a comparator sort of
 * 10,000 reports took 8–20 ms of a first query, before its first results could be fetched.
 * The keys take 1 + 20 + 8 + 20 bits, exact in a double (53); `published-desc` would need 65
 * and keeps the comparators.
 */
function sortPacked(
  results: number[],
  sort: Exclude<SortKey, 'published-desc'>,
  keys: { isExact: Uint8Array; hits: Uint32Array; year: (doc: number) => number },
): void {
  const packed = new Float64Array(results.length);
  for (let i = 0; i < results.length; i++) {
    const doc = results[i]!;
    const exact = keys.isExact[doc]!;
    const hits = Math.min(keys.hits[doc]!, PACKED_LIMIT - 1);
    const year = Math.min(YEAR_SLOTS - 1, Math.max(0, keys.year(doc) - 1900));
    let key: number;
    if (sort === '') key = (exact * PACKED_LIMIT + hits) * YEAR_SLOTS + year;
    else if (sort === 'hits-desc') key = (hits * 2 + exact) * YEAR_SLOTS + year;
    else if (sort === 'year-desc') key = (year * 2 + exact) * PACKED_LIMIT + hits;
    else key = ((YEAR_SLOTS - 1 - year) * 2 + exact) * PACKED_LIMIT + hits;
    // Largest first, and of equal keys the lower report number: its complement sorts higher.
    packed[i] = key * PACKED_LIMIT + (PACKED_LIMIT - 1 - doc);
  }
  packed.sort();
  for (let i = 0, n = packed.length; i < n; i++) results[i] = PACKED_LIMIT - 1 - (packed[n - 1 - i]! % PACKED_LIMIT);
}

function everyReport(docCount: number): number[] {
  const docs = new Array<number>(docCount);
  for (let doc = 0; doc < docCount; doc++) docs[doc] = doc;
  return docs;
}

type Columns = Record<FacetColumn, Uint16Array>;
type FacetCounts = Record<FacetKey, Record<string, number>>;
const named = (names: FacetColumn[], columns: Uint16Array[]) =>
  Object.fromEntries(names.map((name, i) => [name, columns[i]!])) as Columns;

/**
 * For each report, which chosen filter it fails: none, exactly one (the report still counts
 * for that filter's own values, as choosing another value there would keep it), or several.
 */
function filterTest(
  values: Record<FacetKey, string[]>,
  col: Columns,
  filters: Record<FacetKey, string[]>,
): (doc: number) => FacetKey | 'none' | 'many' {
  const chosen: Array<[FacetKey, Uint8Array | number]> = [];
  for (const key of FACET_KEYS) {
    if (filters[key].length === 0) continue;
    const bits = filters[key].map((v) => values[key].indexOf(v));
    if (key === 'section') chosen.push([key, bits.reduce((mask, bit) => (bit >= 0 ? mask | (1 << bit) : mask), 0)]);
    else {
      const wanted = new Uint8Array(values[key].length);
      for (const bit of bits) if (bit >= 0) wanted[bit] = 1;
      chosen.push([key, wanted]);
    }
  }
  const passes = (doc: number, key: FacetKey, wanted: Uint8Array | number) => {
    const v = col[key][doc]!;
    return typeof wanted === 'number' ? (v & wanted) !== 0 : wanted[v] === 1;
  };
  return (doc) => {
    let failed: FacetKey | 'none' = 'none';
    for (const [key, wanted] of chosen) {
      if (passes(doc, key, wanted)) continue;
      if (failed !== 'none') return 'many';
      failed = key;
    }
    return failed;
  };
}

/**
 * The candidates that pass every chosen filter, and a tally, counted when called: per facet (of
 * `counted`, all by default) and value, the reports that would pass with that value chosen (the
 * other facets' filters kept).
 * Counted in typed arrays: at 10,000 reports a query matching most of them tallies ~70,000
 * facet values. With no filter chosen the results are `candidates` itself, not a copy.
 */
function filterAndCount(
  candidates: number[],
  values: Record<FacetKey, string[]>,
  col: Columns,
  filters: Record<FacetKey, string[]>,
  counted: readonly FacetKey[] = FACET_KEYS,
): { results: number[]; tally: () => FacetCounts } {
  const failedOnly = new Map<FacetKey, number[]>(FACET_KEYS.map((key) => [key, []]));
  // With no filter chosen every candidate passes (the array is the caller's own, fresh).
  let results = candidates;
  if (FACET_KEYS.some((key) => filters[key].length > 0)) {
    const failing = filterTest(values, col, filters);
    results = [];
    for (const doc of candidates) {
      const failed = failing(doc);
      if (failed === 'none') results.push(doc);
      else if (failed !== 'many') failedOnly.get(failed)!.push(doc);
    }
  }
  const tally = () => {
    // One tight loop per facet over typed arrays: the first query's code is not optimised yet;
    // a closure per report and facet took ~45 ms of 法治 at 10,000 reports, these loops 10–20 ms.
    // A facet not asked for is left empty.
    const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, {}])) as FacetCounts;
    for (const key of counted) {
      const column = col[key];
      const names = values[key];
      const counter = new Uint32Array(key === 'section' ? 16 : names.length + 1);
      for (const docs of [results, failedOnly.get(key)!]) {
        if (key === 'section') {
          for (const doc of docs)
            for (let v = column[doc]!, bit = 0; v !== 0; v >>>= 1, bit++) if (v & 1) counter[bit]!++;
        } else for (const doc of docs) counter[Math.min(column[doc]!, names.length)]!++;
      }
      const byValue: Record<string, number> = {};
      for (let v = 0; v < names.length && v < counter.length; v++)
        if (counter[v]! > 0) byValue[names[v]!] = counter[v]!;
      counts[key] = byValue;
    }
    return counts;
  };
  return { results, tally };
}

/**
 * Per year, the reports the filters keep (the year filter aside, as a year's count means "with
 * that year chosen"): the denominators of the across-years chart. A search's filtering and
 * counting over every report, the year alone counted, with no query to match or order to sort.
 */
export async function reportsPerYear(
  index: ArchiveIndex,
  filters: Record<FacetKey, string[]>,
): Promise<Record<string, number>> {
  const columns = await Promise.all(FACET_KEYS.map((name) => index.column(name)));
  const { values, docCount } = index.manifest;
  return filterAndCount(everyReport(docCount), values, named([...FACET_KEYS], columns), filters, ['year']).tally().year;
}
