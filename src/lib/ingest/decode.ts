/** Turns the bytes of a capture into text without mangling its characters. */

export interface DecodedCapture {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'big5';
  /** The file ends in the middle of a character: the capture was cut short. */
  truncated?: boolean;
}

export type DecodeResult = { ok: true; value: DecodedCapture } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function tryDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of characters that are common CJK ideographs: tells GB18030 from Big5 misreads. */
function hanShare(text: string): number {
  const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return han / Math.max(1, text.replace(/\s/g, '').length);
}

export function decodeCapture(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not a text or HTML capture' };

  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  const utf8 = tryDecode(body, 'utf-8');
  if (utf8 !== undefined) return { ok: true, value: { text: utf8, encoding: 'utf-8' } };
  // A download cut mid-character is still UTF-8: reading it as GB18030 would mangle all of it.
  for (let cut = 1; cut <= 3 && cut < body.length; cut++) {
    const prefix = tryDecode(body.subarray(0, body.length - cut), 'utf-8');
    if (prefix !== undefined) return { ok: true, value: { text: prefix, encoding: 'utf-8', truncated: true } };
  }

  // Not UTF-8: Chinese portals serve GB2312/GBK (superset: GB18030) and sometimes Big5.
  const gb = tryDecode(body, 'gb18030');
  const big5 = tryDecode(body, 'big5');
  if (gb !== undefined && (big5 === undefined || hanShare(gb) >= hanShare(big5))) {
    return { ok: true, value: { text: gb, encoding: 'gb18030' } };
  }
  if (big5 !== undefined) return { ok: true, value: { text: big5, encoding: 'big5' } };
  return { ok: false, reason: 'not valid UTF-8, GB18030 or Big5 text' };
}
