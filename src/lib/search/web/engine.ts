import { ByteReader } from '../format/bytes.ts';
import { decodeColumns } from '../format/columns.ts';
import type { ScriptMap } from '../../chinese-script/map-pieces.ts';
import { type CharFold, charFold, foldString } from '../format/fold.ts';
import { GRAM, LAST_ZONE, ZONE_CHARS, bucketOf, coveringOffsets, gramHash } from '../format/grams.ts';
import {
  COLUMN_GROUPS,
  INLINE,
  MANIFEST_PATH,
  ROWS_PER_FILE,
  bucketPath,
  isCompressed,
  parseManifest,
  type PostingSet,
  columnGroupOf,
  columnGroupPath,
  rowsPath,
  scopesPath,
  textPath,
  type FacetColumn,
  type Manifest,
  type ManifestShard,
} from '../format/manifest.ts';
import { decodeRows, type ResultRow } from '../format/rows.ts';
import { MATCH_FIELD_LABELS, fieldLines, type MatchField } from '../format/fields.ts';
import { decodeScopes, insideScope, type ScopeSpan } from '../format/scopes.ts';

/**
 * Exact search over the published index, in the browser or in Node: a term matches a report
 * when the report's folded text contains the folded term, nothing else. Terms of one to five
 * characters are read from one gram's counts (a character, a pair, a triple with its next
 * character, or a middle triple with its neighbours); longer terms through the triples that
 * cover them, whose positions must line up. Everything is fetched lazily: one bucket file per
 * distinct gram, from the posting set the term's length needs (shard.ts).
 */

export interface IndexSource {
  /**
   * A file's bytes, or undefined when there is no such file; any other failure throws. The
   * manifest (MANIFEST_PATH) must be read fresh; every other file may come from any cache.
   */
  bytes(path: string): Promise<Uint8Array | undefined>;
  /** Bytes [start, end) of a file. */
  range(path: string, start: number, end: number): Promise<Uint8Array>;
}

export interface TermMatch {
  /** Occurrences in the report. */
  count: number;
  /** Position of the first occurrence in the report's text, or -1 when not known. */
  first: number;
  /** When `first` is not known: the zone (grams.ts) where the term's first triple first occurs. */
  zone?: number;
}
export type Matches = Map<number, TermMatch>;

/**
 * A search inside chosen sections: a term counts only where it lies inside a section of one of
 * these kinds (bit numbers of manifest.values.section). Title, fields and the text outside
 * such sections do not count; a report with no occurrence inside them does not match.
 */
export interface SectionScope {
  sections: number[];
}

/** Where in a report a query matched: its title, one of its fields, or a part of its body. */
export interface MatchPlace {
  field: MatchField;
  /** 标题, 地区, 发布机构, 索引号, 区划代码, 文号, or 正文 · <section heading> (正文 alone before the first section). */
  label: string;
}

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
/** Section texts read at once when a short term is counted inside chosen sections. */
const SCOPE_READS_IN_FLIGHT = 16;
/**
 * Occurrences in the whole index up to which whereMatched places a term of 3+ characters by its
 * positions (p/, fetched once for every result, about 1–2 bytes per occurrence and triple)
 * rather than by reading each result's text. On the 1,000-report bench corpus, ten results of
 * 行政诉讼 cost 20 KB by positions and 149 KB by reading; 枫桥经验 10 KB and 175 KB.
 */
const WHERE_BY_POSITIONS = 40_000;
/** A top-level section's anchor (s-1; a subsection is s-1-2): the frontmatter's sections, the parts whereMatched names. */
const TOP_SECTION = /^s-\d+$/;

/** The bit mask of a scope's sections; 0 when none is chosen (no scope). */
const scopeBits = (scope?: SectionScope) =>
  (scope?.sections ?? []).reduce((mask, bit) => (bit >= 0 && bit < 16 ? mask | (1 << bit) : mask), 0);

/** Occurrences of `term` in `text` (both folded), overlapping ones too, as the index counts them. */
function countIn(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) n++;
  return n;
}

