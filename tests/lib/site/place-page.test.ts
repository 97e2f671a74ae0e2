import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import type { Report } from '../../../src/lib/schema/report.ts';
import { buildPlaceTree } from '../../../src/lib/site/catalog.ts';
import { placePageData, placePagePaths } from '../../../src/lib/site/place-page.ts';

const gazetteer = loadGazetteer();
const report = (id: string, divisionCode: string, year: number, title = `${id}报告`) =>
  ({ id, divisionCode, year, title, issuerType: 'government' }) as Report;
const reports = [report('440304008-2020', '440304008', 2020), report('440304-2021', '440304', 2021)];

describe('placePagePaths', () => {
  it('gives every place in the tree a page, ancestors included', () => {
    const codes = placePagePaths(buildPlaceTree(reports, gazetteer)).map((p) => p.params.code);
    expect(codes).toEqual(['440000', '440300', '440304', '440304008']);
  });

  it('changes only the cache keys of the places whose part of the tree changed', () => {
    const keys = (list: Report[]) =>
      new Map(placePagePaths(buildPlaceTree(list, gazetteer)).map((p) => [p.params.code, p.cacheKey]));
    const before = keys(reports);
    const after = keys([reports[0]!, { ...reports[1]!, title: '改过的标题' }]);
    expect(after.get('440304')).not.toBe(before.get('440304'));
    expect(after.get('440304008')).toBe(before.get('440304008'));
  });
});

describe('placePageData', () => {
  const county = placePagePaths(buildPlaceTree(reports, gazetteer)).find((p) => p.params.code === '440304')!.props.node;

  it('names the place in full, province first, with a trail through its ancestors', () => {
    const page = placePageData(county, gazetteer);
    expect(page.fullName).toBe('广东省深圳市福田区');
    expect(page.trail).toEqual([
      { href: '/', label: '首页' },
      { href: '/browse/', label: '浏览' },
      { href: '/place/440000/', label: '广东省' },
      { href: '/place/440300/', label: '深圳市' },
      { label: '福田区' },
    ]);
  });

  it('states level, code and the count of reports of the place and every place inside it', () => {
    const page = placePageData(county, gazetteer);
    expect(page.summary).toBe('县级 · 区划代码 440304 · 共 2 份报告');
    expect(page.own.map((r) => r.id)).toEqual(['440304-2021']);
  });
});
