import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import type { Report } from '../../../src/lib/schema/report.ts';
import {
  coverageCsv,
  coverageGrid,
  coverageIndex,
  coverageRegions,
  publicationStatus,
} from '../../../src/lib/site/coverage.ts';

const gazetteer = loadGazetteer();
const report = (
  id: string,
  level: Report['level'],
  year: number,
  publishedAt?: string,
  issuerType: Report['issuerType'] = 'government',
) => ({ id, divisionCode: id.split('-')[0]!, level, year, publishedAt, issuerType }) as Report;

describe('publicationStatus', () => {
  it('is late after 1 April of the following year for county level and above', () => {
    expect(publicationStatus(report('310110-2023', 'county', 2023, '2024-04-01'))).toBe('on-time');
    expect(publicationStatus(report('310110-2023', 'county', 2023, '2024-04-02'))).toBe('late');
    expect(publicationStatus(report('310000-2023', 'province', 2023, '2024-12-30'))).toBe('late');
  });
  it('does not hold townships or undated reports to the deadline', () => {
    expect(publicationStatus(report('310110016-2023', 'township', 2023, '2024-06-02'))).toBe('published');
    expect(publicationStatus(report('310110-2023', 'county', 2023))).toBe('published');
  });
});

describe('coverage grids', () => {
  const reports = [
    report('310110016-2024', 'township', 2024, '2025-02-28'),
    report('310110-2023', 'county', 2023, '2024-05-06'),
    report('310110-2023-aaaaaa', 'county', 2023, '2024-02-06', 'department'),
    report('310110-2024', 'county', 2024, '2025-03-01'),
    report('530181003-2021', 'township', 2021, '2022-01-10'),
  ];
  const index = coverageIndex(reports, gazetteer);

  it('builds pages for the country and the regions that contain reports, not for townships', () => {
    expect(index.years).toEqual([2021, 2022, 2023, 2024]);
    expect(coverageRegions(index).sort()).toEqual(['310000', '310110', '530000', '530100', '530181']);
  });
  it('lists every place of a region from the gazetteer, the ones without reports as missing', () => {
    const grid = coverageGrid(index, '310110');
    const townships = [...gazetteer.byCode.values()].filter((d) => d.ancestorCodes.at(-1) === '310110');
    expect(grid.rows.map((r) => r.code)).toEqual(townships.map((d) => d.code).sort());
    expect(grid.rows.length).toBeGreaterThan(5);
    const yinhang = grid.rows.find((r) => r.code === '310110016')!;
    expect(yinhang.cells.map((c) => c.status)).toEqual(['missing', 'missing', 'missing', 'published']);
    expect(yinhang.cells[3]).toMatchObject({ publishedAt: '2025-02-28', reportIds: ['310110016-2024'] });
    expect(grid.self!.cells.map((c) => c.status)).toEqual(['missing', 'missing', 'late', 'on-time']);
    // 2023: the government's report was late; a department's on time does not change that.
    expect(grid.self!.cells[2]!.reportIds).toEqual(['310110-2023', '310110-2023-aaaaaa']);
    expect(grid.counts).toMatchObject({ places: townships.length, placesPublished: 1, reports: 4, onTime: 1, late: 1 });
  });
  it('counts at the country level and offers drill-down only where there are reports below', () => {
    const grid = coverageGrid(index);
    expect(grid.rows).toHaveLength(31);
    expect(grid.counts).toMatchObject({ places: 31, placesPublished: 0, placesWithReports: 2, reports: 5 });
    expect(grid.rows.find((r) => r.code === '310000')).toMatchObject({ total: 4, drillDown: true });
    expect(grid.rows.find((r) => r.code === '110000')).toMatchObject({ total: 0, drillDown: false });
  });
  it('writes the same data as CSV with a byte-order mark, every report once', () => {
    const csv = coverageCsv(index);
    expect(csv.startsWith('\uFEFFregion_code,place_code,')).toBe(true);
    const rows = csv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const header = rows.shift()!;
    const col = (name: string) => header.indexOf(name);
    const expectedRows = [undefined, ...coverageRegions(index)].reduce(
      (n, code) => n + coverageGrid(index, code).rows.length * 4,
      0,
    );
    expect(rows).toHaveLength(expectedRows);
    const ids = rows.flatMap((r) => r[col('report_ids')]!.split(' ').filter(Boolean)).sort();
    expect(ids).toEqual(reports.map((r) => r.id).sort());
    const late = rows.find((r) => r[col('place_code')] === '310110' && r[col('year')] === '2023')!;
    expect(late[col('status')]).toBe('late');
    expect(late[col('published_at')]).toBe('2024-05-06');
    expect(late[col('region_code')]).toBe('310000');
  });
});