export class ArchiveIndex {
  private readonly buckets = new Map<string, Promise<Map<string, Segment[]>>>();
  private readonly rowFiles = new Map<string, Promise<ResultRow[]>>();
  private readonly columnGroups = new Map<string, Promise<Uint16Array[]>>();
  private readonly termStarts = new Map<string, Promise<Map<number, number[]>>>();
  private readonly termMatches = new Map<string, Promise<Matches>>();
  private readonly termTotals = new Map<string, Promise<number>>();
  private readonly scopeFiles = new Map<string, Promise<ScopeSpan[][]>>();
  private readonly source: IndexSource;
  readonly manifest: Manifest;
  fold: CharFold;

  constructor(manifest: Manifest, source: IndexSource, map?: ScriptMap) {
    this.manifest = manifest;
    this.source = source;
    this.fold = charFold(map);
  }

  /** Queries are folded with this Traditional→Simplified map (or the part of it they need). */
  useScriptMap(map: ScriptMap): void {
    this.fold = charFold(map);
  }

  static async open(source: IndexSource, map?: ScriptMap): Promise<ArchiveIndex> {
    const bytes = await source.bytes(MANIFEST_PATH);
    if (!bytes) throw new Error(`search index: no ${MANIFEST_PATH}`);
    return new ArchiveIndex(parseManifest(new TextDecoder().decode(bytes)), source, map);
  }

