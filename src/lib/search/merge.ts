import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ByteWriter } from './bytes.ts';
import { encodeColumns } from './columns.ts';
import { SEARCH_FACETS, type FacetKey } from '../site/search-state.ts';
import { COLUMN_GROUPS, DAY_ZERO, NONE, ROWS_PER_FILE, bucketPath, columnGroupPath, rowsPath, textPath, type FacetColumn, type Manifest, type ResultRow, type RowSection } from './manifest.ts';
import { INDEX_VERSION, openShard, type GramRecord, type ShardFile } from './shard.ts';
import { bucketOf } from './text.ts';

/**
 * Publishes a set of shards as one index under `outDir` (dist/search-index). Documents are numbered
 * shard by shard in key order; each gram's postings are the shards' segments side by side,
 * so merging never re-reads or re-encodes a document. Buckets are sized so that one lookup
 * fetches about TARGET_BUCKET_BYTES.
 */

const TARGET_BUCKET_BYTES = 8 * 1024;
/** A section is named in a result by the start of its heading. */
const HEADING_CHARS = 24;

function write(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

function days(date: string | undefined): number {
  return date ? Math.round((Date.parse(`${date}T00:00:00Z`) - DAY_ZERO) / 86_400_000) : 0;
}

export interface MergeResult {
  manifest: Manifest;
  files: number;
  bytes: number;
}

export function mergeShards(shardPaths: string[], outDir: string): MergeResult {
  const shards: ShardFile[] = shardPaths.map(openShard).sort((a, b) => (a.header.key < b.header.key ? -1 : a.header.key > b.header.key ? 1 : 0));
  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const put = (path: string, data: Uint8Array | string) => {
    write(join(outDir, path), data);
    files++;
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  // Compressed here, not by the web server: hosts rarely compress binary files, and the
  // browser inflates them natively (DecompressionStream). Texts stay plain for range reads.
  const putCompressed = (path: string, data: Uint8Array | string) => put(path, gzipSync(data, { level: 6 }));

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
  for (const [group, names] of Object.entries(COLUMN_GROUPS)) putCompressed(columnGroupPath(group), encodeColumns(names.map((name) => docs.map(columns[name]))));

  let base = 0;
  const manifestShards = shards.map((shard) => {
    const { key, digest } = shard.header;
    let start = 0;
    const rows: ResultRow[] = shard.header.docs.map((d, n) => {
      const sections = d.sectionStarts.map((s): RowSection => [s.at, s.id, s.heading.length > HEADING_CHARS ? `${s.heading.slice(0, HEADING_CHARS)}…` : s.heading]);
      put(textPath(key, n), shard.text.subarray(start * 2, (start + d.textLength) * 2));
      start += d.textLength;
      return [d.id, d.title, d.place, d.code, d.year, d.published ?? '', sections];
    });
    for (let i = 0; i < rows.length; i += ROWS_PER_FILE) putCompressed(rowsPath(key, i / ROWS_PER_FILE), JSON.stringify(rows.slice(i, i + ROWS_PER_FILE)));
    const entry = { key, digest, base, count: shard.header.docs.length };
    base += entry.count;
    return entry;
  });

  // Postings, bucket by bucket: every shard's records are in hash order, so each bucket is a
  // run in every shard and only one bucket is in memory at a time.
  const payloadBytes = shardPaths.reduce((sum, path) => sum + statSync(path).size, 0) - shards.reduce((sum, s) => sum + s.text.length, 0);
  const bits = Math.min(20, Math.max(0, Math.ceil(Math.log2(payloadBytes / TARGET_BUCKET_BYTES))));
  const pending: Array<GramRecord | undefined> = [];
  const remaining = shards.map((s) => s.recordCount);
  const take = (i: number) => {
    pending[i] = remaining[i]! > 0 ? (remaining[i]!--, shards[i]!.records.next()) : undefined;
  };
  shards.forEach((_, i) => take(i));
  for (let bucket = 0; bucket < 2 ** bits; bucket++) {
    const grams = new Map<string, Array<{ shard: number; payload: Uint8Array }>>();
    shards.forEach((_, i) => {
      for (let record = pending[i]; record && bucketOf(record.hash, bits) === bucket; record = pending[i]) {
        const key = String.fromCharCode(...record.units);
        const list = grams.get(key) ?? [];
        list.push({ shard: i, payload: record.payload });
        grams.set(key, list);
        take(i);
      }
    });
    if (grams.size === 0) continue;
    const out = new ByteWriter().varint(grams.size);
    for (const [gram, segments] of [...grams].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      out.varint(gram.length);
      for (let i = 0; i < gram.length; i++) out.varint(gram.charCodeAt(i));
      out.varint(segments.length);
      for (const { shard, payload } of segments) out.varint(shard).varint(payload.length).bytes(payload);
    }
    putCompressed(bucketPath(bucket, bits), out.finish());
  }
  for (const shard of shards) shard.records.close();
  if (pending.some(Boolean)) throw new Error('search index: shard records out of hash order');

  const manifest: Manifest = { version: INDEX_VERSION, docCount: docs.length, bits, shards: manifestShards, values };
  put('manifest.json', JSON.stringify(manifest));
  return { manifest, files, bytes };
}
