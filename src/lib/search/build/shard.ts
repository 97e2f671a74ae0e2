import { closeSync, openSync, readSync } from 'node:fs';
import { ByteReader, ByteWriter } from '../format/bytes.ts';
import type { SearchDocument } from './document.ts';
import { type CharFold, foldText } from '../format/fold.ts';
import { GRAM, gramHash, gramUnits, isSeparator, zoneAt } from '../format/grams.ts';
import { INDEX_VERSION, INLINE, SPLIT } from '../format/manifest.ts';

/**
 * One shard of the search index: the postings of its reports' characters, pairs and triples,
 * plus what the merge needs to publish them (result rows, filter values, the text for
 * excerpts). A shard depends only on its own reports, so shards can be built on different
 * machines and kept between builds; the merge combines any set of them.
 *
 * Postings per gram, one segment per shard. Characters and pairs have one payload:
 *   n, then n × (document gap, occurrences)
 * A triple's segment starts with its form (a neighbour is its code unit + 1; 0 is whitespace
 * or the end of the text). A triple seen a few times in the shard (most are; INLINE_LIST_LENGTH)
 * keeps everything in one payload:
 *   INLINE, n, then n × (document gap, occurrences, occurrences × (position gap, previous, next))
 * A more frequent one is split into three payloads, published in three file sets, so that a
 * query fetches only what its length needs:
 *   [0] g/: SPLIT, the next characters seen, then per document the occurrences of each and
 *           where in the document the first one is (its zone, 0–15: grams.ts, ZONE_CHARS):
 *           k, k × next; n, then n × (document gap, m × 16 + zone, m × (next number, occurrences))
 *           → exact reports and counts for terms of 3 and 4 characters (5: the zone of x/'s)
 *   [1] x/: the same for (previous, next) pairs, k × (previous, next)
 *           → exact reports and counts for terms of 5 characters (the middle triple)
 *   [2] p/: n, then n × (document gap, occurrences, occurrences × position gap)
 *           → terms of 6 characters and more, whose triples' positions must line up
 */

/** Posting list length (2 numbers per report, 1 per occurrence) up to which a triple stays inline: ~8 occurrences. */
const INLINE_LIST_LENGTH = 24;
const MAGIC = 0x31525341; // "ASR1"

export type ShardDoc = Omit<SearchDocument, 'text'> & { textLength: number };

export interface ShardHeader {
  version: number;
  key: string;
  digest: string;
  docs: ShardDoc[];
}

export interface GramRecord {
  hash: number;
  units: number[];
  /** One payload for characters, pairs and inline triples, three for split triples (see above). */
  payloads: Uint8Array[];
}

interface Posting {
  doc: number;
  /** Flat list: document, occurrences[, occurrences × position in the shard's text] per document. */
  list: number[];
  slot: number;
}

function add(map: Map<number, Posting>, key: number, doc: number): Posting {
  let posting = map.get(key);
  if (!posting) {
    posting = { doc: -1, list: [], slot: 0 };
    map.set(key, posting);
  }
  if (posting.doc !== doc) {
    posting.doc = doc;
    posting.slot = posting.list.length + 1;
    posting.list.push(doc, 0);
  }
  posting.list[posting.slot]!++;
  return posting;
}

/** Characters and pairs: documents and occurrences. */
function encodeCounts(out: ByteWriter, list: number[]): Uint8Array {
  out.reset().varint(list.length / 2);
  let previousDoc = 0;
  for (let i = 0; i < list.length; i += 2) {
    out.varint(list[i]! - previousDoc).varint(list[i + 1]!);
    previousDoc = list[i]!;
  }
  return out.view();
}

/**
 * The shard's folded texts end to end, so that a triple's posting list holds one number per
 * occurrence and its neighbours are read from the text when it is encoded.
 */
class ShardText {
  readonly units: Uint16Array;
  readonly starts: number[] = [];

  constructor(texts: Uint16Array[]) {
    this.units = new Uint16Array(texts.reduce((sum, t) => sum + t.length, 0));
    let at = 0;
    for (const text of texts) {
      this.starts.push(at);
      this.units.set(text, at);
      at += text.length;
    }
    this.starts.push(at);
  }

  /** The neighbour at `at` as stored: code unit + 1, or 0 for whitespace or outside document `doc`. */
  neighbour(doc: number, at: number): number {
    if (at < this.starts[doc]! || at >= this.starts[doc + 1]!) return 0;
    const code = this.units[at]!;
    return isSeparator(code) ? 0 : code + 1;
  }

  /** The zone (grams.ts) of document `doc`'s text the position `at` is in. */
  zoneOf(doc: number, at: number): number {
    return zoneAt(at - this.starts[doc]!);
  }

  /** Next character of the triple at `at`, or (previous, next) as previous × 2^17 + next. */
  neighbours(doc: number, at: number, width: 1 | 2): number {
    const next = this.neighbour(doc, at + GRAM);
    return width === 1 ? next : this.neighbour(doc, at - 1) * 0x20000 + next;
  }
}