  /** An index file, inflated if the merge compressed it; undefined only when `optional` and absent. */
  private async compressed(path: string, optional = false): Promise<Uint8Array | undefined> {
    const bytes = await this.source.bytes(path);
    if (!bytes) {
      if (optional) return undefined;
      throw new Error(`search index: missing ${path}`);
    }
    if (!isCompressed(path)) return bytes;
    // A stream over the bytes in hand, not a Blob's: a Blob is registered with the browser
    // process, ≈ 20–40 ms over the dozen files of a first query at 10,000 reports.
    const stream = new ReadableStream<BufferSource>({
      start(controller) {
        controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
        controller.close();
      },
    }).pipeThrough(new DecompressionStream('gzip'));
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

  private bucket(set: PostingSet, number: number): Promise<Map<string, Segment[]>> {
    const path = bucketPath(this.manifest.build, set, number, this.manifest.bits);
    // The merge writes no file for an empty bucket; a file that fails to load is an error.
    return this.cached(this.buckets, path, async () => {
      const bytes = await this.compressed(path, true);
      return bytes ? parseBucket(bytes) : new Map();
    });
  }

  private async segments(set: PostingSet, gram: string): Promise<Segment[]> {
    const units = Array.from(gram, (c) => c.charCodeAt(0));
    const bucket = await this.bucket(set, bucketOf(gramHash(units), this.manifest.bits));
    return bucket.get(gram) ?? [];
  }

  /**
   * The reports containing the term (already folded), with occurrences; with a scope, only
   * the occurrences inside the chosen sections count (and `first` is the first of them).
   * Answers are kept for the page's life: the same term asked again (whereMatched) costs nothing.
   */
  matchTerm(term: string, scope?: SectionScope): Promise<Matches> {
    const bits = scopeBits(scope);
    return this.cached(this.termMatches, `${bits}:${term}`, () =>
      bits === 0 ? this.matchUnscoped(term) : this.matchScoped(term, bits),
    );
  }

  private async matchUnscoped(term: string): Promise<Matches> {
    const matches: Matches = new Map();
    if (term.length === 0) return matches;
    if (term.length < GRAM) {
      for (const { shard, payload } of await this.segments('g', term)) {
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
    if (term.length <= GRAM + 2) {
      // 法治政: every occurrence; 行政诉讼: 行政诉 followed by 讼; 2022年: 022 between 2 and 年.
      const code = (i: number) => term.charCodeAt(i) + 1;
      const middle = term.length === GRAM + 2;
      const gram = middle ? term.slice(1, GRAM + 1) : term.slice(0, GRAM);
      const wanted: Neighbours = {
        previous: middle ? code(0) : undefined,
        next: term.length > GRAM ? code(term.length - 1) : undefined,
      };
      // A frequent middle triple's (previous, next) counts are in x/: asked only when g/ says it
      // is split, so no request is made for an x/ bucket the build never wrote.
      const segments = await this.segments('g', gram);
      const around = middle && segments.some((s) => s.payload[0] !== INLINE) ? await this.segments('x', gram) : [];
      // For a five-character term, the middle triple's reports with their zones, any neighbours.
      const zones: Matches = new Map();
      for (const { shard, payload } of segments) {
        const base = this.manifest.shards[shard]!.base;
        if (payload[0] === INLINE) countInline(payload, wanted, middle ? 1 : 0, base, matches);
        else countNeighbours(payload, 1, middle ? {} : wanted, base, middle ? zones : matches);
      }
      for (const { shard, payload } of around)
        countNeighbours(payload, 2, wanted, this.manifest.shards[shard]!.base, matches, zones);
      return matches;
    }
    for (const [doc, starts] of await this.starts(term)) matches.set(doc, { count: starts.length, first: starts[0]! });
    return matches;
  }

  /**
   * Every occurrence of a term of GRAM characters or more, per report: where the positions of
   * the triples that cover it line up (the triples' positions are in g/ when inline, else p/).
   */
  private starts(term: string): Promise<Map<number, number[]>> {
    return this.cached(this.termStarts, term, async () => {
      const offsets = coveringOffsets(term.length);
      const postings = await Promise.all(
        offsets.map(async (at) => {
          // A frequent triple's positions are in p/: asked only when g/ says the triple is split
          // there, so no request is made for a p/ bucket the build never wrote (an empty one).
          const gram = term.slice(at, at + GRAM);
          const inline = await this.segments('g', gram);
          const split = inline.some((s) => s.payload[0] !== INLINE) ? await this.segments('p', gram) : [];
          return positionsOf(inline, split, this.manifest);
        }),
      );
      const order = offsets
        .map((at, i) => ({ at, positions: postings[i]! }))
        .sort((a, b) => a.positions.size - b.positions.size);
      const [rarest, ...others] = order;
      const out = new Map<number, number[]>();
      for (const [doc, rarestAt] of rarest!.positions) {
        const lists = others.map((o) => o.positions.get(doc));
        if (lists.some((l) => !l)) continue;
        const starts: number[] = [];
        for (const p of rarestAt) {
          const start = p - rarest!.at;
          if (others.every((o, k) => contains(lists[k]!, start + o.at))) starts.push(start);
        }
        if (starts.length > 0) out.set(doc, starts);
      }
      return out;
    });
  }

  /** Each report's sections of a known kind (scopes.ts), loaded on the first search in chosen sections. */
  private scopes(): Promise<ScopeSpan[][]> {
    const path = scopesPath(this.manifest.build);
    return this.cached(this.scopeFiles, path, async () => decodeScopes((await this.compressed(path))!));
  }

  /**
   * A term's occurrences inside the sections of the kinds in `bits`. A term of GRAM characters
   * or more: its positions, from the triples that cover it (as for six characters and more).
   * A shorter one has no positions in the index: the chosen sections' texts of each report
   * that contains it are read (one range request per section) and the term counted in them.
   */
  private async matchScoped(term: string, bits: number): Promise<Matches> {
    const matches: Matches = new Map();
    if (term.length === 0) return matches;
    const scopes = await this.scopes();
    if (term.length >= GRAM) {
      for (const [doc, starts] of await this.starts(term)) {
        const inside = starts.filter((at) => insideScope(scopes[doc]!, bits, at, term.length));
        if (inside.length > 0) matches.set(doc, { count: inside.length, first: inside[0]! });
      }
      return matches;
    }
    const docs = [...(await this.matchTerm(term)).keys()].filter((doc) =>
      scopes[doc]!.some((span) => bits & (1 << span.bit)),
    );
    for (let i = 0; i < docs.length; i += SCOPE_READS_IN_FLIGHT) {
      await Promise.all(
        docs.slice(i, i + SCOPE_READS_IN_FLIGHT).map(async (doc) => {
          let count = 0;
          let first = -1;
          for (const span of scopes[doc]!) {
            if (!(bits & (1 << span.bit))) continue;
            const text = this.foldTerm(await this.text(doc, span.from, span.to));
            const n = countIn(text, term);
            if (n > 0 && first < 0) first = span.from + text.indexOf(term);
            count += n;
          }
          if (count > 0) matches.set(doc, { count, first });
        }),
      );
    }
    return matches;
  }

  /** Reports containing every term (inside the scope's sections, when given); occurrences summed, first position of the first term. */
  async matchAll(terms: string[], scope?: SectionScope): Promise<Matches> {
    const each = await Promise.all(terms.map((t) => this.matchTerm(t, scope)));
    if (each.length === 0) return new Map();
    const [smallest, ...rest] = [...each].sort((a, b) => a.size - b.size);
    const out: Matches = new Map();
    for (const [doc, match] of smallest!) {
      if (!rest.every((m) => m.has(doc))) continue;
      const { first, zone } = each[0]!.get(doc)!;
      out.set(doc, { count: match.count + rest.reduce((s, m) => s + m.get(doc)!.count, 0), first, zone });
    }
    return out;
  }

  /** A filter column (province, city, …): one number per report, in document order. */
  async column(name: FacetColumn): Promise<Uint16Array> {
    const group = columnGroupOf(name);
    const path = columnGroupPath(this.manifest.build, group);
    const columns = await this.cached(this.columnGroups, path, async () =>
      decodeColumns((await this.compressed(path))!),
    );
    return columns[COLUMN_GROUPS[group]!.indexOf(name)]!;
  }

  private locate(doc: number): { shard: ManifestShard; local: number } {
    const shards = this.manifest.shards;
    let lo = 0;
    let hi = shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shards[mid]!.base <= doc) lo = mid;
      else hi = mid - 1;
    }
    return { shard: shards[lo]!, local: doc - shards[lo]!.base };
  }

  async row(doc: number): Promise<ResultRow> {
    const { shard, local } = this.locate(doc);
    const path = rowsPath(shard, Math.floor(local / ROWS_PER_FILE));
    const rows = await this.cached(this.rowFiles, path, async () =>
      decodeRows(new TextDecoder().decode((await this.compressed(path))!)),
    );
    return rows[local % ROWS_PER_FILE]!;
  }

  /** Characters [from, to) of a report's text, as published (fewer at its end). */
  async text(doc: number, from: number, to: number): Promise<string> {
    const start = Math.max(0, from);
    if (to <= start) return '';
    const { shard, local } = this.locate(doc);
    return new TextDecoder('utf-16le').decode(await this.source.range(textPath(shard, local), start * 2, to * 2));
  }

  /** The first occurrence of `term` from `start` on, reading the text in growing pieces (`firstSize` characters, then 4 times more each time), with the text around it. */
  private async find(
    doc: number,
    term: string,
    start: number,
    firstSize: number,
  ): Promise<{ at: number; piece: string; pieceFrom: number } | undefined> {
    for (let from = start, size = firstSize; ; from += size, size *= 4) {
      // Read with the excerpt's margins around the piece, so that the passage around an
      // occurrence is in hand: without them, most excerpts took a second round of requests.
      const readFrom = Math.max(0, from - EXCERPT_BEFORE);
      const readTo = from + size + term.length - 1 + EXCERPT_AFTER;
      const read = await this.text(doc, readFrom, readTo);
      const found = this.foldTerm(read).indexOf(term, from - readFrom);
      if (found >= 0) return { at: readFrom + found, piece: read, pieceFrom: readFrom };
      if (read.length < readTo - readFrom) return undefined;
    }
  }

  /**
   * A short passage around the first occurrence of the first term found (the match's `first`
   * when the index knew it), every term marked in it. Otherwise the text is read in growing
   * pieces until the term appears, from the zone the index gave when it gave one.
   */
  async excerpt(doc: number, terms: string[], match?: TermMatch): Promise<Excerpt | undefined> {
    let at = match?.first ?? -1;
    let piece = '';
    let pieceFrom = 0;
    if (at < 0) {
      // Where the first term's first triple first occurs, to a zone (grams.ts): no need to
      // wait for the row, the zone is counted from the text's start.
      const zone = match?.zone;
      const hint = zone !== undefined ? Math.max(0, zone * ZONE_CHARS - GRAM) : 0;
      scan: for (const [i, term] of terms.entries()) {
        for (const start of i === 0 && hint > 0 ? [hint, 0] : [0]) {
          // From the zone, the first read takes the whole zone (twice that for the last, open-ended
          // one): the term is usually in it.
          const inZone = i === 0 && zone !== undefined && start === hint;
          const size = inZone ? (zone === LAST_ZONE ? 2 : 1) * ZONE_CHARS + 2 * GRAM : FIRST_SCAN_CHARS;
          const found = await this.find(doc, term, start, size);
          if (found) {
            ({ at, piece, pieceFrom } = found);
            break scan;
          }
        }
      }
    }
    if (at < 0) return undefined;
    const row = await this.row(doc);
    if (at >= row.fieldsAt) {
      // Only a field has the term: the excerpt is that field's line, not the body's end before it.
      const fields = await this.text(doc, row.fieldsAt, row.textLength);
      const local = at - row.fieldsAt;
      const end = fields.indexOf('\n', local);
      const line = fields.slice(fields.lastIndexOf('\n', local) + 1, end < 0 ? fields.length : end);
      return { parts: markTerms(line, this.foldTerm(line), terms, false, false), at };
    }
    const from = Math.max(0, at - EXCERPT_BEFORE);
    const to = at + EXCERPT_AFTER;
    const inPiece = from >= pieceFrom && to <= pieceFrom + piece.length;
    const raw = inPiece ? piece.slice(from - pieceFrom, to - pieceFrom) : await this.text(doc, from, to);
    const text = raw.replace(/\s+/g, ' ');
    // A read shorter than asked ended at the end of the report.
    return { parts: markTerms(text, this.foldTerm(text), terms, from > 0, raw.length === to - from), at };
  }

  /**
   * Where the terms (folded) occur in a report: its title, each field (place, issuer, index
   * number, division code, document number) and each part of its body (the opening, then each
   * top-level section), in that order. With a scope, only the chosen sections are named, as
   * only they count. Title and fields are checked in the report's row (already fetched for
   * the result); the body through the text, part by part: a part is read from its start in
   * growing pieces until a term is found in it, and the reading stops once the occurrences
   * found account for all the report's occurrences of each term (the index's count), so a
   * frequent term costs a few hundred characters per part and a rare one is found where the
   * index says (`first`) when it knows.
   */
  async whereMatched(doc: number, terms: string[], match?: TermMatch, scope?: SectionScope): Promise<MatchPlace[]> {
    return (await this.placesOf(doc, terms, match, scope, true)).places;
  }

  /**
   * whereMatched without reading: what a result list can say for the bytes it already has.
   * The fields, every part holding an occurrence the index has already placed (a term whose
   * positions were loaded to match it), and the part holding `firstAt` (the excerpt's match);
   * `complete` is false when some occurrence is left unplaced ("…等"). Reading every part of
   * ten results for 法治 cost 75 of the first query's 121 KB and five rounds of requests on the
   * 1,000-report bench corpus; the export still reads them all (whereMatched).
   */
  async whereMatchedFromIndex(
    doc: number,
    terms: string[],
    match?: TermMatch,
    scope?: SectionScope,
    firstAt?: number,
  ): Promise<{ places: MatchPlace[]; complete: boolean }> {
    return this.placesOf(doc, terms, match, scope, false, firstAt);
  }

  private async placesOf(
    doc: number,
    terms: string[],
    match: TermMatch | undefined,
    scope: SectionScope | undefined,
    read: boolean,
    firstAt = -1,
  ): Promise<{ places: MatchPlace[]; complete: boolean }> {
    const wanted = [...new Set(terms.filter(Boolean))];
    const row = await this.row(doc);
    const bits = scopeBits(scope);
    const places: MatchPlace[] = [];
    // Occurrences of each term in the title and the fields: the rest are in the body.
    const outside = new Map<string, number>();
    if (bits === 0) {
      const named: Array<{ field: MatchField; text: string }> = [
        { field: 'title', text: row.title },
        ...fieldLines(row.fields),
      ];
      for (const { field, text } of named) {
        const folded = this.foldTerm(text);
        let found = false;
        for (const term of wanted) {
          const n = countIn(folded, term);
          if (n > 0) outside.set(term, (outside.get(term) ?? 0) + n);
          found ||= n > 0;
        }
        if (found) places.push({ field, label: MATCH_FIELD_LABELS[field] });
      }
    }
    const tops = row.sections.filter((s) => TOP_SECTION.test(s.id));
    let parts = [
      { from: row.title.length + 1, to: tops[0]?.at ?? row.fieldsAt, heading: '' },
      ...tops.map((s, i) => ({ from: s.at, to: tops[i + 1]?.at ?? row.fieldsAt, heading: s.heading })),
    ].filter((part) => part.to > part.from);
    if (bits !== 0) {
      const spans = (await this.scopes())[doc] ?? [];
      parts = parts.filter((part) => spans.some((span) => bits & (1 << span.bit) && span.from === part.from));
    }
    const partAt = (at: number) => parts.findIndex((part) => at >= part.from && at < part.to);
    const matched = new Set<number>();
    let complete = true;
    await Promise.all(
      wanted.map(async (term) => {
        const known = (await this.matchTerm(term, scope)).get(doc);
        // Without reading, positions only when matching the term has loaded them already.
        const byPositions = read
          ? term.length >= GRAM && (await this.occurrences(term)) <= WHERE_BY_POSITIONS
          : term.length >= GRAM && this.termStarts.has(term);
        if (byPositions) {
          // Its positions, from the triples that cover it: no text to read.
          const starts = (await this.starts(term)).get(doc) ?? [];
          for (const at of starts) {
            const i = parts.findIndex((part) => at >= part.from && at + term.length <= part.to);
            if (i >= 0) matched.add(i);
          }
          return;
        }
        let remaining = (known?.count ?? 0) - (outside.get(term) ?? 0);
        const hinted = (wanted.length === 1 ? match?.first : undefined) ?? known?.first ?? -1;
        const hintedPart = partAt(hinted);
        if (hintedPart >= 0) {
          matched.add(hintedPart);
          remaining--;
        } else if (!read && remaining > 0 && firstAt >= 0 && partAt(firstAt) >= 0) {
          // The excerpt's occurrence: of the first term it found, which may be this one.
          matched.add(partAt(firstAt));
          if (wanted.length === 1) remaining--;
        }
        if (!read) {
          if (remaining > 0) complete = false;
          return;
        }
        for (const [i, part] of parts.entries()) {
          if (remaining <= 0) break;
          if (i === hintedPart) continue;
          const found = await this.countFirstPiece(doc, term, part.from, part.to);
          if (found > 0) matched.add(i);
          remaining -= found;
        }
      }),
    );
    for (const [i, part] of parts.entries())
      if (matched.has(i))
        places.push({
          field: 'text',
          label: part.heading ? `${MATCH_FIELD_LABELS.text} · ${part.heading}` : MATCH_FIELD_LABELS.text,
        });
    return { places, complete };
  }

  /**
   * A term's occurrences in the whole index, summed once per term for the page's life: the export
   * asks for every result, and the sum runs over every report that holds the term.
   */
  private occurrences(term: string): Promise<number> {
    return this.cached(this.termTotals, term, async () => {
      let total = 0;
      for (const m of (await this.matchTerm(term)).values()) total += m.count;
      return total;
    });
  }

  /**
   * Reads characters [from, to) of a report in growing pieces until one holds the term, and
   * returns how many times that piece holds it (0: not in the range).
   */
  private async countFirstPiece(doc: number, term: string, from: number, to: number): Promise<number> {
    for (let start = from, size = FIRST_SCAN_CHARS; start < to; start += size, size *= 4) {
      const end = Math.min(to, start + size + term.length - 1);
      const read = this.foldTerm(await this.text(doc, start, end));
      const n = countIn(read, term);
      if (n > 0) return n;
      if (read.length < end - start) break;
    }
    return 0;
  }
}

/** Splits text into marked and unmarked parts; `folded` is the text folded like the terms. */
export function markTerms(
  text: string,
  folded: string,
  terms: string[],
  cutBefore: boolean,
  cutAfter: boolean,
): ExcerptPart[] {
  const marked = new Uint8Array(text.length);
  for (const term of terms.filter(Boolean)) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) marked.fill(1, i, i + term.length);
  }
  const parts: ExcerptPart[] = [];
  for (let i = 0; i < text.length;) {
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

/** Neighbours a triple's occurrence must have (code unit + 1); undefined: any. */
interface Neighbours {
  previous?: number;
  next?: number;
}

/**
 * Adds an inline triple's reports to `matches`, counting the occurrences with the wanted
 * neighbours; the term starts `offset` characters before the triple.
 */
function countInline(payload: Uint8Array, wanted: Neighbours, offset: number, base: number, matches: Matches): void {
  const reader = new ByteReader(payload);
  reader.varint(); // INLINE
  let doc = 0;
  for (let n = reader.varint(); n > 0; n--) {
    doc += reader.varint();
    let count = 0;
    let first = -1;
    let position = 0;
    for (let k = reader.varint(); k > 0; k--) {
      position += reader.varint();
      const previous = reader.varint();
      const next = reader.varint();
      if (
        (wanted.previous === undefined || previous === wanted.previous) &&
        (wanted.next === undefined || next === wanted.next)
      ) {
        if (count++ === 0) first = position - offset;
      }
    }
    if (count > 0) matches.set(base + doc, { count, first });
  }
}

/**
 * Adds a split triple's reports to `matches` from its neighbour counts: next characters (g/,
 * after the form) or (previous, next) pairs (x/), counting the occurrences with the wanted
 * neighbours, or all of them when nothing is wanted. x/ has no zones: they come from the same
 * triple's g/ counts (`zones`).
 */
function countNeighbours(
  payload: Uint8Array,
  width: 1 | 2,
  wanted: Neighbours,
  base: number,
  matches: Matches,
  zones?: Matches,
): void {
  const reader = new ByteReader(payload);
  if (width === 1) reader.varint(); // SPLIT
  const any = wanted.previous === undefined && wanted.next === undefined;
  let target = -1;
  const entries = reader.varint();
  for (let n = 0; n < entries; n++) {
    const previous = width === 2 ? reader.varint() : undefined;
    const next = reader.varint();
    if (next === wanted.next && previous === wanted.previous) target = n;
  }
  if (!any && target < 0) return;
  let doc = 0;
  for (let d = reader.varint(); d > 0; d--) {
    doc += reader.varint();
    let count = 0;
    let runs = reader.varint();
    const zone = width === 1 ? runs % 16 : undefined;
    if (width === 1) runs = Math.floor(runs / 16);
    for (; runs > 0; runs--) {
      const n = reader.varint();
      const occurrences = reader.varint();
      if (any || n === target) count += occurrences;
    }
    if (count > 0) matches.set(base + doc, { count, first: -1, zone: zone ?? zones?.get(base + doc)?.zone });
  }
}

/** A triple's positions per report: from its inline segments (g/) and split ones (p/). */
function positionsOf(inline: Segment[], split: Segment[], manifest: Manifest): Map<number, Int32Array> {
  const out = new Map<number, Int32Array>();
  const read = ({ shard, payload }: Segment, form: 'inline' | 'split') => {
    const base = manifest.shards[shard]!.base;
    const reader = new ByteReader(payload);
    if (form === 'inline') reader.varint(); // INLINE
    let doc = 0;
    for (let n = reader.varint(); n > 0; n--) {
      doc += reader.varint();
      const positions = new Int32Array(reader.varint());
      let p = 0;
      for (let k = 0; k < positions.length; k++) {
        positions[k] = p += reader.varint();
        if (form === 'inline') {
          reader.varint(); // previous
          reader.varint(); // next
        }
      }
      out.set(base + doc, positions);
    }
  };
  for (const segment of inline) if (segment.payload[0] === INLINE) read(segment, 'inline');
  for (const segment of split) read(segment, 'split');
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
