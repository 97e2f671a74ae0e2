import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../../src/lib/corpus/generate.ts';
import { traditionalCharacterMap } from '../../../src/lib/chinese-script/script.ts';
import { buildSearchIndex } from '../../../src/lib/search/build/build.ts';
import { ArchiveIndex } from '../../../src/lib/search/web/engine.ts';
import type { SearchDocument } from '../../../src/lib/search/build/document.ts';
import { runSearch } from '../../../src/lib/search/web/query.ts';
import { charFold, foldString } from '../../../src/lib/search/format/fold.ts';
import { parseSearchState } from '../../../src/lib/site/search-state.ts';
import { diskSource, generatedContent, openIndex } from './corpus.ts';

/**
 * The query-set test of the search issue: on a generated corpus of 600 reports, queries of
 * every kind are drawn from the reports' own text and the index's answer is compared with
 * plain substring search over the same text. Recall and precision must both be 100 %, and
 * the occurrence counts must agree.
 */

const REPORTS = 600;
let documents: SearchDocument[];
let index: ArchiveIndex;
let indexDir: string;
const fold = charFold(traditionalCharacterMap());
const folded = new Map<string, string>();
const foldQuery = (s: string) => foldString(s, fold);

beforeAll(async () => {
  const corpus = generatedContent(REPORTS, 11);
  documents = corpus.documents;
  for (const d of documents) folded.set(d.id, foldQuery(d.text));
  const out = join(corpus.dir, 'dist', 'search-index');
  indexDir = out;
  await buildSearchIndex({ reportsDir: corpus.reportsDir, cacheDir: join(corpus.dir, 'cache'), outDir: out });
  index = await openIndex(out, traditionalCharacterMap());
}, 120_000);

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

function truth(query: string): Map<string, number> {
  const needle = foldQuery(query);
  const out = new Map<string, number>();
  for (const [id, text] of folded) {
    const n = occurrences(text, needle);
    if (n > 0) out.set(id, n);
  }
  return out;
}

/** Queries of each kind, drawn deterministically from the corpus. */
function drawQueries(): Record<string, string[]> {
  const random = prng(5);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const texts = documents.map((d) => d.text);
  const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const kinds: Record<string, Set<string>> = {
    'whole words': new Set(),
    'place names': new Set(),
    'fragments of 2–6 characters': new Set(),
    'single characters': new Set(),
    digits: new Set(),
    'Chinese with digits': new Set(),
    'absent strings': new Set(['枫桥经验法典', '行政诉讼99999', '不存在的街道']),
  };
  while (kinds['whole words']!.size < 60) {
    const text = pick(texts);
    const at = Math.floor(random() * (text.length - 40));
    const word = pick(
      [...words.segment(text.slice(at, at + 40))].filter((s) => s.isWordLike && s.segment.length >= 2),
    ) as { segment: string } | undefined;
    if (word) kinds['whole words']!.add(word.segment);
  }
  while (kinds['place names']!.size < 30) {
    const place = pick(documents).place.split(' · ');
    kinds['place names']!.add(pick(place));
  }
  while (kinds['fragments of 2–6 characters']!.size < 120) {
    const text = pick(texts);
    const length = 2 + Math.floor(random() * 5);
    const at = Math.floor(random() * (text.length - length));
    const fragment = text.slice(at, at + length);
    if (!/\s/.test(fragment)) kinds['fragments of 2–6 characters']!.add(fragment);
  }
  while (kinds['single characters']!.size < 40) {
    const char = pick(texts)[Math.floor(random() * 2000)];
    if (char && !/\s/.test(char)) kinds['single characters']!.add(char);
  }
  const digitRuns = texts.flatMap((t) => t.match(/\d{3,}/g) ?? []);
  while (kinds.digits!.size < 40) {
    const run = pick(digitRuns);
    const length = 1 + Math.floor(random() * Math.min(5, run.length));
    const at = Math.floor(random() * (run.length - length + 1));
    kinds.digits!.add(run.slice(at, at + length));
  }
  kinds.digits!.add('12345');
  const mixed = texts.flatMap((t) => t.match(/\d+(?:年|月|日|件|人|次|%)/g) ?? []);
  while (kinds['Chinese with digits']!.size < 30) kinds['Chinese with digits']!.add(pick(mixed));
  return Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, [...v]]));
}

