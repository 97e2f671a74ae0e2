/**
 * The search index, built apart from the site (the site build runs the same build itself, on a
 * worker thread: src/integrations/search-index.ts):
 *
 *   npm run search-index -- build  --content DIR --out DIR [--cache DIR] [--plan auto|province|province-year|single] [--workers N]
 *   npm run search-index -- shards --content DIR [--cache DIR] [--only 44-2024,44-2025] [--plan …]
 *   npm run search-index -- merge  --shards DIR[,DIR…] --out DIR
 *
 * `shards` lets several machines or CI jobs each build some shards; `merge` publishes any set
 * of shard folders as one index (dist/search-index) without rebuilding them. The cache defaults
 * to the site build's for that content folder. Prints a JSON summary.
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildSearchIndex,
  buildShards,
  defaultCacheDir,
  listReports,
  shardFiles,
} from '../src/lib/search/build/build.ts';
import type { ShardPlan } from '../src/lib/search/build/document.ts';
import { summarize } from '../src/lib/search/build/index-worker.ts';
import { mergeShards } from '../src/lib/search/build/merge.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string' },
    cache: { type: 'string' },
    plan: { type: 'string', default: 'auto' },
    only: { type: 'string' },
    shards: { type: 'string' },
    workers: { type: 'string' },
  },
});
const command = positionals[0];
const plan = values.plan as ShardPlan;
// Shards are built on this many threads (default: one per core).
const workers = Number(values.workers ?? availableParallelism());
const cacheDir = values.cache ? resolve(values.cache) : defaultCacheDir(process.cwd(), values.content);
const reports = () => listReports(join(values.content, 'reports'));
const started = performance.now();
const need = (value: string | undefined, flag: string) => {
  if (!value) throw new Error(`${command} needs --${flag}`);
  return resolve(value);
};

if (command === 'build') {
  const result = await buildSearchIndex({
    reports: reports(),
    cacheDir,
    outDir: need(values.out, 'out'),
    plan,
    workers,
  });
  // ms from process start: what indexing costs, module loading included.
  console.log(JSON.stringify({ ...summarize(result), ms: Math.round(performance.now()) }));
} else if (command === 'shards') {
  const built = await buildShards({ reports: reports(), cacheDir, plan, only: values.only?.split(','), workers });
  console.log(
    JSON.stringify({
      shards: built.length,
      rebuilt: built.filter((s) => s.rebuilt).length,
      ms: Math.round(performance.now() - started),
    }),
  );
} else if (command === 'merge') {
  const result = await mergeShards(
    shardFiles((values.shards ?? need(undefined, 'shards')).split(',').map((d) => resolve(d))),
    need(values.out, 'out'),
  );
  console.log(
    JSON.stringify({
      reports: result.manifest.docCount,
      shards: result.manifest.shards.length,
      files: result.files,
      bytes: result.bytes,
      ms: Math.round(performance.now() - started),
    }),
  );
} else {
  console.error('usage: search-index build|shards|merge (see the comment at the top of scripts/search-index.ts)');
  process.exit(2);
}