/** Calls `each(doc, occurrences, start)` for every document of a triple's list (start: its first position's index). */
function forEachDoc(list: number[], each: (doc: number, occurrences: number, start: number) => void): number {
  let documents = 0;
  for (let i = 0; i < list.length; i += 2 + list[i + 1]!) {
    each(list[i]!, list[i + 1]!, i + 2);
    documents++;
  }
  return documents;
}

const scratchNumbers = new Int32Array(1 << 16);

/**
 * Split triples, per document, the occurrences counted by neighbour: the neighbours are
 * numbered most frequent first, so the common case compresses to a run of small numbers.
 */
function encodeNeighbours(out: ByteWriter, list: number[], text: ShardText, width: 1 | 2): Uint8Array {
  const frequency = new Map<number, number>();
  const documents = forEachDoc(list, (doc, occurrences, start) => {
    for (let k = start; k < start + occurrences; k++) {
      const key = text.neighbours(doc, list[k]!, width);
      frequency.set(key, (frequency.get(key) ?? 0) + 1);
    }
  });
  const table = [...frequency].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([key]) => key);
  const number = new Map(table.map((key, n) => [key, n]));
  out.reset();
  if (width === 1) out.varint(SPLIT);
  out.varint(table.length);
  for (const key of table) {
    if (width === 2) out.varint(Math.floor(key / 0x20000));
    out.varint(key % 0x20000);
  }
  out.varint(documents);
  let previousDoc = 0;
  forEachDoc(list, (doc, occurrences, start) => {
    out.varint(doc - previousDoc);
    previousDoc = doc;
    // Where an excerpt should start looking (the exact positions are in p/).
    const zone = width === 1 ? text.zoneOf(doc, list[start]!) : 0;
    if (table.length === 1) {
      out
        .varint(width === 1 ? 16 + zone : 1)
        .varint(0)
        .varint(occurrences);
      return;
    }
    // The document's neighbour numbers, sorted (few: insertion sort), then counted in runs.
    const numbers = occurrences <= scratchNumbers.length ? scratchNumbers : new Int32Array(occurrences);
    for (let k = 0; k < occurrences; k++) {
      const n = number.get(text.neighbours(doc, list[start + k]!, width))!;
      let j = k;
      while (j > 0 && numbers[j - 1]! > n) numbers[j] = numbers[--j]!;
      numbers[j] = n;
    }
    let runs = 1;
    for (let k = 1; k < occurrences; k++) if (numbers[k] !== numbers[k - 1]) runs++;
    out.varint(width === 1 ? runs * 16 + zone : runs);
    for (let k = 0; k < occurrences;) {
      let j = k;
      while (j < occurrences && numbers[j] === numbers[k]) j++;
      out.varint(numbers[k]!).varint(j - k);
      k = j;
    }
  });
  return out.view().slice();
}

/** Positions in each document (with the neighbours, for an inline triple). */
function encodeOccurrences(out: ByteWriter, list: number[], text: ShardText, inline: boolean): Uint8Array {
  out.reset();
  if (inline) out.varint(INLINE);
  out.varint(forEachDoc(list, () => undefined));
  let previousDoc = 0;
  forEachDoc(list, (doc, occurrences, start) => {
    out.varint(doc - previousDoc).varint(occurrences);
    previousDoc = doc;
    let previous = 0;
    for (let k = start; k < start + occurrences; k++) {
      const at = list[k]!;
      const local = at - text.starts[doc]!;
      out.varint(local - previous);
      previous = local;
      if (inline) out.varint(text.neighbour(doc, at - 1)).varint(text.neighbour(doc, at + GRAM));
    }
  });
  return out.view().slice();
}

/** Keys of characters < 2^16 ≤ pairs < 2^32 ≤ triples, so the key says the gram's length. */
function keyLength(key: number): number {
  return key < 0x10000 ? 1 : key < 0x100000000 ? 2 : 3;
}

