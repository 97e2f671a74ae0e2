import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { ByteWriter } from './bytes.ts';
import { encodeColumns } from './columns.ts';
import { SEARCH_FACETS, type FacetKey } from '../site/search-state.ts';
import { COLUMN_GROUPS, DAY_ZERO, NONE, POSTING_SETS, ROWS_PER_FILE, bucketPath, isCompressed, columnGroupPath, rowsPath, textPath, type FacetColumn, type Manifest, type ManifestShard, type ResultRow, type RowSection } from './manifest.ts';
import { INDEX_VERSION, openShard, type GramRecord, type ShardFile } from './shard.ts';
import { bucketOf } from './text.ts';

const TARGET_BUCKET_BYTES = 8 * 1024;
/** A section is named in a result by the start of its heading. */
const HEADING_CHARS = 24;
/** Compressions in flight at once, on libuv's thread pool (4 threads by default). */
const GZIP_IN_FLIGHT = 4;
/**
 * gzip level by file set. Measured on 5,000 bucket files of a 10,000-report index: counts (g/,
 * x/) at level 1 are 4 % larger than at level 4 in two thirds of the time (level 6: 7 % smaller
 * than level 4, three times slower); positions (p/) shrink to 74 % at any level, so they are published
 * as they are (isCompressed). Rows and columns are small: level 6.
 */
const GZIP_LEVEL: Record<string, number> = { g: 1, x: 1 };
const gzipLevel = (path: string) => GZIP_LEVEL[path.slice(0, path.indexOf('/'))] ?? 6;
const gzipAsync = promisify(gzip);

function days(date: string | undefined): number {
  return date ? Math.round((Date.parse(`${date}T00:00:00Z`) - DAY_ZERO) / 86_400_000) : 0;
}

export interface MergeResult {
  manifest: Manifest;
  /** Files in the published index, and how many of them this merge wrote (the rest were kept). */
  files: number;
  written: number;
  bytes: number;
}

/** What the last merge into a folder published: the manifest, and a digest of each bucket's content. */
interface PublishedState {
  manifest?: Manifest;
  buckets: Map<string, string>;
}

const statePath = (outDir: string) => `${outDir}.state.json`;

function publishedState(outDir: string): PublishedState {
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    const buckets = new Map(Object.entries(JSON.parse(readFileSync(statePath(outDir), 'utf8')) as Record<string, string>));
    return manifest.version === INDEX_VERSION ? { manifest, buckets } : { buckets: new Map() };
  } catch {
    return { buckets: new Map() };
  }
}

/**
 * Publishes a set of shards as one index under `outDir` (dist/search-index). Documents are numbered
 * shard by shard in key order; each gram's postings are the shards' segments side by side,
 * so merging never re-reads or re-encodes a document. Buckets are sized so that one lookup
 * fetches about TARGET_BUCKET_BYTES.
 *
 * Merging again into the same folder rewrites only what changed: the texts and rows of shards
 * whose digest changed, and buckets whose content changed (a digest of each is kept beside the
 * folder); files no longer part of the index are removed. A file is never modified in place
 * (removed, then written), so copies of an earlier index made with hard links stay intact.
 */
