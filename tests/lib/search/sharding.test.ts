import { appendFileSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownFiles } from '../../../src/lib/report-file/report-file.ts';
import { buildSearchIndex, buildShards, shardFiles } from '../../../src/lib/search/build/build.ts';
import type { ShardPlan } from '../../../src/lib/search/build/document.ts';
import { mergeShards } from '../../../src/lib/search/build/merge.ts';
import { runSearch } from '../../../src/lib/search/web/query.ts';
import { parseSearchState } from '../../../src/lib/site/search-state.ts';
import { generatedContent, openIndex } from './corpus.ts';

let corpus: ReturnType<typeof generatedContent>;
beforeAll(() => {
  corpus = generatedContent(200, 3);
}, 60_000);

const SEARCHES = [
  'q=行政诉讼',
  'q=“枫桥经验”',
  'q=照',
  'q=2022年&sort=year-desc',
  'q=法治&level=县级',
  'year=2020&year=2021',
  'q=12345&sort=published-desc',
  'q=人民调解 法律援助',
];

/** What a reader sees for each search: result ids in order, counts, every facet count. */
async function answers(dir: string) {
  const index = await openIndex(dir);
  const out: unknown[] = [];
  for (const search of SEARCHES) {
    const outcome = await runSearch(index, parseSearchState(new URLSearchParams(search)));
    const ids = await Promise.all(outcome.results.map(async (doc) => (await index.row(doc)).id));
    out.push({ search, ids, exact: outcome.exactCount, counts: outcome.counts });
  }
  return out;
}

/** Every file of a published index, by path, as base64. */
function files(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path).toString('base64')] as const;
      }),
  );
}

