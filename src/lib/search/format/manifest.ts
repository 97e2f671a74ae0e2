import { FACET_KEYS, type FacetKey } from './facets.ts';

/**
 * The published index's table of contents (dist/search-index/manifest.json), read by the search page.
 * Files beside it (g/, x/, c/, d/ gzip-compressed by the merge: isCompressed):
 *   g/<bucket>.bin      postings of the grams whose hash falls in the bucket: reports and
 *                       occurrences of characters and pairs; of triples, also the next character
 *   x/<bucket>.bin      of those triples: occurrences by (previous, next) character
 *   p/<bucket>.bin      of those triples: positions
 *   d/<shard>/<n>.json  result rows of documents n·ROWS_PER_FILE … of a shard (rows.ts)
 *   t/<shard>/<n>.bin   the text of document n of a shard, UTF-16LE, for excerpts (read with
 *                       range requests, so an excerpt costs a few hundred bytes)
 *   c/<group>.bin       one number per report for each filter, in document order (columns.ts):
 *                       the filters in one file, publication dates (needed for one sort) in another
 */

/**
 * The format's version: written into every shard and the manifest. A reader meets only files of
 * its own version (ArchiveIndex.open refuses any other); a cached shard of another version is rebuilt.
 */
export const INDEX_VERSION = 3;

/** A column per search filter, and publication dates for one of the sorts. */
export type FacetColumn = FacetKey | 'published';
const FILTER_COLUMNS: FacetColumn[] = [...FACET_KEYS];
/** Small files: a page of ten results touches ten files anyway, scattered over the archive. */
export const ROWS_PER_FILE = 4;
/** `published` is stored as days since this date; 0 means not given. */
export const DAY_ZERO = Date.UTC(1990, 0, 1);

export interface ManifestShard {
  key: string;
  digest: string;
  /** Number of the shard's first document in the whole index. */
  base: number;
  count: number;
}

export interface Manifest {
  version: number;
  docCount: number;
  /** Bucket = top `bits` bits of the gram hash. */
  bits: number;
  shards: ManifestShard[];
  /** Values of each filter, indexed by the numbers in its column (section: bit numbers). */
  values: Record<FacetKey, string[]>;
}

/** How a triple's segment is stored (shard.ts): everything in g/, or split over g/, x/ and p/. */
export const INLINE = 0;
export const SPLIT = 1;
/** The three posting sets of a split triple (shard.ts), in payload order; everything else is in the first. */
export const POSTING_SETS = ['g', 'x', 'p'] as const;
export type PostingSet = (typeof POSTING_SETS)[number];
/**
 * Which index files the merge gzip-compresses: postings of counts, columns and rows. The
 * manifest, the texts (read in ranges) and positions (they hardly compress) are plain.
 */
export const isCompressed = (path: string) => /^[gxcd]\//.test(path);
export const bucketPath = (set: PostingSet, bucket: number, bits: number) => `${set}/${bucket.toString(16).padStart(Math.ceil(bits / 4), '0')}.bin`;
export const rowsPath = (shard: string, file: number) => `d/${shard}/${file}.json`;
export const textPath = (shard: string, doc: number) => `t/${shard}/${doc}.bin`;
/** Columns published together: every search needs all the filters, only one sort the dates. */
export const COLUMN_GROUPS: Record<string, FacetColumn[]> = {
  filters: FILTER_COLUMNS,
  published: ['published'],
};
export const columnGroupOf = (column: FacetColumn) => Object.keys(COLUMN_GROUPS).find((group) => COLUMN_GROUPS[group]!.includes(column))!;
export const columnGroupPath = (group: string) => `c/${group}.bin`;
/** No value (a report with no city, say). */
export const NONE = 0xffff;

/** The manifest's JSON, refused unless it is of this format's version (an old page must not read a new index, nor the reverse). */
export function parseManifest(json: string): Manifest {
  const manifest = JSON.parse(json) as Partial<Manifest> | null;
  if (manifest?.version !== INDEX_VERSION) throw new Error(`search index: manifest.json is version ${manifest?.version ?? 'unknown'}, this reader reads version ${INDEX_VERSION}`);
  return manifest as Manifest;
}
