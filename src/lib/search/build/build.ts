import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { markdownFiles, readReportFile } from '../../report-file/report-file.ts';
import { AUTO_SHARD_REPORTS, shardKeyOf, type ShardPlan } from './document.ts';
import { mergeShards, type MergeResult } from './merge.ts';
import { type ShardCheck, type ShardJob, fileDigestOf, sourcesOf, sourcesPath, writeShard } from './shard-job.ts';
import { INDEX_VERSION } from '../format/manifest.ts';

/**
 * Building the search index from the report files: shards first (each from its own reports
 * only, kept in a cache folder and rebuilt only when one of its reports changed), then the
 * merge into the published index.
 */

/** A report file to index, with what decides its shard (validated: by the site's loader, or by listReports). */
export interface IndexedReport {
  path: string;
  code: string;
  year: number;
}

/** The report files of a folder, each read and validated as the site's loader does. */
export function listReports(reportsDir: string): IndexedReport[] {
  return markdownFiles(reportsDir).map((path) => {
    const { data } = readReportFile(path);
    return { path, code: data.divisionCode, year: data.year };
  });
}

/**
 * Where shards are kept between builds when no folder is given: one per content folder, so a
 * second corpus built beside the sample does not evict its shards. The published index is
 * kept beside it (`<cache>.publish`).
 */
export function defaultCacheDir(root: string, contentDir: string): string {
  return join(
    root,
    'node_modules',
    '.cache',
    'search-shards',
    createHash('sha1').update(resolve(root, contentDir)).digest('hex').slice(0, 12),
  );
}

export interface ShardBuild {
  key: string;
  reports: number;
  rebuilt: boolean;
  path: string;
}

/** Which shard each report file belongs to. */
function plannedShards(reports: IndexedReport[], plan: ShardPlan, splitAbove: number): Map<string, string[]> {
  const group = (files: IndexedReport[], by: Exclude<ShardPlan, 'auto'>) => {
    const shards = new Map<string, IndexedReport[]>();
    for (const file of files) {
      const key = shardKeyOf(file, by);
      const members = shards.get(key);
      if (members) members.push(file);
      else shards.set(key, [file]);
    }
    return shards;
  };
  const shards = group(reports, plan === 'auto' ? 'province' : plan);
  if (plan === 'auto') {
    for (const [key, members] of [...shards]) {
      if (members.length <= splitAbove) continue;
      shards.delete(key);
      for (const [yearKey, yearMembers] of group(members, 'province-year')) shards.set(yearKey, yearMembers);
    }
  }
  return new Map([...shards].map(([key, members]) => [key, members.map((m) => m.path)]));
}

/** Runs the jobs on `workers` threads (one: in this thread); whether each shard was rebuilt. */
async function runShardJobs(jobs: ShardJob[], workers: number): Promise<boolean[]> {
  if (workers <= 1 || jobs.length <= 1) return jobs.map(writeShard);
  // Node runs the worker's TypeScript itself (types stripped: the code uses erasable syntax only).
  const worker = new URL('./shard-worker.ts', import.meta.url);
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () => new Worker(worker));
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

/** The reports to index: given (the site's loader validated them), or those of a folder. */
export interface ReportSet {
  reports?: IndexedReport[];
  reportsDir?: string;
}

function reportsOf(options: ReportSet): IndexedReport[] {
  if (options.reports) return options.reports;
  if (options.reportsDir) return listReports(options.reportsDir);
  throw new Error('search index: no reports given (reports or reportsDir)');
}

/**
 * Builds (or reuses) the shards of the reports; `only` limits it to some keys.
 * A cached shard is current when its file is intact and its reports' digest is the same. Files whose names, sizes and
 * modification times are those the shard was last checked against are not read again (what
 * make does), so an unchanged archive of 100,000 reports is checked without reading its reports
 * (the shard files are read, to check they are intact).
 */
export async function buildShards(
  options: ReportSet & { cacheDir: string; plan?: ShardPlan; splitAbove?: number; only?: string[]; workers?: number },
): Promise<ShardBuild[]> {
  const plan = options.plan ?? 'auto';
  mkdirSync(options.cacheDir, { recursive: true });
  const shards: ShardBuild[] = [];
  const jobs: Array<{ job: ShardJob; shard: ShardBuild }> = [];
  for (const [key, files] of [
    ...plannedShards(reportsOf(options), plan, options.splitAbove ?? AUTO_SHARD_REPORTS),
  ].sort()) {
    if (options.only && !options.only.includes(key)) continue;
    const path = join(options.cacheDir, `${key}.shard`);
    const sources = sourcesOf(files);
    // A cached shard counts only if its file is byte for byte the one written (a shard cut
    // short or changed since is rebuilt, not merged).
    // The check file is written with the shard, so an intact shard's digest is the check's.
    const checked = readJson<ShardCheck>(sourcesPath(path));
    // A shard of another format (a cache kept across an upgrade) is rebuilt, not merged.
    const cached =
      checked?.version === INDEX_VERSION && checked.file !== undefined && fileDigestOf(path) === checked.file
        ? { digest: checked.digest, file: checked.file }
        : undefined;
    const shard: ShardBuild = { key, reports: files.length, rebuilt: false, path };
    shards.push(shard);
    if (!cached || JSON.stringify(checked!.sources) !== JSON.stringify(sources))
      jobs.push({ job: { key, files, sources, path, cached }, shard });
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
export async function buildSearchIndex(
  options: ReportSet & { cacheDir: string; outDir: string; plan?: ShardPlan; splitAbove?: number; workers?: number },
): Promise<IndexBuild> {
  const started = performance.now();
  const shards = await buildShards(options);
  const shardMs = performance.now() - started;
  const merged = await mergeShards(
    shardFiles(
      [options.cacheDir],
      shards.map((s) => s.key),
    ),
    options.outDir,
  );
  return { ...merged, shards, shardMs, mergeMs: performance.now() - started - shardMs };
}
