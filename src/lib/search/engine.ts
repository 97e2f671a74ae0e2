import { ByteReader } from './bytes.ts';
import { decodeColumns } from './columns.ts';
import { COLUMN_GROUPS, ROWS_PER_FILE, bucketPath, columnGroupOf, columnGroupPath, rowsPath, textPath, type FacetColumn, type Manifest, type ResultRow } from './manifest.ts';
import { type CharFold, type ScriptMap, GRAM, bucketOf, charFold, coveringOffsets, foldString, gramHash } from './text.ts';

/**
 * Exact search over the published index, in the browser or in Node: a term matches a report
 * when the report's folded text contains the folded term, nothing else. Terms of one or two
 * characters are looked up directly; longer terms through the triples that cover them, whose
 * positions must line up. Everything is fetched lazily: one bucket file per distinct gram.
 */

export interface IndexSource {
  /** A file's bytes, or undefined when there is no such file; any other failure throws. */
  bytes(path: string): Promise<Uint8Array | undefined>;
  /** Bytes [start, end) of a file. */
  range(path: string, start: number, end: number): Promise<Uint8Array>;
}

export interface TermMatch {
  /** Occurrences in the report. */
  count: number;
  /** Position of the first occurrence in the report's text, or -1 when not known. */
  first: number;
}
export type Matches = Map<number, TermMatch>;

interface Segment {
  shard: number;
  payload: Uint8Array;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Where in the report the excerpt was found. */
  at: number;
}

const EXCERPT_BEFORE = 40;
const EXCERPT_AFTER = 60;
/** Text read at a time when looking for a short term's first occurrence; grows each time. */
const FIRST_SCAN_CHARS = 400;

export class ArchiveIndex {
  private readonly buckets = new Map<string, Promise<Map<string, Segment[]>>>();
  private readonly rowFiles = new Map<string, Promise<ResultRow[]>>();
  private readonly columnGroups = new Map<string, Promise<Uint16Array[]>>();
  fold: CharFold;

  constructor(
    readonly manifest: Manifest,
    private readonly source: IndexSource,
    map?: ScriptMap,
  ) {
    this.fold = charFold(map);
  }

  /** Queries are folded with this Traditional→Simplified map (or the part of it they need). */
  useScriptMap(map: ScriptMap): void {
    this.fold = charFold(map);
  }

  static async open(source: IndexSource, map?: ScriptMap): Promise<ArchiveIndex> {
    const bytes = await source.bytes('manifest.json');
    if (!bytes) throw new Error('search index: no manifest.json');
    const manifest = JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
    return new ArchiveIndex(manifest, source, map);
  }

