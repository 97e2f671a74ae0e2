import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../src/lib/ingest/decode.ts';

const TEXT = '莲花街道2020年法治政府建设年度报告：推进“枫桥经验”落地。';

describe('decodeCapture', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeCapture(Buffer.from(TEXT))).toEqual({ ok: true, value: { text: TEXT, encoding: 'utf-8' } });
    expect(decodeCapture(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toMatchObject({
      value: { text: TEXT },
    });
  });
  it('reads GB18030/GBK captures without mangling them', () => {
    expect(decodeCapture(iconv.encode(TEXT, 'gbk'))).toEqual({ ok: true, value: { text: TEXT, encoding: 'gb18030' } });
  });
  it('reads Big5 captures of traditional text', () => {
    const traditional = '蓮花街道2020年法治政府建設年度報告：推進楓橋經驗落地扎根，加強組織領導。';
    expect(decodeCapture(iconv.encode(traditional, 'big5'))).toEqual({
      ok: true,
      value: { text: traditional, encoding: 'big5' },
    });
  });
  it('refuses empty and binary files with a reason', () => {
    expect(decodeCapture(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeCapture(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/binary/),
    });
  });
});

describe('truncated captures', () => {
  it('reads UTF-8 cut mid-character as UTF-8, flagged, instead of mangling it as GB18030', () => {
    const bytes = Buffer.from(TEXT);
    const cut = bytes.subarray(0, bytes.length - 2);
    const result = decodeCapture(cut);
    expect(result).toMatchObject({ ok: true, value: { encoding: 'utf-8', truncated: true } });
    if (result.ok) expect(TEXT.startsWith(result.value.text)).toBe(true);
  });
});
