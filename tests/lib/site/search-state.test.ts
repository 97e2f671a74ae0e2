import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  parseSearchState,
  searchUrlNotice,
  searchUrlProblems,
  withoutUnknownFilters,
} from '../../../src/lib/site/search-state.ts';

describe('search query normalisation', () => {
  it('treats a query of only quotes and spaces as no query', () => {
    for (const q of ['"', '""', '“”', '「」', '『 』', ' " " ', '\u3000\u3000', "''", '＂＂'])
      expect(normalizeQuery(q), JSON.stringify(q)).toBe('');
    expect(parseSearchState(new URLSearchParams('q=%E2%80%9C%E2%80%9D')).q).toBe('');
  });

  it('keeps quotes that enclose a query', () => {
    expect(normalizeQuery(' “枫桥经验” ')).toBe('“枫桥经验”');
  });

  it('caps a query at MAX_QUERY_LENGTH characters, counting characters, not UTF-16 units', () => {
    expect(normalizeQuery('法'.repeat(500))).toBe('法'.repeat(MAX_QUERY_LENGTH));
    expect([...normalizeQuery('𠀀'.repeat(300))]).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('search address problems', () => {
  const known = { year: ['2020', '2021'], level: ['市级', '县级'] };

  it('names unknown fixed-facet values and sort keys, and leaves cities and counties open', () => {
    const params = new URLSearchParams(
      'q=x&year=1900&year=2020&level=%E6%9C%AA%E7%9F%A5&city=%E4%B8%8D%E5%AD%98%E5%9C%A8&sort=bogus',
    );
    const problems = searchUrlProblems(params, known);
    expect(problems).toEqual({
      unknownFilters: [
        { key: 'level', label: '行政层级', value: '未知' },
        { key: 'year', label: '报告年度', value: '1900' },
      ],
      unknownSort: 'bogus',
      queryCapped: false,
    });
    const state = withoutUnknownFilters(parseSearchState(params), problems);
    expect(state.filters.year).toEqual(['2020']);
    expect(state.filters.level).toEqual([]);
    expect(state.filters.city).toEqual(['不存在']);
    expect(searchUrlNotice(problems)).toBe(
      '网址中的以下条件无法识别，检索时未使用：行政层级“未知”、报告年度“1900”、排序方式“bogus”。',
    );
  });

  it('says the query was capped', () => {
    const problems = searchUrlProblems(new URLSearchParams({ q: '法'.repeat(201) }), known);
    expect(problems.queryCapped).toBe(true);
    expect(searchUrlNotice(problems)).toBe(`检索词过长，只检索了前 ${MAX_QUERY_LENGTH} 个字。`);
  });

  it('has nothing to say about a sound address', () => {
    const problems = searchUrlProblems(new URLSearchParams('q=%E6%B3%95&year=2021&sort=year-desc'), known);
    expect(problems).toEqual({ unknownFilters: [], queryCapped: false });
    expect(searchUrlNotice(problems)).toBe('');
  });
});
