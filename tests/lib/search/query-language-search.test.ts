import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { traditionalCharacterMap } from '../../../src/lib/chinese-script/script.ts';
import { buildSearchIndex } from '../../../src/lib/search/build/build.ts';
import type { SearchDocument } from '../../../src/lib/search/build/document.ts';
import { charFold, foldString } from '../../../src/lib/search/format/fold.ts';
import type { ArchiveIndex } from '../../../src/lib/search/web/engine.ts';
import { reportsPerYear, runSearch, type SearchOutcome } from '../../../src/lib/search/web/query.ts';
import { parseSearchState } from '../../../src/lib/site/search-state.ts';
import { generatedContent, openIndex } from './corpus.ts';

/**
 * The query language evaluated over a real built index, read through the same IndexSource
 * code as the browser. Every expected result set is computed here from the reports' own
 * texts, years and dates by plain substring tests, never from the index.
 */

const REPORTS = 120;
let documents: SearchDocument[];
let index: ArchiveIndex;
const fold = charFold(traditionalCharacterMap());
const texts = new Map<string, string>();

beforeAll(async () => {
  const corpus = generatedContent(REPORTS, 21);
  documents = corpus.documents;
  for (const d of documents) texts.set(d.id, foldString(d.text, fold));
  const out = join(corpus.dir, 'dist', 'search-index');
  await buildSearchIndex({ reportsDir: corpus.reportsDir, cacheDir: join(corpus.dir, 'cache'), outDir: out });
  index = await openIndex(out, traditionalCharacterMap());
}, 300_000);

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

const has = (d: SearchDocument, word: string) => texts.get(d.id)!.includes(foldString(word, fold));

/** The reports the predicate keeps, each with the occurrences of `counted` (each word once) in it. */
function truth(keep: (d: SearchDocument) => boolean, counted: string[] = []): Map<string, number> {
  const words = [...new Set(counted.map((w) => foldString(w, fold)))];
  return new Map(
    documents.filter(keep).map((d) => [d.id, words.reduce((n, w) => n + occurrences(texts.get(d.id)!, w), 0)]),
  );
}

async function search(
  q: string,
  extra: Record<string, string> = {},
): Promise<{ outcome: SearchOutcome; found: Map<string, number> }> {
  const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q, ...extra })));
  const found = new Map<string, number>();
  for (const doc of outcome.results) found.set((await index.row(doc)).id, outcome.matches.get(doc)?.count ?? 0);
  return { outcome, found };
}

/** Asserts the search finds exactly the expected reports with their counts, and that the case is telling (some but not all reports). */
async function expectExactly(q: string, expected: Map<string, number>, extra: Record<string, string> = {}) {
  expect(expected.size, `${q}: the corpus must have matches`).toBeGreaterThan(0);
  expect(expected.size, `${q}: the corpus must have reports without a match`).toBeLessThan(REPORTS);
  const { outcome, found } = await search(q, extra);
  expect(outcome.problems, q).toEqual([]);
  expect(new Map([...found].sort()), q).toEqual(new Map([...expected].sort()));
  expect(outcome.exactCount, q).toBe(expected.size);
  return outcome;
}

