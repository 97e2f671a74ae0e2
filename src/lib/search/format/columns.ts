import { ByteReader, ByteWriter } from './bytes.ts';

/**
 * A filter column (one number per report, in document order) as published: either runs of
 * equal values, which is what place columns are since reports are ordered by division code,
 * or one varint per report, whichever is smaller.
 */

const RAW = 0;
const RUNS = 1;

export function encodeColumn(values: ArrayLike<number>): Uint8Array {
  const raw = new ByteWriter(values.length + 16).varint(RAW).varint(values.length);
  for (let i = 0; i < values.length; i++) raw.varint(values[i]!);
  const runs = new ByteWriter(1024).varint(RUNS).varint(values.length);
  for (let i = 0; i < values.length;) {
    let j = i;
    while (j < values.length && values[j] === values[i]) j++;
    runs.varint(values[i]!).varint(j - i);
    i = j;
  }
  return (runs.length < raw.length ? runs : raw).finish();
}

export function decodeColumn(bytes: Uint8Array): Uint16Array {
  const reader = new ByteReader(bytes);
  const kind = reader.varint();
  const out = new Uint16Array(reader.varint());
  if (kind === RAW) for (let i = 0; i < out.length; i++) out[i] = reader.varint();
  else
    for (let i = 0; i < out.length;) {
      const value = reader.varint();
      out.fill(value, i, (i += reader.varint()));
    }
  return out;
}

/** Several columns in one file: each as its byte length and its encoding. */
export function encodeColumns(columns: Array<ArrayLike<number>>): Uint8Array {
  const out = new ByteWriter(1024);
  for (const column of columns) {
    const encoded = encodeColumn(column);
    out.varint(encoded.length).bytes(encoded);
  }
  return out.finish();
}

export function decodeColumns(bytes: Uint8Array): Uint16Array[] {
  const reader = new ByteReader(bytes);
  const columns: Uint16Array[] = [];
  while (!reader.done) columns.push(decodeColumn(reader.bytes(reader.varint())));
  return columns;
}
