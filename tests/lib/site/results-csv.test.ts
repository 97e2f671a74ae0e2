import { describe, expect, it } from 'vitest';
import { resultsCsv } from '../../../src/lib/site/results-csv.ts';

describe('resultsCsv', () => {
  const row = {
    title: '莲花街道2020年法治政府建设年度报告',
    place: '广东省 · 深圳市',
    code: '440304008',
    year: '2020',
    published: '2021-01-06',
    url: 'http://localhost:4321/reports/440304008-2020/',
  };
  it('writes a header and one line per result, with a BOM for spreadsheets', () => {
    expect(resultsCsv([row])).toBe(
      '\ufeff标题,地区,区划代码,年度,发布日期,链接\r\n莲花街道2020年法治政府建设年度报告,广东省 · 深圳市,440304008,2020,2021-01-06,http://localhost:4321/reports/440304008-2020/\r\n',
    );
  });
  it('quotes commas and quotes, and defuses formulas', () => {
    const csv = resultsCsv([{ ...row, title: '关于"法治",的报告', place: '=HYPERLINK("x")' }]);
    expect(csv).toContain('"关于""法治"",的报告"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
