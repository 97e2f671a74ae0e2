import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { markdownFiles, readReportFile } from '../ingest/report-file.ts';
import { traditionalCharacterMap } from '../ingest/script.ts';
import { AUTO_SHARD_REPORTS, searchDocument, shardKeyOf, type ShardPlan } from './document.ts';
import { mergeShards, type MergeResult } from './merge.ts';
import { INDEX_VERSION, buildShard, readShardHeader } from './shard.ts';
import { charFold } from './text.ts';

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

/** Builds (or reuses) the shards of a content folder's reports; `only` limits it to some keys. */
export function buildShards(options: { reportsDir: string; cacheDir: string; plan?: ShardPlan; splitAbove?: number; only?: string[] }): ShardBuild[] {
  const plan = options.plan ?? 'auto';
  mkdirSync(options.cacheDir, { recursive: true });
  let fold: ReturnType<typeof charFold> | undefined;
  let gazetteer: ReturnType<typeof loadGazetteer> | undefined;
  const out: ShardBuild[] = [];
  for (const [key, paths] of [...plannedShards(options.reportsDir, plan, options.splitAbove ?? AUTO_SHARD_REPORTS)].sort()) {
    if (options.only && !options.only.includes(key)) continue;
    const path = join(options.cacheDir, `${key}.shard`);
    // Read once: for the digest, and for the shard if it has to be built.
    const texts = paths.map((file) => readFileSync(file, 'utf8'));
    const digest = digestOf(paths, texts);
    if (readShardHeader(path)?.digest === digest) {
      out.push({ key, reports: paths.length, rebuilt: false, path });
      continue;
    }
    fold ??= charFold(traditionalCharacterMap());
    gazetteer ??= loadGazetteer();
    const documents = paths
      .map((file, i) => {
        const { data, body } = readReportFile(file, file, texts[i]);
        if (`${data.id}.md` !== basename(file)) throw new Error(`${file}: file name does not match the report id ${data.id}`);
        return searchDocument(data, body, gazetteer!);
      })
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    writeFileSync(path, buildShard(key, digest, documents, fold));
    out.push({ key, reports: paths.length, rebuilt: true, path });
  }
  return out;
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
export async function buildSearchIndex(options: { reportsDir: string; cacheDir: string; outDir: string; plan?: ShardPlan; splitAbove?: number }): Promise<IndexBuild> {
  const started = performance.now();
  const shards = buildShards(options);
  const shardMs = performance.now() - started;
  const merged = await mergeShards(shardFiles([options.cacheDir], shards.map((s) => s.key)), options.outDir);
  return { ...merged, shards, shardMs, mergeMs: performance.now() - started - shardMs };
}
