import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadGazetteer } from '../../gazetteer/gazetteer.ts';
import { markdownFiles, readReportFile } from '../../ingest/report-file.ts';
import { traditionalCharacterMap } from '../../ingest/script.ts';
import { AUTO_SHARD_REPORTS, searchDocument, shardKeyOf, type ShardPlan } from './document.ts';
import { mergeShards, type MergeResult } from './merge.ts';
import { buildShard, readShardHeader } from './shard.ts';
import { type CharFold, charFold } from '../format/fold.ts';
import { INDEX_VERSION } from '../format/manifest.ts';

/**
 * Building the search index from the report files: shards first (each from its own reports
 * only, kept in a cache folder and rebuilt only when one of its reports changed), then the
 * merge into the published index.
 */

export interface ShardBuild {
  key: string;
  reports: number;
  rebuilt: boolean;
  path: string;
}

/** Which shard each report file belongs to: read from its name (<code>-<year>[-…].md). */
function plannedShards(reportsDir: string, plan: ShardPlan, splitAbove: number): Map<string, string[]> {
  const group = (files: Array<{ path: string; code: string; year: number }>, by: Exclude<ShardPlan, 'auto'>) => {
    const shards = new Map<string, typeof files>();
    for (const file of files) {
      const key = shardKeyOf(file, by);
      const members = shards.get(key);
      if (members) members.push(file);
      else shards.set(key, [file]);
    }
    return shards;
  };
  const files = markdownFiles(reportsDir).map((path) => {
    const match = /^(\d{6}(?:\d{3})?)-(\d{4})(?:-[0-9a-f]{6})?\.md$/.exec(basename(path));
    if (!match) throw new Error(`${path}: a report file is named <divisionCode>-<year>[-<issuer hash>].md`);
    return { path, code: match[1]!, year: Number(match[2]) };
  });
  const shards = group(files, plan === 'auto' ? 'province' : plan);
  if (plan === 'auto') {
    for (const [key, members] of [...shards]) {
      if (members.length <= splitAbove) continue;
      shards.delete(key);
      for (const [yearKey, yearMembers] of group(members, 'province-year')) shards.set(yearKey, yearMembers);
    }
  }
  return new Map([...shards].map(([key, members]) => [key, members.map((m) => m.path)]));
}

/** A shard's content depends on its files alone (not on the plan that grouped them). */
function digestOf(paths: string[], texts: string[]): string {
  const hash = createHash('sha256').update(`search-index ${INDEX_VERSION}\n`);
  paths.forEach((path, i) => hash.update(`${basename(path)}\n`).update(texts[i]!).update('\n'));
  return hash.digest('hex');
}

/** A shard whose files may have changed: checked by their digest, and rebuilt if it differs. */
export interface ShardJob {
  key: string;
  files: string[];
  sources: Sources;
  path: string;
  /** Digest of the cached shard, if there is one. */
  cached?: string;
}

let fold: CharFold | undefined;
/** The folding the index is built with; its map takes tens of milliseconds to make, so once per thread. */
const indexFold = () => (fold ??= charFold(traditionalCharacterMap()));

/**
 * Reads a shard's files once, for their digest and, when it is not the cached shard's, to
 * build the shard (in this thread or a worker: see shard-worker.ts). True when rebuilt.
 */
export function writeShard(job: ShardJob): boolean {
  const texts = job.files.map((file) => readFileSync(file, 'utf8'));
  const digest = digestOf(job.files, texts);
  const rebuilt = digest !== job.cached;
  if (rebuilt) {
    const gazetteer = loadGazetteer();
    const documents = job.files
      .map((file, i) => {
        const { data, body } = readReportFile(file, file, texts[i]);
        if (`${data.id}.md` !== basename(file)) throw new Error(`${file}: file name does not match the report id ${data.id}`);
        return searchDocument(data, body, gazetteer);
      })
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    writeFileSync(job.path, buildShard(job.key, digest, documents, indexFold()));
  }
  writeFileSync(sourcesPath(job.path), JSON.stringify({ digest, sources: job.sources }));
  return rebuilt;
}

