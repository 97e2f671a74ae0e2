import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { ByteWriter } from '../format/bytes.ts';
import { encodeColumns } from '../format/columns.ts';
import { FACET_KEYS, type FacetKey } from '../format/facets.ts';
import { bucketOf } from '../format/grams.ts';
import {
  COLUMN_GROUPS,
  DAY_ZERO,
  INDEX_VERSION,
  NONE,
  POSTING_SETS,
  ROWS_PER_FILE,
  bucketPath,
  columnGroupPath,
  rowsPath,
  scopesPath,
  textPath,
  type FacetColumn,
  type Manifest,
  type ManifestShard,
} from '../format/manifest.ts';
import { encodeScopes } from '../format/scopes.ts';
import { encodeRows, rowFields, type ResultRow } from '../format/rows.ts';
import { IndexPublisher } from './publisher.ts';
import { openShard, type GramRecord, type ShardDoc, type ShardFile } from './shard.ts';

const TARGET_BUCKET_BYTES = 8 * 1024;
/** A section is named in a result by the start of its heading. */
const HEADING_CHARS = 24;

export interface MergeResult {
  manifest: Manifest;
  /** Files in the published index, and how many of them this merge wrote (the rest were kept). */
  files: number;
  written: number;
  bytes: number;
}

/**
 * Publishes a set of shards as one index under `outDir` (dist/search-index). Documents are numbered
 * shard by shard in key order; each gram's postings are the shards' segments side by side,
 * so merging never re-reads or re-encodes a document. Merging again into the same folder
 * rewrites only what changed (IndexPublisher).
 */
export async function mergeShards(shardPaths: string[], outDir: string): Promise<MergeResult> {
  const shards: ShardFile[] = shardPaths
    .map(openShard)
    .sort((a, b) => (a.header.key < b.header.key ? -1 : a.header.key > b.header.key ? 1 : 0));
  const publisher = new IndexPublisher(outDir);
  try {
    const docs = shards.flatMap((s) => s.header.docs);
    const values = facetValues(docs);
    await publishColumns(publisher, docs, values);
    const manifestShards = await publishDocuments(publisher, shards);
    const bits = bucketBits(shardPaths, shards);
    await publishPostings(publisher, shards, bits);
    const manifest = await publisher.finish({
      version: INDEX_VERSION,
      docCount: docs.length,
      bits,
      shards: manifestShards,
      values,
    });
    return { manifest, files: publisher.files, written: publisher.written, bytes: publisher.bytes };
  } finally {
    for (const shard of shards) shard.records.close();
  }
}

/** Each filter's value of a document (sections: several). */
const FACET_OF: Record<FacetKey, (d: ShardDoc) => string | string[] | undefined> = {
  province: (d) => d.province,
  city: (d) => d.city,
  county: (d) => d.county,
  level: (d) => d.level,
  issuer: (d) => d.issuer,
  year: (d) => String(d.year),
  section: (d) => d.sections,
};

/** The values of each filter, sorted as Chinese readers expect; a column holds their numbers. */
function facetValues(docs: ShardDoc[]): Manifest['values'] {
  const collator = new Intl.Collator('zh-CN');
  const values = Object.fromEntries(
    FACET_KEYS.map((key) => [key, [...new Set(docs.flatMap((d) => FACET_OF[key](d) ?? []))].sort(collator.compare)]),
  ) as Manifest['values'];
  if (values.section.length > 16)
    throw new Error('search index: more than 16 section kinds do not fit the section column');
  return values;
}

function days(date: string | undefined): number {
  return date ? Math.round((Date.parse(`${date}T00:00:00Z`) - DAY_ZERO) / 86_400_000) : 0;
}

/** The column files (c/): one number per document for each filter, and publication days. */
async function publishColumns(publisher: IndexPublisher, docs: ShardDoc[], values: Manifest['values']): Promise<void> {
  const numberOf = Object.fromEntries(
    FACET_KEYS.map((key) => [key, new Map(values[key].map((value, i) => [value, i]))]),
  ) as Record<FacetKey, Map<string, number>>;
  const columns = Object.fromEntries(
    FACET_KEYS.map((key) => [
      key,
      (d: ShardDoc) => {
        const value = FACET_OF[key](d);
        // Sections are several per report: a bit each.
        if (Array.isArray(value)) return value.reduce((mask, v) => mask | (1 << numberOf[key].get(v)!), 0);
        return value === undefined ? NONE : numberOf[key].get(value)!;
      },
    ]),
  ) as Record<FacetColumn, (d: ShardDoc) => number>;
  columns.published = (d) => days(d.published);
  for (const [group, names] of Object.entries(COLUMN_GROUPS))
    await publisher.publish(
      columnGroupPath(publisher.build, group),
      encodeColumns(names.map((name) => docs.map(columns[name]))),
    );
  await publisher.publish(
    scopesPath(publisher.build),
    encodeScopes(
      docs.map((d) => d.scopes.map(({ kind, from, to }) => ({ bit: numberOf.section.get(kind)!, from, to }))),
    ),
  );
}

