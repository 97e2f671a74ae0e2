import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/schema/report.ts';
import { searchFilterChoices } from '../../../src/lib/site/search-page.ts';

const report = (over: Partial<Report>) =>
  ({ region: ['广东省'], level: 'township', year: 2020, issuerType: 'government', ...over }) as Report;

describe('searchFilterChoices', () => {
  const choices = searchFilterChoices([
    report({
      region: ['云南省'],
      year: 2021,
      level: 'county',
      sections: [{ id: 's-1', heading: '一、', kind: 'plans' }],
    }),
    report({ region: ['广东省'], year: 2020, issuerType: 'department' }),
    report({
      region: ['北京市'],
      year: 2023,
      level: 'county',
      sections: [{ id: 's-1', heading: '一、', kind: 'measures' }],
    }),
    report({ region: ['云南省'], year: 2021 }),
  ]);

  it('offers only values some report has, each once', () => {
    expect(choices.issuer).toEqual(['政府', '部门']);
    expect(choices.level).toEqual(['县级', '乡镇（街道）']);
  });

  it('orders provinces by pinyin and years newest first', () => {
    expect(choices.province).toEqual(['北京市', '广东省', '云南省']);
    expect(choices.year).toEqual(['2023', '2021', '2020']);
  });

  it('lists section kinds in the schema’s order, by label', () => {
    expect(choices.section).toEqual(['主要举措和成效', '下一年度工作安排']);
  });
});
