import { closeSync, openSync, readSync } from 'node:fs';
import { ByteReader, ByteWriter } from './bytes.ts';
import type { SearchDocument } from './document.ts';
import { GRAM, type CharFold, foldText, gramHash, gramUnits, isSeparator } from './text.ts';

/**
 * One shard of the search index: the postings of its reports' characters, pairs and triples,
 * plus what the merge needs to publish them (result rows, filter values, the text for
 * excerpts). A shard depends only on its own reports, so shards can be built on different
 * machines and kept between builds; the merge combines any set of them.
 *
 * Postings per gram, one segment per shard:
 *   characters and pairs: n, then n × (document gap, occurrences)
 *   triples:              n, then n × (document gap, occurrences, occurrences × position gap)
 */

export const INDEX_VERSION = 2;
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
  payload: Uint8Array;
}

interface Posting {
  doc: number;
  /** Flat list: document, occurrences[, positions…] per document. */
  list: number[];
  slot: number;
}

function add(map: Map<number, Posting>, key: number, doc: number, position: number | undefined): void {
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
  if (position !== undefined) posting.list.push(position);
}

function encode(out: ByteWriter, list: number[], positional: boolean): Uint8Array {
  out.reset();
  let count = 0;
  for (let i = 0; i < list.length; i += 2 + (positional ? list[i + 1]! : 0)) count++;
  out.varint(count);
  let previousDoc = 0;
  for (let i = 0; i < list.length; ) {
    const doc = list[i]!;
    const occurrences = list[i + 1]!;
    out.varint(doc - previousDoc).varint(occurrences);
    previousDoc = doc;
    i += 2;
    if (positional) {
      let previous = 0;
      for (let k = 0; k < occurrences; k++, i++) {
        out.varint(list[i]! - previous);
        previous = list[i]!;
      }
    }
  }
  return out.view();
}

/** Keys of characters < 2^16 ≤ pairs < 2^32 ≤ triples, so the key says the gram's length. */
function keyLength(key: number): number {
  return key < 0x10000 ? 1 : key < 0x100000000 ? 2 : 3;
}

export function buildShard(
  key: string,
  digest: string,
  documents: SearchDocument[],
  fold: CharFold,
): Uint8Array {
  const grams = new Map<number, Posting>();
  documents.forEach((doc, d) => {
    const units = foldText(doc.text, fold);
    const n = units.length;
    for (let i = 0; i < n; i++) {
      const a = units[i]!;
      if (isSeparator(a)) continue;
      add(grams, a, d, undefined);
      const b = units[i + 1];
      if (b === undefined || isSeparator(b)) continue;
      add(grams, a * 0x10000 + b, d, undefined);
      const c = units[i + 2];
      if (c === undefined || isSeparator(c)) continue;
      add(grams, (a * 0x10000 + b) * 0x10000 + c, d, i);
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
  const text = documents.map((d) => d.text).join('');
  const textBytes = Buffer.from(text, 'utf16le');
  out.u32(textBytes.length).bytes(textBytes);
  out.u32(records.length);
  const scratch = new ByteWriter(1 << 16);
  for (const record of records) {
    const payload = encode(scratch, record.posting.list, record.units.length === GRAM);
    out.u32(record.hash).varint(record.units.length);
    for (const unit of record.units) out.varint(unit);
    out.varint(payload.length).bytes(payload);
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
  if (header.version !== INDEX_VERSION) throw new Error(`search shard ${header.key}: version ${header.version}, expected ${INDEX_VERSION}`);
  const text = read(u32());
  const recordCount = u32();
  return { header, text, recordCount, records: new FileRecords(fd, position) };
}

/** The header alone: enough to tell whether a cached shard is current. */
export function readShardHeader(path: string): ShardHeader | undefined {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = new Uint8Array(8);
      readSync(fd, head, 0, 8, 0);
      const view = new DataView(head.buffer);
      if (view.getUint32(0, true) !== MAGIC) return undefined;
      const json = new Uint8Array(view.getUint32(4, true));
      readSync(fd, json, 0, json.length, 8);
      return JSON.parse(new TextDecoder().decode(json)) as ShardHeader;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

class FileRecords implements RecordSource {
  private buffer = new Uint8Array(1 << 20);
  private start = 0;
  private end = 0;

  constructor(
    private readonly fd: number,
    private position: number,
  ) {}

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
    // A record's head (hash, length, code units, payload length) is at most 4 + 6×5 bytes.
    this.fill(64);
    const reader = new ByteReader(this.buffer.subarray(this.start, this.end));
    const hash = reader.u32();
    const length = reader.varint();
    const units: number[] = [];
    for (let i = 0; i < length; i++) units.push(reader.varint());
    const payloadLength = reader.varint();
    const head = reader.offset;
    this.fill(head + payloadLength);
    const payload = this.buffer.slice(this.start + head, this.start + head + payloadLength);
    this.start += head + payloadLength;
    return { hash, units, payload };
  }

  close(): void {
    closeSync(this.fd);
  }
}
