import { describe, expect, it } from 'vitest';
import { SEARCH_FACETS, parseSearchState } from '../../../src/lib/site/search-state.ts';
import {
  filterChips,
  otherScript,
  placesMatching,
  searchTitle,
  shareChart,
  townshipVariants,
  withoutFilter,
  withoutFilters,
  yearShares,
} from '../../../src/lib/site/search-view.ts';

describe('searchTitle', () => {
  it('puts the query and the count before the site', () => {
    expect(searchTitle('法治', 5, '库')).toBe('法治 — 5 篇 — 库');
    expect(searchTitle('', 3, '库')).toBe('全文检索 — 3 篇 — 库');
    expect(searchTitle('法治', undefined, '库')).toBe('法治 — 库');
  });
});

describe('filter chips', () => {
  const state = parseSearchState(new URLSearchParams('q=法治&year=2021&year=2024&province=上海市'));
  it('lists each chosen value with its filter’s label, in the facets’ order', () => {
    expect(filterChips(state, SEARCH_FACETS).map((c) => c.text)).toEqual([
      '省份：上海市',
      '报告年度：2021年',
      '报告年度：2024年',
    ]);
  });
  it('removes one value, or all of them, and keeps the query', () => {
    expect(withoutFilter(state, 'year', '2021').filters.year).toEqual(['2024']);
    const cleared = withoutFilters(state);
    expect(cleared.q).toBe('法治');
    expect(Object.values(cleared.filters).every((v) => v.length === 0)).toBe(true);
  });
});

describe('yearShares', () => {
  it('divides each year’s matching reports by its reports, oldest first, years without reports left out', () => {
    expect(yearShares({ '2021': 1, '2024': 2 }, { '2024': 4, '2021': 2, '2022': 0, '2020': 5 })).toEqual([
      { year: '2020', count: 0, total: 5, share: 0 },
      { year: '2021', count: 1, total: 2, share: 0.5 },
      { year: '2024', count: 2, total: 4, share: 0.5 },
    ]);
  });
  it('draws bars scaled to 100% with the figure beside them', () => {
    const chart = shareChart(yearShares({ '2021': 1 }, { '2021': 4, '2022': 1 }), {
      width: 300,
      labelWidth: 50,
      figureRoom: 50,
    });
    expect(chart.bars.map((b) => [b.label, b.display, b.width])).toEqual([
      ['2021年度', '25.0%（1/4）', 50],
      ['2022年度', '0.0%（0/1）', 0],
    ]);
  });
});

describe('zero-result help', () => {
  const places = [
    { code: '310110016', name: '上海市杨浦区殷行街道', total: 1 },
    { code: '310110', name: '上海市杨浦区', total: 3 },
    { code: '440304008', name: '廣東省深圳市福田区莲花街道', total: 1 },
  ];
  const fold = (s: string) => s.replace(/廣/g, '广').replace(/東/g, '东');
  it('finds places whose full name holds the query, most reports first, in either script', () => {
    expect(placesMatching(places, '杨浦区', fold).map((p) => p.code)).toEqual(['310110', '310110016']);
    expect(placesMatching(places, '广东 省', fold).map((p) => p.code)).toEqual(['440304008']);
    expect(placesMatching(places, '区', fold)).toEqual([]);
  });
  it('offers the other township forms of a 街道/街/镇 name', () => {
    expect(townshipVariants('殷行街道')).toEqual(['殷行街', '殷行镇']);
    expect(townshipVariants('胡家园街')).toEqual(['胡家园街道', '胡家园镇']);
    expect(townshipVariants('观澜镇')).toEqual(['观澜街道', '观澜街']);
    expect(townshipVariants('行政诉讼')).toEqual([]);
  });
  it('writes the query in the other script', () => {
    const t2s = { from: '訴訟觀瀾發髮鎭鎮', to: '诉讼观澜发发镇镇' };
    const s2t = { from: '诉讼观澜发镇', to: '訴訟觀瀾發鎮' };
    expect(otherScript('行政诉讼', t2s, s2t)).toBe('行政訴訟');
    expect(otherScript('觀瀾街道', t2s, s2t)).toBe('观澜街道');
    expect(otherScript('殷行镇', t2s, s2t)).toBe('殷行鎮');
    expect(otherScript('法治', t2s, s2t)).toBeUndefined();
  });
});
