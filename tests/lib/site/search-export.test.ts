import { describe, expect, it } from 'vitest';
import {
  EXPORT_HEADER,
  exportCsv,
  exportFileName,
  exportJson,
  placeColumns,
  type ExportRecord,
} from '../../../src/lib/site/search-export.ts';

const record: ExportRecord = {
  title: '殷行街道2024年法治政府建设年度报告',
  ...placeColumns('上海市 · 杨浦区 · 殷行街道', '310110016', { province: '上海市', county: '杨浦区' }),
  divisionCode: '310110016',
  year: 2024,
  published: '2025-01-20',
  issuer: '上海市杨浦区人民政府殷行街道办事处',
  indexNumber: 'YP-2025-001',
  hits: 12,
  matchedSections: ['一、主要举措和成效', '二、存在的不足'],
  firstExcerpt: '…推进行政诉讼…',
  url: 'http://localhost:4321/reports/310110016-2024/',
};

describe('placeColumns', () => {
  it('splits a municipality’s township: no city, codes from the division code', () => {
    expect(placeColumns('上海市 · 杨浦区 · 殷行街道', '310110016', { province: '上海市', county: '杨浦区' })).toEqual({
      provinceName: '上海市',
      provinceCode: '310000',
      cityName: '',
      cityCode: '',
      countyName: '杨浦区',
      countyCode: '310110',
      townshipName: '殷行街道',
      townshipCode: '310110016',
    });
  });
  it('splits a county of a province', () => {
    expect(
      placeColumns('云南省 · 昆明市 · 安宁市', '530181', { province: '云南省', city: '昆明市', county: '安宁市' }),
    ).toMatchObject({
      provinceCode: '530000',
      cityName: '昆明市',
      cityCode: '530100',
      countyCode: '530181',
      townshipName: '',
      townshipCode: '',
    });
  });
});

describe('exportCsv', () => {
  it('writes the header and one line per report, lists joined, with a BOM for spreadsheets', () => {
    const lines = exportCsv([record]).split('\r\n');
    expect(lines[0]).toBe(`\ufeff${EXPORT_HEADER.join(',')}`);
    expect(EXPORT_HEADER).toEqual(
      expect.arrayContaining(['省', '市代码', '发布机构', '索引号', '命中次数', '匹配章节', '首个摘录']),
    );
    expect(lines[1]).toBe(
      '殷行街道2024年法治政府建设年度报告,上海市,310000,,,杨浦区,310110,殷行街道,310110016,310110016,2024,2025-01-20,上海市杨浦区人民政府殷行街道办事处,YP-2025-001,12,一、主要举措和成效；二、存在的不足,…推进行政诉讼…,http://localhost:4321/reports/310110016-2024/',
    );
    expect(lines[2]).toBe('');
  });
  it('quotes commas and quotes, and defuses formulas', () => {
    const csv = exportCsv([{ ...record, title: '关于"法治",的报告', issuer: '=HYPERLINK("x")' }]);
    expect(csv).toContain('"关于""法治"",的报告"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
  it('leaves the hit count empty for a search without a query', () => {
    expect(exportCsv([{ ...record, hits: null }]).split('\r\n')[1]).toContain(',YP-2025-001,,');
  });
});

describe('exportJson', () => {
  it('holds the same records with the query, the search address and the time', () => {
    const at = new Date('2026-11-27T12:34:56Z');
    const parsed = JSON.parse(
      exportJson([record], { query: '行政诉讼', searchUrl: 'http://x/search/?q=1', exportedAt: at }),
    );
    expect(parsed).toMatchObject({
      query: '行政诉讼',
      exportedAt: '2026-11-27T12:34:56.000Z',
      count: 1,
      results: [record],
    });
    expect(Object.keys(parsed.fields)).toEqual(Object.keys(record));
  });
});

describe('exportFileName', () => {
  const at = new Date(2026, 10, 27, 9, 5);
  it('names the query and the local time', () => {
    expect(exportFileName('行政诉讼', at, 'csv')).toBe('法治政府建设年度报告-检索-行政诉讼-20261127-0905.csv');
  });
  it('replaces characters a file system refuses, and names a filter-only search', () => {
    expect(exportFileName('"a/b" c:d', at, 'json')).toBe('法治政府建设年度报告-检索-a_b_c_d-20261127-0905.json');
    expect(exportFileName('', at, 'csv')).toBe('法治政府建设年度报告-检索-筛选结果-20261127-0905.csv');
  });
});
