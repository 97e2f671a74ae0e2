import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../src/lib/search/format/bytes.ts';
import { decodeColumn, decodeColumns, encodeColumn, encodeColumns } from '../../../src/lib/search/format/columns.ts';
import { scriptMapPieces } from '../../../src/lib/chinese-script/map-pieces.ts';
import { charFold, foldString } from '../../../src/lib/search/format/fold.ts';
import { coveringOffsets, gramHash } from '../../../src/lib/search/format/grams.ts';
import { traditionalCharacterMap } from '../../../src/lib/chinese-script/script.ts';
import { parseQuery, quotedPhrase } from '../../../src/lib/search/web/query.ts';

const fold = charFold(traditionalCharacterMap());
const folded = (s: string) => foldString(s, fold);

describe('folding', () => {
  it('folds Traditional to Simplified, full-width to half-width and Latin to lower case, one for one', () => {
    expect(folded('楓橋經驗')).toBe('枫桥经验');
    expect(folded('行政訴訟ＡＢＣ１２３ICP')).toBe('行政诉讼abc123icp');
    for (const text of ['乾县', '著力', '于是', '法治政府建设年度报告']) expect(folded(text)).toBe(text);
    const mixed = '觀瀾街道２０２２年';
    expect(folded(mixed)).toHaveLength(mixed.length);
    // Longer than one piece of the string building.
    expect(folded('楓'.repeat(20_000))).toBe('枫'.repeat(20_000));
  });

  it('names the map pieces a query needs, and only for Han characters', () => {
    expect(scriptMapPieces('ICP 12345')).toEqual([]);
    expect(scriptMapPieces('楓橋')).toEqual(
      [...new Set(['楓'.charCodeAt(0) >> 10, '橋'.charCodeAt(0) >> 10])].sort((a, b) => a - b),
    );
  });
});

describe('index pieces', () => {
  it('covers a term with triples at the start, every third character and the end', () => {
    expect(coveringOffsets(3)).toEqual([0]);
    expect(coveringOffsets(4)).toEqual([0, 1]);
    expect(coveringOffsets(6)).toEqual([0, 3]);
    expect(coveringOffsets(8)).toEqual([0, 3, 5]);
  });

  it('hashes grams to fixed values (a published index must stay readable by the next page build)', () => {
    expect(gramHash([0x6cd5, 0x6cbb])).toBe(2163868419); // 法治
    expect(gramHash([0x6cd5, 0x6cbb, 0x653f])).toBe(2542620611); // 法治政
    expect(gramHash([0x6cd5, 0x6cbb])).not.toBe(gramHash([0x6cbb, 0x6cd5]));
  });

  it('reads back what it writes: varints of every size and columns in both encodings', () => {
    const numbers = [0, 1, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 40 + 5];
    const writer = new ByteWriter(2);
    for (const n of numbers) writer.varint(n);
    const words = [0, 1, 0x12345678, 0x80000000, 0xffffffff];
    for (const w of words) writer.u32(w);
    const reader = new ByteReader(writer.finish());
    expect(numbers.map(() => reader.varint())).toEqual(numbers);
    expect(words.map(() => reader.u32())).toEqual(words);
    expect(() => reader.u32()).toThrow(/truncated/);
    const runs = [3, 3, 3, 3, 7, 7, 0xffff, 0xffff, 2];
    const varied = [1, 5, 2, 9, 0, 4, 4, 1, 3];
    expect([...decodeColumn(encodeColumn(runs))]).toEqual(runs);
    expect([...decodeColumn(encodeColumn(varied))]).toEqual(varied);
    expect(encodeColumn(Array(1000).fill(4)).length).toBeLessThan(10);
    expect(decodeColumns(encodeColumns([runs, varied])).map((c) => [...c])).toEqual([runs, varied]);
  });
});

describe('queries', () => {
  it('reads quoted phrases in every quote style, and splits an unquoted compound into its words', () => {
    expect(quotedPhrase('“行政诉讼法”')).toBe('行政诉讼法');
    expect(quotedPhrase('"行政诉讼"')).toBe('行政诉讼');
    expect(quotedPhrase('「调解成功率」')).toBe('调解成功率');
    expect(quotedPhrase('行政诉讼')).toBeUndefined();
    expect(parseQuery('“行政诉讼”')).toEqual({ terms: ['行政诉讼'], quoted: true, parts: [] });
    expect(parseQuery('矛盾纠纷化解')).toEqual({
      terms: ['矛盾纠纷化解'],
      quoted: false,
      parts: ['矛盾', '纠纷', '化解'],
    });
    // A word of the dictionary is not split.
    expect(parseQuery('行政诉讼').parts).toEqual([]);
    // Nor is a term the segmenter cuts into single characters.
    expect(parseQuery('2022年').parts).toEqual([]);
    expect(parseQuery('人民调解 12345')).toEqual({ terms: ['人民调解', '12345'], quoted: false, parts: [] });
  });
});