  /** A file the merge wrote gzip-compressed, inflated; undefined only when `optional` and absent. */
  private async compressed(path: string, optional = false): Promise<Uint8Array | undefined> {
    const bytes = await this.source.bytes(path);
    if (!bytes) {
      if (optional) return undefined;
      throw new Error(`search index: missing ${path}`);
    }
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  /** One load per file for the life of the page, shared by whoever asks first and later. */
  private cached<T>(cache: Map<string, Promise<T>>, path: string, load: () => Promise<T>): Promise<T> {
    let loaded = cache.get(path);
    if (!loaded) {
      loaded = load();
      cache.set(path, loaded);
      // A failed load is tried again by the next search rather than remembered.
      loaded.catch(() => cache.delete(path));
    }
    return loaded;
  }

  /** Folded form of a query term, as the index holds text. */
  foldTerm(term: string): string {
    return foldString(term, this.fold);
  }

  private bucket(number: number): Promise<Map<string, Segment[]>> {
    const path = bucketPath(number, this.manifest.bits);
    // The merge writes no file for an empty bucket; a file that fails to load is an error.
    return this.cached(this.buckets, path, async () => {
      const bytes = await this.compressed(path, true);
      return bytes ? parseBucket(bytes) : new Map();
    });
  }

  private async segments(gram: string): Promise<Segment[]> {
    const units = Array.from(gram, (c) => c.charCodeAt(0));
    const bucket = await this.bucket(bucketOf(gramHash(units), this.manifest.bits));
    return bucket.get(gram) ?? [];
  }

  /** The reports containing the term (already folded), with occurrences. */
  async matchTerm(term: string): Promise<Matches> {
    const matches: Matches = new Map();
    if (term.length === 0) return matches;
    if (term.length < GRAM) {
      for (const { shard, payload } of await this.segments(term)) {
        const base = this.manifest.shards[shard]!.base;
        const reader = new ByteReader(payload);
        let doc = 0;
        for (let n = reader.varint(); n > 0; n--) {
          doc += reader.varint();
          matches.set(base + doc, { count: reader.varint(), first: -1 });
        }
      }
      return matches;
    }
    const offsets = coveringOffsets(term.length);
    const postings = await Promise.all(offsets.map(async (at) => positionsOf(await this.segments(term.slice(at, at + GRAM)), this.manifest)));
    const order = offsets.map((at, i) => ({ at, positions: postings[i]! })).sort((a, b) => a.positions.size - b.positions.size);
    const [rarest, ...others] = order;
    for (const [doc, rarestAt] of rarest!.positions) {
      const lists = others.map((o) => o.positions.get(doc));
      if (lists.some((l) => !l)) continue;
      let count = 0;
      let first = -1;
      for (const p of rarestAt) {
        const start = p - rarest!.at;
        if (others.every((o, k) => contains(lists[k]!, start + o.at))) {
          count++;
          if (first < 0) first = start;
        }
      }
      if (count > 0) matches.set(doc, { count, first });
    }
    return matches;
  }

  /** Reports containing every term; occurrences summed, first position of the first term. */
  async matchAll(terms: string[]): Promise<Matches> {
    const each = await Promise.all(terms.map((t) => this.matchTerm(t)));
    if (each.length === 0) return new Map();
    const [smallest, ...rest] = [...each].sort((a, b) => a.size - b.size);
    const out: Matches = new Map();
    for (const [doc, match] of smallest!) {
      if (!rest.every((m) => m.has(doc))) continue;
      out.set(doc, { count: match.count + rest.reduce((s, m) => s + m.get(doc)!.count, 0), first: each[0]!.get(doc)!.first });
    }
    return out;
  }

  /** A filter column (province, city, …): one number per report, in document order. */
  async column(name: FacetColumn): Promise<Uint16Array> {
    const group = columnGroupOf(name);
    const path = columnGroupPath(group);
    const columns = await this.cached(this.columnGroups, path, async () => decodeColumns((await this.compressed(path))!));
    return columns[COLUMN_GROUPS[group]!.indexOf(name)]!;
  }

  private locate(doc: number): { key: string; local: number } {
    const shards = this.manifest.shards;
    let lo = 0;
    let hi = shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shards[mid]!.base <= doc) lo = mid;
      else hi = mid - 1;
    }
    return { key: shards[lo]!.key, local: doc - shards[lo]!.base };
  }

  async row(doc: number): Promise<ResultRow> {
    const { key, local } = this.locate(doc);
    const path = rowsPath(key, Math.floor(local / ROWS_PER_FILE));
    const rows = await this.cached(this.rowFiles, path, async () => JSON.parse(new TextDecoder().decode((await this.compressed(path))!)) as ResultRow[]);
    return rows[local % ROWS_PER_FILE]!;
  }

  /** Characters [from, to) of a report's text, as published (fewer at its end). */
  async text(doc: number, from: number, to: number): Promise<string> {
    const start = Math.max(0, from);
    if (to <= start) return '';
    const { key, local } = this.locate(doc);
    return new TextDecoder('utf-16le').decode(await this.source.range(textPath(key, local), start * 2, to * 2));
  }

  /**
   * A short passage around the first occurrence of the first term found (`first` when the
   * index knew it), every term marked in it. A term of one or two characters has no stored
   * position: the text is read from the start in growing pieces until it appears.
   */
  async excerpt(doc: number, terms: string[], first: number): Promise<Excerpt | undefined> {
    let at = first;
    let piece = '';
    let pieceFrom = 0;
    scan: for (const term of terms) {
      if (at >= 0) break;
      for (let from = 0, size = FIRST_SCAN_CHARS; ; from += size, size *= 4) {
        const read = await this.text(doc, from, from + size + term.length - 1);
        const found = this.foldTerm(read).indexOf(term);
        if (found >= 0) {
          at = from + found;
          [piece, pieceFrom] = [read, from];
          break scan;
        }
        if (read.length < size + term.length - 1) break;
      }
    }
    if (at < 0) return undefined;
    const from = Math.max(0, at - EXCERPT_BEFORE);
    const to = at + EXCERPT_AFTER;
    const inPiece = from >= pieceFrom && to <= pieceFrom + piece.length;
    const raw = inPiece ? piece.slice(from - pieceFrom, to - pieceFrom) : await this.text(doc, from, to);
    const text = raw.replace(/\s+/g, ' ');
    // A read shorter than asked ended at the end of the report.
    return { parts: markTerms(text, this.foldTerm(text), terms, from > 0, raw.length === to - from), at };
  }
}

/** Splits text into marked and unmarked parts; `folded` is the text folded like the terms. */
export function markTerms(text: string, folded: string, terms: string[], cutBefore: boolean, cutAfter: boolean): ExcerptPart[] {
  const marked = new Uint8Array(text.length);
  for (const term of terms.filter(Boolean)) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) marked.fill(1, i, i + term.length);
  }
  const parts: ExcerptPart[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    parts.push({ text: text.slice(i, j), mark: marked[i] === 1 });
    i = j;
  }
  if (cutBefore) parts.unshift({ text: '…', mark: false });
  if (cutAfter) parts.push({ text: '…', mark: false });
  return parts;
}

function parseBucket(bytes: Uint8Array): Map<string, Segment[]> {
  const reader = new ByteReader(bytes);
  const grams = new Map<string, Segment[]>();
  for (let n = reader.varint(); n > 0; n--) {
    let gram = '';
    for (let length = reader.varint(); length > 0; length--) gram += String.fromCharCode(reader.varint());
    const segments: Segment[] = [];
    for (let s = reader.varint(); s > 0; s--) {
      const shard = reader.varint();
      segments.push({ shard, payload: reader.bytes(reader.varint()) });
    }
    grams.set(gram, segments);
  }
  return grams;
}

function positionsOf(segments: Segment[], manifest: Manifest): Map<number, Int32Array> {
  const out = new Map<number, Int32Array>();
  for (const { shard, payload } of segments) {
    const base = manifest.shards[shard]!.base;
    const reader = new ByteReader(payload);
    let doc = 0;
    for (let n = reader.varint(); n > 0; n--) {
      doc += reader.varint();
      const positions = new Int32Array(reader.varint());
      let p = 0;
      for (let k = 0; k < positions.length; k++) positions[k] = p += reader.varint();
      out.set(base + doc, positions);
    }
  }
  return out;
}

function contains(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
