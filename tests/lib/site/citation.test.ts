import { describe, expect, it } from 'vitest';
import { gbtReference, localIsoDate, referenceParts } from '../../../src/lib/site/citation.ts';
import { anning, url, yinhang } from './sample-reports.ts';

describe('GB/T 7714-2015 reference', () => {
  it('writes 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 网址.', () => {
    expect(gbtReference(anning.data, url, '2026-11-27')).toBe(
      `安宁市人民政府八街街道办事处. 八街街道办事处2021年度法治政府建设工作报告[EB/OL]. (2022-01-20)[2026-11-27]. ${url}.`,
    );
  });
  it('falls back to the place when no issuer or source is stated, and leaves out an unknown date', () => {
    const undated = { ...yinhang.data, publishedAt: undefined };
    expect(gbtReference(undated, url, '2026-11-27')).toBe(
      `上海市杨浦区殷行街道. 2024年度殷行街道法治政府建设工作情况报告[EB/OL]. [2026-11-27]. ${url}.`,
    );
    const { before, after } = referenceParts(anning.data, url);
    expect(before.endsWith('(2022-01-20)[')).toBe(true);
    expect(after).toBe(`]. ${url}.`);
  });
  it('dates the citation in the reader’s calendar, not UTC', () => {
    // 23:30 local on 31 December is still that day wherever the test runs.
    expect(localIsoDate(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
    expect(localIsoDate(new Date(2027, 0, 2, 0, 5))).toBe('2027-01-02');
  });
});
