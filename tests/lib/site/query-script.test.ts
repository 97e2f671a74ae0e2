import { describe, expect, it } from 'vitest';
import { traditionalCharacterMap } from '../../../src/lib/ingest/script.ts';
import { findPhrase, quotedPhrase, searchTerms, simplifyQuery } from '../../../src/lib/site/query-script.ts';

const map = traditionalCharacterMap();

describe('Traditional queries', () => {
  it('become Simplified character by character', () => {
    expect(simplifyQuery('楓橋經驗', map)).toBe('枫桥经验');
    expect(simplifyQuery('行政訴訟', map)).toBe('行政诉讼');
    expect(simplifyQuery('觀瀾街道2022年', map)).toBe('观澜街道2022年');
  });
  it('never change a Simplified query, even with characters that are also Traditional', () => {
    for (const query of ['枫桥经验', '乾县', '著力', '于是', '法治政府建设年度报告', 'ICP 12345']) expect(simplifyQuery(query, map)).toBe(query);
  });
  it('is a small map', () => {
    expect([...map.from].length).toBe([...map.to].length);
    expect([...map.from].length).toBeGreaterThan(2000);
    expect(Buffer.byteLength(JSON.stringify(map))).toBeLessThan(25_000);
  });
});

describe('searchTerms', () => {
  it('sends Han runs of three or more characters as overlapping pairs', () => {
    expect(searchTerms('行政诉讼')).toBe('行政 政诉 诉讼');
    expect(searchTerms('枫桥经验')).toBe('枫桥 桥经 经验');
  });
  it('keeps short runs, digits and Latin words whole', () => {
    expect(searchTerms('法治')).toBe('法治');
    expect(searchTerms('2022年')).toBe('2022 年');
    expect(searchTerms('12345热线')).toBe('12345 热线');
    expect(searchTerms('“行政诉讼” ICP')).toBe('行政 政诉 诉讼 ICP');
  });
});

describe('phrases', () => {
  it('recognises quoted queries in every quote style', () => {
    for (const q of ['"行政诉讼法"', '“行政诉讼法”', '「行政诉讼法」', ' “行政诉讼法” ']) expect(quotedPhrase(q)).toBe('行政诉讼法');
    expect(quotedPhrase('行政诉讼法')).toBeUndefined();
    expect(quotedPhrase('""')).toBeUndefined();
  });
  it('finds a phrase verbatim, across the spaces the index inserts, and nothing else', () => {
    expect(findPhrase('助力“枫桥经验”落地扎根. 抓纠纷', '枫桥经验')).toEqual({ index: 3, length: 4 });
    expect(findPhrase('降低社会风险。 (四)推行', '风险。(四)')).toEqual({ index: 4, length: 7 });
    expect(findPhrase('行政诉讼案件', '行政诉讼法')).toBeUndefined();
    expect(findPhrase('法治 政府', 'ICP')).toBeUndefined();
  });
});
