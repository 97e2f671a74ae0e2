import { FACET_KEYS, type FacetKey } from './facets.ts';

/**
 * The published index's table of contents (dist/search-index/manifest.json), read by the search
 * page: the one file whose name stays the same from build to build, so it is always fetched
 * fresh. Every other file's path is named by its content, so a browser or CDN may keep it
 * forever, and a manifest only ever reads the files of its own build:
 *   g/<build>/<bucket>.bin    postings of the grams whose hash falls in the bucket: reports and
 *                             occurrences of characters and pairs; of triples, also the next character
 *   x/<build>/<bucket>.bin    of those triples: occurrences by (previous, next) character
 *   p/<build>/<bucket>.bin    of those triples: positions
 *   c/<build>/<group>.bin     one number per report for each filter, in document order (columns.ts):
 *                             the filters in one file, publication dates (needed for one sort) in another;
 *                             and c/<build>/scopes.bin, where each report's sections of a known kind are (scopes.ts)
 *   d/<shard>/<n>.json        result rows of documents n·ROWS_PER_FILE … of a shard (rows.ts)
 *   t/<shard>/<n>.bin         the text of document n of a shard, UTF-16LE, for excerpts (read with
 *                             range requests, so an excerpt costs a few hundred bytes)
 * <build> is b.<digest of every file under g/, x/, p/ and c/> (the manifest's `build`); <shard> is the shard's key
 * and the start of its digest (shardFolder). g/, x/, c/ and d/ are gzip-compressed (isCompressed).
 * Every search reads c/<build>/filters.bin, so a manifest whose build folder is gone fails
 * instead of reading no postings.
 */

/**
 * The format's version: written into every shard and the manifest. A reader meets only files of
 * its own version (ArchiveIndex.open refuses any other); a cached shard of another version is rebuilt.
 */
export const INDEX_VERSION = 6;
/** The manifest's path, the index's only fixed name. */
export const MANIFEST_PATH = 'manifest.json';

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
  /** Name of the postings' and columns' folders (b.<digest>): g/<build>/, x/<build>/, p/<build>/, c/<build>/. */
  build: string;
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
/** A build's name: b. and the first 16 hex digits of the digest of its files. */
export const BUILD_PREFIX = 'b.';
/** The file sets whose files are named by the build (the others by their shard). */
export const BUILD_SETS = ['g', 'x', 'p', 'c'] as const;
export const bucketPath = (build: string, set: PostingSet, bucket: number, bits: number) =>
  `${set}/${build}/${bucket.toString(16).padStart(Math.ceil(bits / 4), '0')}.bin`;
/** A shard's texts and rows change only with its reports, so their folder is named by the shard's digest. */
export const shardFolder = (shard: Pick<ManifestShard, 'key' | 'digest'>) =>
  `${shard.key}.${shard.digest.slice(0, 12)}`;
export const rowsPath = (shard: Pick<ManifestShard, 'key' | 'digest'>, file: number) =>
  `d/${shardFolder(shard)}/${file}.json`;
export const textPath = (shard: Pick<ManifestShard, 'key' | 'digest'>, doc: number) =>
  `t/${shardFolder(shard)}/${doc}.bin`;
/** Columns published together: every search needs all the filters, only one sort the dates. */
export const COLUMN_GROUPS: Record<string, FacetColumn[]> = {
  filters: FILTER_COLUMNS,
  published: ['published'],
};
export const columnGroupOf = (column: FacetColumn) =>
  Object.keys(COLUMN_GROUPS).find((group) => COLUMN_GROUPS[group]!.includes(column))!;
export const columnGroupPath = (build: string, group: string) => `c/${build}/${group}.bin`;
/** Each report's sections of a known kind (scopes.ts), read only for a search in chosen sections. */
export const scopesPath = (build: string) => `c/${build}/scopes.bin`;
/** No value (a report with no city, say). */
export const NONE = 0xffff;

/** The manifest's JSON, refused unless it is of this format's version (an old page must not read a new index, nor the reverse). */
export function parseManifest(json: string): Manifest {
  const manifest = JSON.parse(json) as Partial<Manifest> | null;
  if (manifest?.version !== INDEX_VERSION)
    throw new Error(
      `search index: manifest.json is version ${manifest?.version ?? 'unknown'}, this reader reads version ${INDEX_VERSION}`,
    );
  if (typeof manifest.build !== 'string' || !manifest.build.startsWith(BUILD_PREFIX) || manifest.build.includes('/'))
    throw new Error('search index: manifest.json names no build folder');
  return manifest as Manifest;
}
