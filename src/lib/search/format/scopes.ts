import { ByteReader, ByteWriter } from './bytes.ts';

/**
 * Where each report's sections of a known kind are in its text (c/<build>/scopes.bin), for a
 * search restricted to chosen sections: a term counts in a report only where it lies inside a
 * section of a chosen kind. Read only when sections are chosen. Per report, in document order:
 *   n, then n × (section bit, start − previous end, length)
 * where the section bit numbers manifest.values.section, as the section column does.
 */

/** Characters [from, to) of a report's text are a section of the kind numbered `bit`. */
export interface ScopeSpan {
  bit: number;
  from: number;
  to: number;
}

export function encodeScopes(docs: ScopeSpan[][]): Uint8Array {
  const out = new ByteWriter(docs.length * 8 + 16).varint(docs.length);
  for (const spans of docs) {
    out.varint(spans.length);
    let end = 0;
    for (const { bit, from, to } of spans) {
      out
        .varint(bit)
        .varint(from - end)
        .varint(to - from);
      end = to;
    }
  }
  return out.finish();
}

export function decodeScopes(bytes: Uint8Array): ScopeSpan[][] {
  const reader = new ByteReader(bytes);
  const docs: ScopeSpan[][] = [];
  for (let n = reader.varint(); n > 0; n--) {
    const spans: ScopeSpan[] = [];
    let end = 0;
    for (let k = reader.varint(); k > 0; k--) {
      const bit = reader.varint();
      const from = end + reader.varint();
      end = from + reader.varint();
      spans.push({ bit, from, to: end });
    }
    docs.push(spans);
  }
  return docs;
}

/** True when characters [at, at + length) lie inside one of the spans whose bit is in `bits` (a mask). */
export function insideScope(spans: ScopeSpan[], bits: number, at: number, length: number): boolean {
  for (const span of spans) if (bits & (1 << span.bit) && at >= span.from && at + length <= span.to) return true;
  return false;
}