/** Runs the jobs on `workers` threads (one: in this thread); whether each shard was rebuilt. */
async function runShardJobs(jobs: ShardJob[], workers: number): Promise<boolean[]> {
  if (workers <= 1 || jobs.length <= 1) return jobs.map(writeShard);
  // Workers load TypeScript through tsx, as the scripts do.
  const tsx = import.meta.resolve('tsx/esm/api');
  const module = new URL('./shard-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); })`;
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () => new Worker(boot, { eval: true }));
  const rebuilt: boolean[] = [];
  let next = 0;
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            let current = -1;
            const give = () => {
              if (next >= jobs.length) return done();
              current = next++;
              worker.postMessage(jobs[current]);
            };
            worker.on('message', (reply: { rebuilt: boolean; error?: string }) => {
              if (reply.error) return fail(new Error(reply.error));
              rebuilt[current] = reply.rebuilt;
              give();
            });
            worker.on('error', fail);
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return rebuilt;
}

/** The files a shard was last checked against, by name, size and modification time. */
type Sources = Array<[string, number, number]>;
const sourcesPath = (shardPath: string) => `${shardPath}.sources.json`;
const sourcesOf = (files: string[]): Sources =>
  files.map((file) => {
    const { size, mtimeMs } = statSync(file);
    return [basename(file), size, mtimeMs];
  });

/**
 * Builds (or reuses) the shards of a content folder's reports; `only` limits it to some keys.
 * A cached shard is current when its files' digest is the same. Files whose names, sizes and
 * modification times are those the shard was last checked against are not read again (what
 * make does), so an unchanged archive of 100,000 reports is checked without reading it.
 */
export async function buildShards(options: { reportsDir: string; cacheDir: string; plan?: ShardPlan; splitAbove?: number; only?: string[]; workers?: number }): Promise<ShardBuild[]> {
  const plan = options.plan ?? 'auto';
  mkdirSync(options.cacheDir, { recursive: true });
  const shards: ShardBuild[] = [];
  const jobs: Array<{ job: ShardJob; shard: ShardBuild }> = [];
  for (const [key, files] of [...plannedShards(options.reportsDir, plan, options.splitAbove ?? AUTO_SHARD_REPORTS)].sort()) {
    if (options.only && !options.only.includes(key)) continue;
    const path = join(options.cacheDir, `${key}.shard`);
    const sources = sourcesOf(files);
    const cached = readShardHeader(path)?.digest;
    const checked = readJson<{ digest: string; sources: Sources }>(sourcesPath(path));
    const shard: ShardBuild = { key, reports: files.length, rebuilt: false, path };
    shards.push(shard);
    if (!cached || checked?.digest !== cached || JSON.stringify(checked.sources) !== JSON.stringify(sources)) jobs.push({ job: { key, files, sources, path, cached }, shard });
  }
  const rebuilt = await runShardJobs(
    jobs.map((j) => j.job),
    options.workers ?? 1,
  );
  jobs.forEach(({ shard }, i) => (shard.rebuilt = rebuilt[i]!));
  return shards;
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Shard files of one or more folders (several machines' outputs), for the merge. */
export function shardFiles(dirs: string[], keys?: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.shard') && (!keys || keys.includes(name.slice(0, -'.shard'.length))))
      .sort()
      .map((name) => join(dir, name)),
  );
}

export interface IndexBuild extends MergeResult {
  shards: ShardBuild[];
  shardMs: number;
  mergeMs: number;
}

/** Shards (cached) and merge: what the site build runs. */
export async function buildSearchIndex(options: { reportsDir: string; cacheDir: string; outDir: string; plan?: ShardPlan; splitAbove?: number; workers?: number }): Promise<IndexBuild> {
  const started = performance.now();
  const shards = await buildShards(options);
  const shardMs = performance.now() - started;
  const merged = await mergeShards(shardFiles([options.cacheDir], shards.map((s) => s.key)), options.outDir);
  return { ...merged, shards, shardMs, mergeMs: performance.now() - started - shardMs };
}