describe(`the query language on ${REPORTS} generated reports`, () => {
  it('AND: every term must be in the report; the count is the sum of their occurrences', async () => {
    await expectExactly(
      '行政诉讼 枫桥经验',
      truth((d) => has(d, '行政诉讼') && has(d, '枫桥经验'), ['行政诉讼', '枫桥经验']),
    );
    await expectExactly(
      '人民调解 12345 行政复议',
      truth((d) => has(d, '人民调解') && has(d, '12345') && has(d, '行政复议'), ['人民调解', '12345', '行政复议']),
    );
  });

  it('a phrase is matched as written; its space-separated pieces must each be there', async () => {
    await expectExactly(
      '“行政诉讼”',
      truth((d) => has(d, '行政诉讼'), ['行政诉讼']),
    );
    await expectExactly(
      '「枫桥经验 12345」',
      truth((d) => has(d, '枫桥经验') && has(d, '12345'), ['枫桥经验', '12345']),
    );
  });

  it('-word and -"phrase" leave out the reports containing them; excluded words are not counted', async () => {
    const expected = truth((d) => has(d, '行政诉讼') && !has(d, '枫桥经验'), ['行政诉讼']);
    await expectExactly('行政诉讼 -枫桥经验', expected);
    await expectExactly('行政诉讼 －枫桥经验', expected);
    await expectExactly(
      '行政诉讼 -“枫桥经验 12345”',
      truth((d) => has(d, '行政诉讼') && !(has(d, '枫桥经验') && has(d, '12345')), ['行政诉讼']),
    );
  });

  it('A | B, A｜B and A 或 B find the reports with either; the count is of the alternatives present', async () => {
    const expected = truth((d) => has(d, '枫桥经验') || has(d, '行政复议'), ['枫桥经验', '行政复议']);
    const only = (w: string) => truth((d) => has(d, w)).size;
    expect(expected.size).toBeGreaterThan(Math.max(only('枫桥经验'), only('行政复议')));
    for (const q of ['枫桥经验 | 行政复议', '枫桥经验｜行政复议', '枫桥经验 或 行政复议', '枫桥经验 | “行政复议”'])
      await expectExactly(q, expected);
  });

  it('alternatives bind tighter than AND', async () => {
    await expectExactly(
      '信访 行政复议 | 12345',
      truth((d) => has(d, '信访') && (has(d, '行政复议') || has(d, '12345')), ['信访', '行政复议', '12345']),
    );
  });

  it('年份: keeps the reports of that year or range; alone, it lists them all with no matches', async () => {
    const outcome = await expectExactly(
      '年份:2018-2020',
      truth((d) => d.year >= 2018 && d.year <= 2020),
    );
    expect(outcome.matches.size).toBe(0);
    await expectExactly(
      'year:２０２１',
      truth((d) => d.year === 2021),
    );
    await expectExactly(
      '枫桥经验 年份:2021-',
      truth((d) => has(d, '枫桥经验') && d.year >= 2021, ['枫桥经验']),
    );
  });

  it('发布: keeps the reports published in that year, month or range; a report without a date is in none', async () => {
    const between = (from: string, to: string) => (d: SearchDocument) =>
      d.published !== undefined && d.published >= from && d.published <= to;
    await expectExactly('发布:2020', truth(between('2020-01-01', '2020-12-31')));
    await expectExactly('发布:2020-01..2020-02', truth(between('2020-01-01', '2020-02-29')));
    await expectExactly('發布：2018-02-27..2021-03-31', truth(between('2018-02-27', '2021-03-31')));
    await expectExactly(
      '行政诉讼 发布:..2019-06-30',
      truth((d) => has(d, '行政诉讼') && between('0000-01-01', '2019-06-30')(d), ['行政诉讼']),
    );
  });

  it('combines them all', async () => {
    await expectExactly(
      '行政诉讼 | 行政复议 -信访 年份:2016-2024 发布:2017..2024-06',
      truth(
        (d) =>
          (has(d, '行政诉讼') || has(d, '行政复议')) &&
          !has(d, '信访') &&
          d.year >= 2016 &&
          d.year <= 2024 &&
          d.published !== undefined &&
          d.published >= '2017-01-01' &&
          d.published <= '2024-06-30',
        ['行政诉讼', '行政复议'],
      ),
    );
  });

  it('folds every part of the query as the index folds text: Traditional and full-width alternatives and exclusions', async () => {
    const simplified = await search('行政诉讼 | 行政复议 -枫桥经验');
    const traditional = await search('行政訴訟 ｜ 「行政復議」 －楓橋經驗');
    expect(traditional.outcome.problems).toEqual([]);
    expect(simplified.found.size).toBeGreaterThan(0);
    expect(new Map([...traditional.found].sort())).toEqual(new Map([...simplified.found].sort()));
    expect(new Map([...simplified.found].sort())).toEqual(
      new Map(
        [
          ...truth((d) => (has(d, '行政诉讼') || has(d, '行政复议')) && !has(d, '枫桥经验'), ['行政诉讼', '行政复议']),
        ].sort(),
      ),
    );
  });

  it('exclusions only: the reports without them, and the problem says so', async () => {
    const { outcome, found } = await search('-枫桥经验');
    expect(outcome.problems).toHaveLength(1);
    expect(new Set(found.keys())).toEqual(new Set(truth((d) => !has(d, '枫桥经验')).keys()));
  });

  it('counts each filter value over the whole match set, and a chosen filter gives that count', async () => {
    const q = '枫桥经验 | 行政复议 -12345';
    const keep = (d: SearchDocument) => (has(d, '枫桥经验') || has(d, '行政复议')) && !has(d, '12345');
    const { outcome } = await search(q);
    const byYear = new Map<string, number>();
    for (const d of documents.filter(keep)) byYear.set(String(d.year), (byYear.get(String(d.year)) ?? 0) + 1);
    expect(new Map(Object.entries(outcome.counts.year).sort())).toEqual(new Map([...byYear].sort()));
    const [year, count] = [...byYear].sort((a, b) => b[1] - a[1])[0]!;
    const filtered = await search(q, { year });
    expect(filtered.found.size).toBe(count);
    expect(new Set(filtered.found.keys())).toEqual(new Set(truth((d) => keep(d) && String(d.year) === year).keys()));
  });

  it('counts the reports of each year the filters keep, the year filter aside (the across-years denominators)', async () => {
    const perYear = (keep: (d: SearchDocument) => boolean) => {
      const counted: Record<string, number> = {};
      for (const d of documents.filter(keep)) counted[String(d.year)] = (counted[String(d.year)] ?? 0) + 1;
      return counted;
    };
    const none = parseSearchState(new URLSearchParams()).filters;
    expect(await reportsPerYear(index, none)).toEqual(perYear(() => true));
    const province = documents[0]!.province;
    const years = [...new Set(documents.map((d) => String(d.year)))];
    const filters = parseSearchState(
      new URLSearchParams([
        ['province', province],
        ['year', years[0]!],
      ]),
    ).filters;
    const kept = perYear((d) => d.province === province);
    expect(Object.keys(kept).length).toBeGreaterThan(1);
    expect(Object.values(kept).reduce((a, b) => a + b, 0)).toBeLessThan(documents.length);
    expect(await reportsPerYear(index, filters)).toEqual(kept);
  });

  it('keeps the second tier for one unquoted term, exclusions applied: the words apart ranked after the term as written', async () => {
    const parts = ['矛盾', '纠纷', '化解'];
    const exact = truth((d) => has(d, '矛盾纠纷化解') && !has(d, '12345'), ['矛盾纠纷化解']);
    const apart = truth((d) => !has(d, '矛盾纠纷化解') && parts.every((p) => has(d, p)) && !has(d, '12345'), parts);
    expect(exact.size).toBeGreaterThan(0);
    expect(apart.size).toBeGreaterThan(0);
    const { outcome, found } = await search('矛盾纠纷化解 -12345');
    expect(outcome.exactCount).toBe(exact.size);
    expect(new Map([...found].sort())).toEqual(new Map([...exact, ...apart].sort()));
    const first = await Promise.all(outcome.results.slice(0, exact.size).map(async (d) => (await index.row(d)).id));
    expect(new Set(first)).toEqual(new Set(exact.keys()));
    // Beside another term there is no second tier.
    const two = await search('矛盾纠纷化解 行政诉讼');
    expect(two.outcome.results.length).toBe(two.outcome.exactCount);
  });

  it('orders by each sort key as documented, ties going to the lower report number (relevance, year either way, occurrences)', async () => {
    const parts = ['矛盾', '纠纷', '化解'];
    const exactly = (d: SearchDocument) => has(d, '矛盾纠纷化解');
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const sort of ['', 'year-desc', 'year-asc', 'hits-desc'] as const) {
      const { outcome } = await search('矛盾纠纷化解', sort ? { sort } : {});
      // Each result's keys from the report itself: the phrase as written or its words apart, the
      // occurrences of what it matched by, its year; and its report number in the index.
      const keys = await Promise.all(
        outcome.results.map(async (doc) => {
          const d = byId.get((await index.row(doc)).id)!;
          const exact = exactly(d) ? 1 : 0;
          const words = exact ? ['矛盾纠纷化解'] : parts;
          const hits = words.reduce((n, w) => n + occurrences(texts.get(d.id)!, foldString(w, fold)), 0);
          return { doc, exact, hits, year: d.year };
        }),
      );
      const relevance = (a: (typeof keys)[0], b: (typeof keys)[0]) => b.exact - a.exact || b.hits - a.hits;
      const rest = (a: (typeof keys)[0], b: (typeof keys)[0]) => relevance(a, b) || b.year - a.year || a.doc - b.doc;
      const order = {
        '': rest,
        'year-desc': (a: (typeof keys)[0], b: (typeof keys)[0]) => b.year - a.year || rest(a, b),
        'year-asc': (a: (typeof keys)[0], b: (typeof keys)[0]) => a.year - b.year || rest(a, b),
        'hits-desc': (a: (typeof keys)[0], b: (typeof keys)[0]) => b.hits - a.hits || rest(a, b),
      }[sort];
      expect(outcome.results, sort).toEqual([...keys].sort(order).map((k) => k.doc));
      // Telling: both tiers present, and reports equal on every key but the report number.
      expect(new Set(keys.map((k) => k.exact)).size, sort).toBe(2);
      const same = new Set(keys.map((k) => `${k.exact}:${k.hits}:${k.year}`));
      expect(same.size, sort).toBeLessThan(keys.length);
    }
  });

  it('searches what is valid in a query with problems, and finds nothing when nothing is valid', async () => {
    const { outcome, found } = await search('行政诉讼 |');
    expect(outcome.problems).toHaveLength(1);
    expect(new Map([...found].sort())).toEqual(new Map([...truth((d) => has(d, '行政诉讼'), ['行政诉讼'])].sort()));
    const reversed = await search('年份:2022-2020');
    expect(reversed.outcome.problems).toHaveLength(1);
    expect(reversed.outcome.results).toEqual([]);
  });

  it('sorts by occurrences in the report (hits-desc)', async () => {
    const { outcome } = await search('行政诉讼 | 枫桥经验', { sort: 'hits-desc' });
    const counts = outcome.results.map((d) => outcome.matches.get(d)!.count);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(counts).size).toBeGreaterThan(1);
  });

  it('asks the engine for every word with the chosen sections as scope: terms, alternatives, exclusions, phrase pieces, the second tier', async () => {
    const asked: Array<[string, unknown]> = [];
    const watched = Object.create(index, {
      matchTerm: {
        value: (term: string, scope?: unknown) => {
          asked.push([term, scope]);
          return index.matchTerm(term);
        },
      },
    }) as ArchiveIndex;
    const section = index.manifest.values.section[1]!;
    const q = '矛盾纠纷化解 -12345 -“人民调解 行政复议”';
    await runSearch(watched, parseSearchState(new URLSearchParams({ q, section })));
    const scope = { sections: [1] };
    expect(new Map(asked)).toEqual(
      new Map(['矛盾纠纷化解', '12345', '人民调解', '行政复议', '矛盾', '纠纷', '化解'].map((w) => [w, scope])),
    );
    asked.length = 0;
    await runSearch(watched, parseSearchState(new URLSearchParams({ q: '行政訴訟 | 枫桥经验' })));
    expect(new Map(asked)).toEqual(
      new Map([
        ['行政诉讼', undefined],
        ['枫桥经验', undefined],
      ]),
    );
  });
});
