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

export const INDEX_VERSION = 1;
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
export function keyLength(key: number): number {
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
  const textBytes = new Uint8Array(text.length * 2);
  const view = new DataView(textBytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), true);
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
  /** Reads the gram records in hash order. */
  reader: ByteReader;
}

export function readShard(bytes: Uint8Array): ShardFile {
  const reader = new ByteReader(bytes);
  if (reader.u32() !== MAGIC) throw new Error('not a search shard file');
  const header = JSON.parse(new TextDecoder().decode(reader.bytes(reader.u32()))) as ShardHeader;
  if (header.version !== INDEX_VERSION) throw new Error(`search shard ${header.key}: version ${header.version}, expected ${INDEX_VERSION}`);
  const text = reader.bytes(reader.u32());
  const recordCount = reader.u32();
  return { header, text, recordCount, reader };
}

export function nextRecord(reader: ByteReader): GramRecord {
  const hash = reader.u32();
  const length = reader.varint();
  const units: number[] = [];
  for (let i = 0; i < length; i++) units.push(reader.varint());
  const payload = reader.bytes(reader.varint());
  return { hash, units, payload };
}