function resultRow(d: ShardDoc): ResultRow {
  const sections = d.sectionStarts.map((s) => ({
    at: s.at,
    id: s.id,
    heading: s.heading.length > HEADING_CHARS ? `${s.heading.slice(0, HEADING_CHARS)}…` : s.heading,
  }));
  return {
    id: d.id,
    title: d.title,
    place: d.place,
    code: d.code,
    year: d.year,
    published: d.published ?? '',
    sections,
    textLength: d.textLength,
    fieldsAt: d.fieldsAt,
    fields: rowFields(d.fields),
  };
}

/**
 * Each shard's texts (t/) and result rows (d/), documents numbered shard after shard. An
 * unchanged shard's files are what the last merge wrote: kept, unless one was changed or went missing.
 */
async function publishDocuments(publisher: IndexPublisher, shards: ShardFile[]): Promise<ManifestShard[]> {
  let base = 0;
  const manifestShards: ManifestShard[] = [];
  for (const shard of shards) {
    const { key, digest, docs } = shard.header;
    const count = docs.length;
    manifestShards.push({ key, digest, base, count });
    base += count;
    const rowFiles = Math.ceil(count / ROWS_PER_FILE);
    const unchanged = publisher.previous?.shards.some((s) => s.key === key && s.digest === digest);
    const shardName = { key, digest };
    const files = [
      ...Array.from({ length: count }, (_, n) => textPath(shardName, n)),
      ...Array.from({ length: rowFiles }, (_, n) => rowsPath(shardName, n)),
    ];
    if (unchanged && files.every((file) => publisher.keep(file))) continue;
    let start = 0;
    for (const [n, d] of docs.entries()) {
      await publisher.publish(textPath(shardName, n), shard.text.subarray(start * 2, (start + d.textLength) * 2));
      start += d.textLength;
    }
    const rows = docs.map(resultRow);
    for (let n = 0; n < rowFiles; n++)
      await publisher.publish(
        rowsPath(shardName, n),
        encodeRows(rows.slice(n * ROWS_PER_FILE, (n + 1) * ROWS_PER_FILE)),
      );
  }
  return manifestShards;
}

/** Bucket = top `bits` bits of the gram hash, chosen so that one lookup fetches about TARGET_BUCKET_BYTES. */
function bucketBits(shardPaths: string[], shards: ShardFile[]): number {
  const payloadBytes =
    shardPaths.reduce((sum, path) => sum + statSync(path).size, 0) - shards.reduce((sum, s) => sum + s.text.length, 0);
  return Math.min(20, Math.max(0, Math.ceil(Math.log2(payloadBytes / POSTING_SETS.length / TARGET_BUCKET_BYTES))));
}

type BucketGrams = Map<string, Array<{ shard: number; payloads: Uint8Array[] }>>;

/**
 * Postings, bucket by bucket: every shard's records are in hash order, so each bucket is a
 * run in every shard and only one bucket is in memory at a time.
 */
async function publishPostings(publisher: IndexPublisher, shards: ShardFile[], bits: number): Promise<void> {
  const pending: Array<GramRecord | undefined> = [];
  const remaining = shards.map((s) => s.recordCount);
  const take = (i: number) => {
    pending[i] = remaining[i]! > 0 ? (remaining[i]!--, shards[i]!.records.next()) : undefined;
  };
  shards.forEach((_, i) => take(i));
  for (let bucket = 0; bucket < 2 ** bits; bucket++) {
    const grams: BucketGrams = new Map();
    shards.forEach((_, i) => {
      for (let record = pending[i]; record && bucketOf(record.hash, bits) === bucket; record = pending[i]) {
        const key = String.fromCharCode(...record.units);
        const list = grams.get(key) ?? [];
        list.push({ shard: i, payloads: record.payloads });
        grams.set(key, list);
        take(i);
      }
    });
    if (grams.size > 0) await publishBucket(publisher, grams, bucket, bits);
  }
  await publisher.flush();
  if (pending.some(Boolean)) throw new Error('search index: shard records out of hash order');
}

/** One file per posting set: characters, pairs and inline triples are only in the first. */
async function publishBucket(
  publisher: IndexPublisher,
  grams: BucketGrams,
  bucket: number,
  bits: number,
): Promise<void> {
  const sorted = [...grams].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [set, name] of POSTING_SETS.entries()) {
    const inSet = sorted
      .map(
        ([gram, segments]) => [gram, set === 0 ? segments : segments.filter((s) => s.payloads.length > set)] as const,
      )
      .filter(([, segments]) => segments.length > 0);
    if (inSet.length === 0) continue;
    const out = new ByteWriter().varint(inSet.length);
    for (const [gram, segments] of inSet) {
      out.varint(gram.length);
      for (let i = 0; i < gram.length; i++) out.varint(gram.charCodeAt(i));
      out.varint(segments.length);
      for (const { shard, payloads } of segments) out.varint(shard).varint(payloads[set]!.length).bytes(payloads[set]!);
    }
    const content = out.finish();
    await publisher.publishBucket(
      bucketPath(publisher.build, name, bucket, bits),
      content,
      createHash('sha1').update(content).digest('base64'),
    );
  }
}
