/**
 * The published index's table of contents (dist/search-index/manifest.json), read by the search page.
 * Files beside it:
 *   g/<bucket>.bin      postings of the grams whose hash falls in the bucket
 *   d/<shard>/<n>.json  result rows of documents n·ROWS_PER_FILE … of a shard
 *   t/<shard>.bin       the shard's text, UTF-16LE, for excerpts (read with range requests)
 *   c/<column>.bin      one number per report for each filter, in document order (columns.ts)
 */

export const FACET_COLUMNS = ['province', 'city', 'county', 'level', 'issuer', 'year', 'section', 'published'] as const;
export type FacetColumn = (typeof FACET_COLUMNS)[number];
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
  values: Record<Exclude<FacetColumn, 'published'>, string[]>;
}

/** A result row: [id, title, place, code, year, published, text start, text length, sections]. */
export type ResultRow = [string, string, string, string, number, string, number, number, Array<[number, string, string]>];

export const bucketPath = (bucket: number, bits: number) => `g/${bucket.toString(16).padStart(Math.ceil(bits / 4), '0')}.bin`;
export const rowsPath = (shard: string, file: number) => `d/${shard}/${file}.json`;
export const textPath = (shard: string) => `t/${shard}.bin`;
export const columnPath = (column: FacetColumn) => `c/${column}.bin`;
/** No value (a report with no city, say). */
export const NONE = 0xffff;