export function buildShard(key: string, digest: string, documents: SearchDocument[], fold: CharFold): Uint8Array {
  const grams = new Map<number, Posting>();
  const text = new ShardText(documents.map((doc) => foldText(doc.text, fold)));
  const all = text.units;
  documents.forEach((_, d) => {
    const end = text.starts[d + 1]!;
    for (let i = text.starts[d]!; i < end; i++) {
      const a = all[i]!;
      if (isSeparator(a)) continue;
      add(grams, a, d);
      if (i + 1 >= end) continue;
      const b = all[i + 1]!;
      if (isSeparator(b)) continue;
      add(grams, a * 0x10000 + b, d);
      if (i + 2 >= end) continue;
      const c = all[i + 2]!;
      if (isSeparator(c)) continue;
      add(grams, (a * 0x10000 + b) * 0x10000 + c, d).list.push(i);
    }
  });
  const records = [...grams.entries()].map(([gramKey, posting]) => {
    const units = gramUnits(gramKey, keyLength(gramKey));
    return { key: gramKey, hash: gramHash(units), units, posting };
  });
  records.sort((x, y) => x.hash - y.hash || x.key - y.key);

  const header: ShardHeader = {
    version: INDEX_VERSION,
    key,
    digest,
    docs: documents.map(({ text, ...doc }) => ({ ...doc, textLength: text.length })),
  };
  const out = new ByteWriter(1 << 20);
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  out.u32(MAGIC).u32(headerBytes.length).bytes(headerBytes);
  // The published text, as written (the index holds it folded).
  const textBytes = Buffer.from(documents.map((d) => d.text).join(''), 'utf16le');
  out.u32(textBytes.length).bytes(textBytes);
  out.u32(records.length);
  const scratch = new ByteWriter(1 << 16);
  for (const { hash, units, posting } of records) {
    const { list } = posting;
    // A triple's list holds 2 numbers per document and 1 per occurrence.
    const payloads =
      units.length !== GRAM
        ? [encodeCounts(scratch, list)]
        : list.length <= INLINE_LIST_LENGTH
          ? [encodeOccurrences(scratch, list, text, true)]
          : [
              encodeNeighbours(scratch, list, text, 1),
              encodeNeighbours(scratch, list, text, 2),
              encodeOccurrences(scratch, list, text, false),
            ];
    out.u32(hash).varint(units.length);
    for (const unit of units) out.varint(unit);
    for (const payload of payloads) out.varint(payload.length).bytes(payload);
  }
  return out.finish();
}

export interface ShardFile {
  header: ShardHeader;
  /** The shard's text, UTF-16LE, documents one after another. */
  text: Uint8Array;
  recordCount: number;
  /** The gram records in hash order, read as they are needed. */
  records: RecordSource;
}

export interface RecordSource {
  next(): GramRecord;
  close(): void;
}

/**
 * Reads a shard file's parts without holding its records in memory: the merge of a national
 * index reads every shard at once, a record at a time.
 */
export function openShard(path: string): ShardFile {
  const fd = openSync(path, 'r');
  let position = 0;
  const read = (length: number) => {
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, out, done, length - done, position + done);
      if (n === 0) throw new Error(`${path}: truncated search shard`);
      done += n;
    }
    position += length;
    return out;
  };
  const u32 = () => new DataView(read(4).buffer).getUint32(0, true);
  if (u32() !== MAGIC) throw new Error(`${path}: not a search shard file`);
  const header = JSON.parse(new TextDecoder().decode(read(u32()))) as ShardHeader;
  if (header.version !== INDEX_VERSION)
    throw new Error(`search shard ${header.key}: version ${header.version}, expected ${INDEX_VERSION}`);
  const text = read(u32());
  const recordCount = u32();
  return { header, text, recordCount, records: new FileRecords(fd, position) };
}

class FileRecords implements RecordSource {
  private buffer = new Uint8Array(1 << 20);
  private start = 0;
  private end = 0;
  private readonly fd: number;
  private position: number;

  constructor(fd: number, position: number) {
    this.fd = fd;
    this.position = position;
  }

  /** Makes at least `length` unread bytes available (fewer only at the end of the file). */
  private fill(length: number): void {
    if (this.end - this.start >= length) return;
    if (length > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(length, this.buffer.length * 2));
      bigger.set(this.buffer.subarray(this.start, this.end));
      this.buffer = bigger;
    } else this.buffer.copyWithin(0, this.start, this.end);
    this.end -= this.start;
    this.start = 0;
    while (this.end < this.buffer.length) {
      const n = readSync(this.fd, this.buffer, this.end, this.buffer.length - this.end, this.position);
      if (n === 0) break;
      this.end += n;
      this.position += n;
    }
  }

  next(): GramRecord {
    // A record's head (hash, length, code units) is at most 4 + 4×5 bytes.
    this.fill(64);
    const reader = new ByteReader(this.buffer.subarray(this.start, this.end));
    const hash = reader.u32();
    const length = reader.varint();
    const units: number[] = [];
    for (let i = 0; i < length; i++) units.push(reader.varint());
    this.start += reader.offset;
    const payloads: Uint8Array[] = [];
    // A split triple's first payload starts with SPLIT (one byte) and two more follow.
    for (let p = 1; p > 0; p--) {
      this.fill(8);
      const head = new ByteReader(this.buffer.subarray(this.start, this.end));
      const size = head.varint();
      this.fill(head.offset + size);
      const payload = this.buffer.slice(this.start + head.offset, this.start + head.offset + size);
      payloads.push(payload);
      this.start += head.offset + size;
      if (payloads.length === 1 && length === GRAM && payload[0] === SPLIT) p += 2;
    }
    return { hash, units, payloads };
  }

  close(): void {
    closeSync(this.fd);
  }
}
