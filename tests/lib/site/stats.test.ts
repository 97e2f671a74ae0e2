import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import type { Report } from '../../../src/lib/schema/report.ts';
import {
  barChartLayout,
  percent,
  reportsPerLevel,
  reportsPerProvince,
  reportsPerYear,
  termShareByYear,
  termSharesOfTexts,
  timelinessPerYear,
} from '../../../src/lib/site/stats.ts';

const gazetteer = loadGazetteer();
const report = (id: string, level: Report['level'], year: number, publishedAt?: string) =>
  ({ id, divisionCode: id.split('-')[0]!, level, year, publishedAt }) as Report;

const reports = [
  report('310110-2023', 'county', 2023, '2024-03-30'),
  report('310110-2024', 'county', 2024, '2025-04-02'),
  report('310000-2024', 'province', 2024, '2025-03-02'),
  report('310110016-2024', 'township', 2024, '2025-06-01'),
  report('530181003-2021', 'township', 2021),
  report('530181-2021', 'county', 2021),
];

describe('stats', () => {
  it('counts reports per province, year and level', () => {
    expect(reportsPerProvince(reports, gazetteer)).toEqual([
      { label: '上海市', value: 4 },
      { label: '云南省', value: 2 },
    ]);
    expect(reportsPerYear(reports).map((d) => [d.label, d.value])).toEqual([
      ['2021年度', 2],
      ['2023年度', 1],
      ['2024年度', 3],
    ]);
    // national, province, city, county, township
    expect(reportsPerLevel(reports).map((d) => d.value)).toEqual([0, 1, 0, 3, 2]);
  });
  it('measures timeliness only over dated reports the deadline binds', () => {
    expect(timelinessPerYear(reports)).toEqual([
      { year: 2021, onTime: 0, late: 0, undated: 1, share: undefined },
      { year: 2023, onTime: 1, late: 0, undated: 0, share: 1 },
      { year: 2024, onTime: 1, late: 1, undated: 0, share: 0.5 },
    ]);
  });
  it("gives the share of each year's reports that contain a term", () => {
    const shares = termShareByYear(
      new Map([[2024, 1]]),
      new Map([
        [2024, 4],
        [2023, 2],
      ]),
    );
    expect(shares).toEqual([
      { year: 2023, count: 0, total: 2, share: 0 },
      { year: 2024, count: 1, total: 4, share: 0.25 },
    ]);
    expect(percent(0.25)).toBe('25.0%');
  });
  it('counts, over report texts, the share per year of each term', () => {
    const texts = [
      { year: 2023, text: '推进行政复议体制改革' },
      { year: 2024, text: '优化营商环境' },
      { year: 2024, text: '行政复议和营商环境' },
    ];
    expect(termSharesOfTexts(texts, ['行政复议', '营商环境'])).toEqual([
      [
        { year: 2023, count: 1, total: 1, share: 1 },
        { year: 2024, count: 1, total: 2, share: 0.5 },
      ],
      [
        { year: 2023, count: 0, total: 1, share: 0 },
        { year: 2024, count: 2, total: 2, share: 1 },
      ],
    ]);
  });
  it('lays bars out proportionally to the largest value, one row each', () => {
    const layout = barChartLayout([
      { label: 'a', value: 10 },
      { label: 'b', value: 5 },
      { label: 'c', value: 0 },
    ]);
    const [a, b, c] = layout.bars;
    expect(b!.width).toBeCloseTo(a!.width / 2, 1);
    expect(c!.width).toBe(0);
    expect(a!.width).toBeLessThan(layout.width - layout.labelWidth);
    expect(b!.y - a!.y).toBe(layout.rowHeight);
    const shares = barChartLayout([{ label: 'x', value: 0.5 }], { max: 1 });
    expect(shares.bars[0]!.width).toBeCloseTo((shares.width - shares.labelWidth - 90) / 2, 0);
  });
});
