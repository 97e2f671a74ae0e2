import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { readReportFile } from '../../../src/lib/report-file/report-file.ts';
import type { Report } from '../../../src/lib/schema/report.ts';
import { reportPageData, reportPagePaths, reportSummary, type ReportEntry } from '../../../src/lib/site/report-page.ts';
import { ROOT } from '../../helpers/paths.ts';

const gazetteer = loadGazetteer();
const SAMPLE = join(ROOT, 'content', 'reports', '广东省', '440304008-2020.md');
const sample = readReportFile(SAMPLE).data;

const report = (id: string, year: number, title = `${year}年报告`): Report =>
  ({ ...sample, id, year, title, divisionCode: '440304008' }) as Report;
const entry = (data: Report, digest = `d-${data.id}`): ReportEntry => ({
  id: data.id,
  digest,
  data,
  filePath: `${data.id}.md`,
});

describe('reportPagePaths', () => {
  const series = [report('440304008-2020', 2020), report('440304008-2021', 2021), report('440304008-2022', 2022)];

  it('gives each report its page and the same place’s previous and next years', () => {
    const paths = reportPagePaths(series.map((r) => entry(r)));
    expect(paths.map((p) => p.params.id)).toEqual(['440304008-2020', '440304008-2021', '440304008-2022']);
    expect(paths[1]!.props.neighbours.previous?.id).toBe('440304008-2020');
    expect(paths[1]!.props.neighbours.next?.id).toBe('440304008-2022');
    expect(paths[0]!.props.neighbours.previous).toBeUndefined();
  });

  it('changes a page’s cache key when a neighbour’s title changes, not when a report two years away does', () => {
    const before = reportPagePaths(series.map((r) => entry(r)));
    const retitled = reportPagePaths([series[0]!, series[1]!, { ...series[2]!, title: '新标题' }].map((r) => entry(r)));
    expect(retitled[1]!.cacheKey).not.toBe(before[1]!.cacheKey);
    expect(retitled[0]!.cacheKey).toBe(before[0]!.cacheKey);
  });

  it('changes a page’s cache key when its own file digest changes', () => {
    const before = reportPagePaths([entry(series[0]!, 'a')]);
    const after = reportPagePaths([entry(series[0]!, 'b')]);
    expect(after[0]!.cacheKey).not.toBe(before[0]!.cacheKey);
  });
});

describe('reportPageData', () => {
  const real: ReportEntry = { id: sample.id, digest: 'x', data: sample, filePath: SAMPLE };

  it('reads and renders the body from the report file, with its headings', () => {
    const page = reportPageData(real, {}, gazetteer);
    expect(page.html).toContain('<h2 id="s-1">一、主要举措</h2>');
    expect(page.headings[0]).toMatchObject({ depth: 2, text: '一、主要举措', slug: 's-1' });
  });

  it('escapes markup in the body: a capture’s HTML never reaches the page', () => {
    const page = reportPageData(real, {}, gazetteer, () => '正文<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(page.html).not.toMatch(/<script|<img/);
    expect(page.html).toContain('&lt;script&gt;');
  });

  it('leads the breadcrumb trail through the place’s divisions, province first, to the year', () => {
    const { trail } = reportPageData(real, {}, gazetteer);
    expect(trail).toEqual([
      { href: '/', label: '首页' },
      { href: '/browse/', label: '浏览' },
      { href: '/place/440000/', label: '广东省' },
      { href: '/place/440300/', label: '深圳市' },
      { href: '/place/440304/', label: '福田区' },
      { href: '/place/440304008/', label: '莲花街道' },
      { label: '2020年度' },
    ]);
  });

  it('names the page after the report, its place and year', () => {
    const page = reportPageData(real, {}, gazetteer);
    expect(page.title).toBe('莲花街道2020年法治政府建设年度报告（广东省深圳市福田区莲花街道，2020年度）');
    expect(page.description).toContain('广东省深圳市福田区莲花街道2020年度法治政府建设报告');
  });

  it('sums the report up in one line under the title: place · year · 发布日期', () => {
    expect(reportPageData(real, {}, gazetteer).summary).toBe(
      '广东省深圳市福田区莲花街道 · 2020年度 · 发布日期 2021年1月6日',
    );
    expect(reportSummary({ region: ['上海市', '杨浦区'], year: 2024, publishedAt: undefined })).toBe(
      '上海市杨浦区 · 2024年度 · 发布日期 未注明',
    );
  });

  it('links the neighbouring years by address, year and title', () => {
    const page = reportPageData(real, { next: report('440304008-2021', 2021, '下一年的报告') }, gazetteer, () => '');
    expect(page.previous).toBeUndefined();
    expect(page.next).toEqual({ href: '/reports/440304008-2021/', year: 2021, title: '下一年的报告' });
  });

  it('fails, naming the report, when the entry has no file to read', () => {
    expect(() => reportPageData({ ...real, filePath: undefined }, {}, gazetteer)).toThrow(/440304008-2020/);
  });
});
