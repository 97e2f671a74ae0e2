import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { reportSchema, type Report } from '../../../src/lib/schema/report.ts';
import { COLUMNS, placeByLevel, reportsCsv, reportsJsonLine } from '../../../src/lib/site/open-data.ts';
import { anning, SITE, yinhang } from './sample-reports.ts';

describe('open data', () => {
  const gazetteer = loadGazetteer();
  const rows = [anning, yinhang].map(({ data }) => ({
    report: data,
    permalink: `${SITE}/reports/${data.id}/`,
    place: placeByLevel(data, gazetteer),
  }));
  it('splits the place into province, city, county and township names and codes (a municipality has no city)', () => {
    expect(rows[0]!.place).toEqual({
      province: { name: '云南省', code: '530000' },
      city: { name: '昆明市', code: '530100' },
      county: { name: '安宁市', code: '530181' },
      township: { name: '八街街道', code: '530181003' },
    });
    expect(rows[1]!.place.city).toBeUndefined();
    expect(rows[1]!.place.county).toEqual({ name: '杨浦区', code: '310110' });
  });
  it('CSV parses back, with a byte-order mark, one row per report and every frontmatter field', () => {
    const tricky: Report = {
      ...anning.data,
      title: '=HYPERLINK("x"),"引号",\n换行',
      corrections: [{ field: 'title', extracted: '旧', corrected: '新' }],
    };
    const csv = reportsCsv([...rows, { ...rows[0]!, report: tricky }]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const records = parseCsv(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(3);
    for (const field of Object.keys(reportSchema.shape)) expect(Object.keys(records[0]!), field).toContain(field);
    expect(records[0]).toMatchObject({
      id: '530181003-2021',
      provinceName: '云南省',
      cityCode: '530100',
      countyName: '安宁市',
      townshipCode: '530181003',
      year: '2021',
      region: '云南省/昆明市/安宁市/八街街道',
    });
    expect(JSON.parse(records[0]!.sections!)).toEqual(anning.data.sections);
    expect(records[1]).toMatchObject({ cityName: '', cityCode: '', countyName: '杨浦区' });
    // Quotes, commas and line breaks survive; a cell a spreadsheet would run as a formula is defused.
    expect(records[2]!.title).toBe(`'${tricky.title}`);
    expect(JSON.parse(records[2]!.corrections!)).toEqual(tricky.corrections);
    expect(COLUMNS.every((c) => c.description.length > 0)).toBe(true);
  });
  it('JSON Lines: one object per line with metadata, place and full text', () => {
    const line = reportsJsonLine(rows[0]!, anning.body);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    const back = JSON.parse(line);
    expect(back.metadata).toEqual(anning.data);
    expect(back.place.county.code).toBe('530181');
    expect(back.text).toContain('现将2021年法治政府建设情况报告如下');
  });
});