describe('sharding', { timeout: 120_000 }, () => {
  it('gives the same results, order, counts and facet counts whatever the sharding', async () => {
    const results: Record<string, unknown> = {};
    // auto: provinces of more than 8 reports (here) split by year, the others whole.
    for (const plan of ['province-year', 'province', 'single', 'auto'] as ShardPlan[]) {
      const out = join(corpus.dir, `index-${plan}`);
      const built = await buildSearchIndex({
        reportsDir: corpus.reportsDir,
        cacheDir: join(corpus.dir, `cache-${plan}`),
        outDir: out,
        plan,
        splitAbove: 8,
      });
      expect(built.manifest.docCount).toBe(200);
      results[plan] = await answers(out);
    }
    expect((await openIndex(join(corpus.dir, 'index-single'))).manifest.shards).toHaveLength(1);
    expect((await openIndex(join(corpus.dir, 'index-province-year'))).manifest.shards.length).toBeGreaterThan(50);
    const byProvince = (await openIndex(join(corpus.dir, 'index-province'))).manifest.shards;
    const auto = (await openIndex(join(corpus.dir, 'index-auto'))).manifest.shards;
    const split = byProvince.filter((s) => s.count > 8).map((s) => s.key);
    expect(split.length).toBeGreaterThan(0);
    expect(split.length).toBeLessThan(byProvince.length);
    for (const shard of auto) {
      const province = shard.key.slice(0, 2);
      if (split.includes(province)) expect(shard.key).toMatch(/^\d{2}-\d{4}$/);
      else expect(shard.key).toBe(province);
    }
    expect(auto.length).toBeGreaterThan(byProvince.length);
    expect(results.auto).toEqual(results['province-year']);
    // Every search has answers to compare (an empty answer would be equal under any plan).
    for (const answer of results.single as Array<{ search: string; ids: string[] }>)
      expect(answer.ids.length, answer.search).toBeGreaterThan(0);
    expect(results.province).toEqual(results['province-year']);
    expect(results.single).toEqual(results['province-year']);
  });

  it('merges shards built separately (two machines) into the same index as one build', async () => {
    const all = join(corpus.dir, 'cache-all');
    await buildShards({ reportsDir: corpus.reportsDir, cacheDir: all });
    const keys = readdirSync(all)
      .filter((f) => f.endsWith('.shard'))
      .map((f) => f.replace(/\.shard$/, ''))
      .sort();
    const half = keys.filter((_, i) => i % 2 === 0);
    const rest = keys.filter((_, i) => i % 2 === 1);
    const a = join(corpus.dir, 'machine-a');
    const b = join(corpus.dir, 'machine-b');
    // One machine builds on two worker threads, the other on one.
    expect((await buildShards({ reportsDir: corpus.reportsDir, cacheDir: a, only: half, workers: 2 })).length).toBe(
      half.length,
    );
    expect((await buildShards({ reportsDir: corpus.reportsDir, cacheDir: b, only: rest })).length).toBe(rest.length);
    await mergeShards(shardFiles([all]), join(corpus.dir, 'merged-one'));
    await mergeShards(shardFiles([a, b]), join(corpus.dir, 'merged-two'));
    const one = files(join(corpus.dir, 'merged-one'));
    const two = files(join(corpus.dir, 'merged-two'));
    expect(one.size).toBeGreaterThan(10);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [path, data] of one) expect(two.get(path), path).toBe(data);
  });

  it('rebuilds only the shard of a changed report, and finds the change', async () => {
    const cache = join(corpus.dir, 'cache-incremental');
    const out = join(corpus.dir, 'index-incremental');
    // A whole-second time, which the test can set again exactly.
    const other = markdownFiles(corpus.reportsDir)[42]!;
    const stamp = 1_700_000_000;
    utimesSync(other, stamp, stamp);
    const first = await buildSearchIndex({ reportsDir: corpus.reportsDir, cacheDir: cache, outDir: out });
    expect(first.shards.every((s) => s.rebuilt)).toBe(true);
    const again = await buildSearchIndex({ reportsDir: corpus.reportsDir, cacheDir: cache, outDir: out });
    expect(again.shards.filter((s) => s.rebuilt)).toEqual([]);
    const file = markdownFiles(corpus.reportsDir)[17]!;
    // Files are recognised by name, size and time, as make does: an edit that keeps all three
    // is not read (the limit of that rule, and the proof the files are not read)…
    const original = readFileSync(other, 'utf8');
    const edited = original.replace('法治', '治法');
    expect(edited).not.toBe(original);
    writeFileSync(other, edited);
    utimesSync(other, stamp, stamp);
    expect((await buildShards({ reportsDir: corpus.reportsDir, cacheDir: cache })).filter((s) => s.rebuilt)).toEqual(
      [],
    );
    // …while a file touched is read again, and its shard rebuilt only if its content changed.
    writeFileSync(other, original);
    utimesSync(other, stamp, stamp);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await buildShards({ reportsDir: corpus.reportsDir, cacheDir: cache })).filter((s) => s.rebuilt)).toEqual(
      [],
    );
    appendFileSync(file, '\n新增一段：乡村振兴示范带建设稳步推进。\n');
    const changed = await buildSearchIndex({ reportsDir: corpus.reportsDir, cacheDir: cache, outDir: out });
    expect(changed.shards.filter((s) => s.rebuilt).map((s) => s.reports)).toHaveLength(1);
    // The merge rewrote only the changed shard's files and the buckets of its changed grams…
    expect(again.written).toBeLessThan(5);
    expect(changed.written).toBeGreaterThan(again.written);
    expect(changed.written).toBeLessThan(changed.files / 2);
    // …and the index it left is the one a merge from scratch writes.
    const fresh = join(corpus.dir, 'index-incremental-fresh');
    await mergeShards(shardFiles([cache]), fresh);
    const kept = files(out);
    expect([...kept.keys()].sort()).toEqual([...files(fresh).keys()].sort());
    for (const [path, data] of files(fresh)) expect(kept.get(path), path).toBe(data);
    // A published file that went missing is written again, though its shard did not change.
    const lost = [...kept.keys()].find((path) => path.startsWith('t/'))!;
    rmSync(join(out, lost));
    await buildSearchIndex({ reportsDir: corpus.reportsDir, cacheDir: cache, outDir: out });
    expect(readFileSync(join(out, lost)).toString('base64')).toBe(kept.get(lost));
    const index = await openIndex(out);
    const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q: '乡村振兴示范带' })));
    expect(outcome.results).toHaveLength(1);
    expect(`${(await index.row(outcome.results[0]!)).id}.md`).toBe(file.split('/').pop());
  });
});