describe(`exact search on ${REPORTS} generated reports`, () => {
  it('finds exactly the reports containing each query, with their occurrence counts, for every kind of query', async () => {
    const queries = drawQueries();
    const report: string[] = [];
    const wrong: string[] = [];
    for (const [kind, list] of Object.entries(queries)) {
      let expectedPairs = 0;
      let foundPairs = 0;
      for (const query of list) {
        const expected = truth(query);
        const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q: `“${query}”` })));
        const got = new Map<string, number>();
        for (const doc of outcome.results) got.set((await index.row(doc)).id, outcome.matches.get(doc)!.count);
        expectedPairs += expected.size;
        for (const [id, n] of expected) {
          if (got.get(id) === n) foundPairs++;
          else wrong.push(`${kind} “${query}” ${id}: expected ${n} occurrences, got ${got.get(id) ?? 'no result'}`);
        }
        for (const id of got.keys())
          if (!expected.has(id)) wrong.push(`${kind} “${query}” ${id}: returned but does not contain it`);
      }
      report.push(`${kind}: ${list.length} queries, ${foundPairs}/${expectedPairs} (report, query) pairs`);
    }
    console.log(report.join('\n'));
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(Object.values(queries).flat().length).toBeGreaterThan(300);
  }, 120_000);

  it('counts the same without quotes, and ranks the reports holding the query as written first', async () => {
    for (const query of ['行政诉讼', '枫桥经验', '法治政府建设', '矛盾纠纷化解', '2022年', '12345']) {
      const expected = truth(query);
      const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q: query })));
      expect(outcome.exactCount, query).toBe(expected.size);
      const first = await Promise.all(
        outcome.results.slice(0, outcome.exactCount).map(async (doc) => (await index.row(doc)).id),
      );
      expect(new Set(first), query).toEqual(new Set(expected.keys()));
      // Ranked by occurrences, so a long report with the term many times is not pushed down.
      const counts = outcome.results.slice(0, outcome.exactCount).map((d) => outcome.matches.get(d)!.count);
      expect(counts, query).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it('shows each quoted phrase at its first occurrence in the excerpt of every result, short ones found by reading the text', async () => {
    for (const phrase of ['行政诉讼', '人民调解', '2021年', '法治', '照', '法治政府建设', '12345']) {
      const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q: `"${phrase}"` })));
      expect(outcome.results.length, phrase).toBe(truth(phrase).size);
      for (const doc of outcome.results.slice(0, 30)) {
        const excerpt = await index.excerpt(doc, [index.foldTerm(phrase)], outcome.matches.get(doc));
        expect(excerpt?.parts.filter((p) => p.mark).map((p) => p.text)[0], phrase).toBe(phrase);
        // Where the index's zone hint, or its position, pointed the reading.
        expect(excerpt?.at, phrase).toBe(folded.get((await index.row(doc)).id)!.indexOf(foldQuery(phrase)));
      }
    }
  });

  it('reads the excerpt of a term placed by its zone in one read, before and without waiting for the report row', async () => {
    let zoned = 0;
    for (const phrase of ['行政诉讼', '枫桥经验', '12345', '2022年']) {
      const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q: phrase })));
      for (const doc of outcome.results.slice(0, 20)) {
        const match = outcome.matches.get(doc)!;
        if (match.first >= 0 || match.zone === undefined) continue;
        zoned++;
        // A fresh reader, so nothing is cached: every file the excerpt needs is asked for here.
        const asked: string[] = [];
        const disk = diskSource(indexDir);
        const fresh = await ArchiveIndex.open({
          bytes: (path) => {
            asked.push(path);
            return disk.bytes(path);
          },
          range: (path, start, end) => {
            asked.push(`${path} ${start}-${end}`);
            return disk.range(path, start, end);
          },
        });
        const excerpt = await fresh.excerpt(doc, [fresh.foldTerm(phrase)], match);
        const id = (await index.row(doc)).id;
        expect(excerpt?.at, `${phrase} ${id}`).toBe(folded.get(id)!.indexOf(foldQuery(phrase)));
        // The text is read first, in one read; the row (its fields' start) only after it.
        const reads = asked.filter((p) => p.startsWith('t/'));
        expect(reads, `${phrase} ${id}`).toHaveLength(1);
        expect(
          asked.findIndex((p) => p.startsWith('d/')),
          `${phrase} ${id}`,
        ).not.toBe(0);
        expect(
          asked.find((p) => p !== 'manifest.json'),
          `${phrase} ${id}`,
        ).toBe(reads[0]);
      }
    }
    expect(zoned).toBeGreaterThan(10);
  });

  it('gives facet counts that add up to the results', async () => {
    const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q: '枫桥经验' })));
    const byYear = Object.values(outcome.counts.year).reduce((a, b) => a + b, 0);
    const byLevel = Object.values(outcome.counts.level).reduce((a, b) => a + b, 0);
    expect(byYear).toBe(outcome.results.length);
    expect(byLevel).toBe(outcome.results.length);
    const year = Object.keys(outcome.counts.year)[0]!;
    const filtered = await runSearch(index, parseSearchState(new URLSearchParams({ q: '枫桥经验', year })));
    expect(filtered.results.length).toBe(outcome.counts.year[year]);
    const wanted = documents.filter((d) => String(d.year) === year && folded.get(d.id)!.includes('枫桥经验')).length;
    expect(filtered.results.length).toBe(wanted);
  });

  it('fails instead of answering short when an index file cannot be read', async () => {
    const disk = diskSource(indexDir);
    const flaky = await ArchiveIndex.open({
      ...disk,
      bytes: async (path) => (path.startsWith('g/') ? Promise.reject(new Error('503')) : disk.bytes(path)),
    });
    await expect(runSearch(flaky, parseSearchState(new URLSearchParams({ q: '行政诉讼' })))).rejects.toThrow('503');
    // A bucket with no file is simply empty: the merge writes none for it.
    const sparse = await ArchiveIndex.open({
      ...disk,
      bytes: async (path) => (path.startsWith('g/') ? undefined : disk.bytes(path)),
    });
    expect((await runSearch(sparse, parseSearchState(new URLSearchParams({ q: '行政诉讼' })))).results).toEqual([]);
  });
});