export async function mergeShards(shardPaths: string[], outDir: string): Promise<MergeResult> {
  const shards: ShardFile[] = shardPaths.map(openShard).sort((a, b) => (a.header.key < b.header.key ? -1 : a.header.key > b.header.key ? 1 : 0));
  const previous = publishedState(outDir);
  if (!previous.manifest) rmSync(outDir, { recursive: true, force: true });
  const live = new Set<string>();
  const folders = new Set<string>();
  let written = 0;
  let bytes = 0;
  const put = (path: string, data: Uint8Array | string) => {
    const full = join(outDir, path);
    const folder = dirname(full);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    // Never in place: the last index may be hard-linked into a site (see the comment above).
    if (previous.manifest) rmSync(full, { force: true });
    writeFileSync(full, data);
    live.add(path);
    written++;
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  /** Keeps a file the last merge wrote; false when it is gone (then it is written again). */
  const keep = (path: string): boolean => {
    const size = statSync(join(outDir, path), { throwIfNoEntry: false })?.size;
    if (size === undefined) return false;
    live.add(path);
    bytes += size;
    return true;
  };
  // Compressed here, not by the web server: hosts rarely compress binary files, and the
  // browser inflates them natively (DecompressionStream). Which files: isCompressed.
  const inFlight = new Set<Promise<void>>();
  const publish = async (path: string, data: Uint8Array | string) => {
    if (!isCompressed(path)) return put(path, data);
    while (inFlight.size >= GZIP_IN_FLIGHT) await Promise.race(inFlight);
    const job = gzipAsync(data, { level: gzipLevel(path) }).then((compressed) => put(path, compressed));
    inFlight.add(job);
    // A failed job stays in the set, so the next wait (or the last) throws its error.
    job.then(() => inFlight.delete(job), () => undefined);
  };

  // Documents, result rows, text.
  const docs = shards.flatMap((s) => s.header.docs);
  const collator = new Intl.Collator('zh-CN');
  const facetOf: Record<FacetKey, (d: (typeof docs)[number]) => string | string[] | undefined> = {
    province: (d) => d.province,
    city: (d) => d.city,
    county: (d) => d.county,
    level: (d) => d.level,
    issuer: (d) => d.issuer,
    year: (d) => String(d.year),
    section: (d) => d.sections,
  };
  const keys = SEARCH_FACETS.map(({ key }) => key);
  const values = Object.fromEntries(keys.map((key) => [key, [...new Set(docs.flatMap((d) => facetOf[key](d) ?? []))].sort(collator.compare)])) as Manifest['values'];
  if (values.section.length > 16) throw new Error('search index: more than 16 section kinds do not fit the section column');
  const numberOf = Object.fromEntries(keys.map((key) => [key, new Map(values[key].map((value, i) => [value, i]))])) as Record<FacetKey, Map<string, number>>;
  const columns = Object.fromEntries(
    keys.map((key) => [
      key,
      (d: (typeof docs)[number]) => {
        const value = facetOf[key](d);
        // Sections are several per report: a bit each.
        if (Array.isArray(value)) return value.reduce((mask, v) => mask | (1 << numberOf[key].get(v)!), 0);
        return value === undefined ? NONE : numberOf[key].get(value)!;
      },
    ]),
  ) as Record<FacetColumn, (d: (typeof docs)[number]) => number>;
  columns.published = (d) => days(d.published);
  for (const [group, names] of Object.entries(COLUMN_GROUPS)) await publish(columnGroupPath(group), encodeColumns(names.map((name) => docs.map(columns[name]))));

  let base = 0;
  const manifestShards: ManifestShard[] = [];
  for (const shard of shards) {
    const { key, digest } = shard.header;
    const count = shard.header.docs.length;
    manifestShards.push({ key, digest, base, count });
    base += count;
    const rowFiles = Math.ceil(count / ROWS_PER_FILE);
    // An unchanged shard's texts and rows are what the last merge wrote.
    const unchanged = previous.manifest?.shards.some((s) => s.key === key && s.digest === digest);
    const files = [...Array.from({ length: count }, (_, n) => textPath(key, n)), ...Array.from({ length: rowFiles }, (_, n) => rowsPath(key, n))];
    if (unchanged && files.every((file) => existsSync(join(outDir, file)))) {
      files.forEach(keep);
      continue;
    }
    let start = 0;
    const rows: ResultRow[] = [];
    for (const [n, d] of shard.header.docs.entries()) {
      await publish(textPath(key, n), shard.text.subarray(start * 2, (start + d.textLength) * 2));
      start += d.textLength;
      const sections = d.sectionStarts.map((s): RowSection => [s.at, s.id, s.heading.length > HEADING_CHARS ? `${s.heading.slice(0, HEADING_CHARS)}…` : s.heading]);
      rows.push([d.id, d.title, d.place, d.code, d.year, d.published ?? '', sections, d.textLength]);
    }
    for (let n = 0; n < rowFiles; n++) await publish(rowsPath(key, n), JSON.stringify(rows.slice(n * ROWS_PER_FILE, (n + 1) * ROWS_PER_FILE)));
  }

  // Postings, bucket by bucket: every shard's records are in hash order, so each bucket is a
  // run in every shard and only one bucket is in memory at a time.
  const payloadBytes = shardPaths.reduce((sum, path) => sum + statSync(path).size, 0) - shards.reduce((sum, s) => sum + s.text.length, 0);
  const bits = Math.min(20, Math.max(0, Math.ceil(Math.log2(payloadBytes / POSTING_SETS.length / TARGET_BUCKET_BYTES))));
  const pending: Array<GramRecord | undefined> = [];
  const remaining = shards.map((s) => s.recordCount);
  const take = (i: number) => {
    pending[i] = remaining[i]! > 0 ? (remaining[i]!--, shards[i]!.records.next()) : undefined;
  };
  shards.forEach((_, i) => take(i));
  const buckets = new Map<string, string>();
  for (let bucket = 0; bucket < 2 ** bits; bucket++) {
    const grams = new Map<string, Array<{ shard: number; payloads: Uint8Array[] }>>();
    shards.forEach((_, i) => {
      for (let record = pending[i]; record && bucketOf(record.hash, bits) === bucket; record = pending[i]) {
        const key = String.fromCharCode(...record.units);
        const list = grams.get(key) ?? [];
        list.push({ shard: i, payloads: record.payloads });
        grams.set(key, list);
        take(i);
      }
    });
    if (grams.size === 0) continue;
    const sorted = [...grams].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    // One file per posting set: characters, pairs and inline triples are only in the first.
    for (const [set, name] of POSTING_SETS.entries()) {
      const inSet = sorted
        .map(([gram, segments]) => [gram, set === 0 ? segments : segments.filter((s) => s.payloads.length > set)] as const)
        .filter(([, segments]) => segments.length > 0);
      if (inSet.length === 0) continue;
      const out = new ByteWriter().varint(inSet.length);
      for (const [gram, segments] of inSet) {
        out.varint(gram.length);
        for (let i = 0; i < gram.length; i++) out.varint(gram.charCodeAt(i));
        out.varint(segments.length);
        for (const { shard, payloads } of segments) out.varint(shard).varint(payloads[set]!.length).bytes(payloads[set]!);
      }
      const path = bucketPath(name, bucket, bits);
      const content = out.finish();
      const digest = createHash('sha1').update(content).digest('base64');
      buckets.set(path, digest);
      if (previous.buckets.get(path) !== digest || !keep(path)) await publish(path, content);
    }
  }
  await Promise.all(inFlight);
  for (const shard of shards) shard.records.close();
  if (pending.some(Boolean)) throw new Error('search index: shard records out of hash order');

  const manifest: Manifest = { version: INDEX_VERSION, docCount: docs.length, bits, shards: manifestShards, values };
  await publish('manifest.json', JSON.stringify(manifest));
  if (previous.manifest) removeAllBut(outDir, live);
  writeFileSync(statePath(outDir), JSON.stringify(Object.fromEntries(buckets)));
  return { manifest, files: live.size, written, bytes };
}

/** Removes the files of an earlier index that are not part of this one (a shard gone, a bucket emptied). */
function removeAllBut(outDir: string, live: Set<string>): void {
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!live.has(relative(outDir, path))) unlinkSync(path);
  }
}
