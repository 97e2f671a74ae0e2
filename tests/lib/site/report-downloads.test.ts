import { describe, expect, it } from 'vitest';
import { formatKilobytes, reportJson, reportText } from '../../../src/lib/site/report-downloads.ts';
import { anning, url } from './sample-reports.ts';

describe('report downloads', () => {
  it('JSON: metadata, each section with its kind and its own text, the preamble and the whole text', () => {
    const json = reportJson(anning.data, anning.body, url);
    expect(json.metadata).toEqual(anning.data);
    expect(json.sections.map((s) => [s.id, s.kind])).toEqual([
      ['s-1', 'measures'],
      ['s-2', 'shortcomings'],
      ['s-3', 'plans'],
    ]);
    expect(json.sections[0]!.heading).toBe('一、2021年度法治政府建设的主要举措和成效');
    // A subsection stays in its section; the next section's heading does not.
    expect(json.sections[0]!.text).toContain('(一)严格履行推进法治建设第一责任人职责。');
    expect(json.sections[0]!.text).not.toContain('二、存在问题');
    expect(json.preamble).toMatch(/^2021年八街街道以习近平新时代中国特色社会主义思想为指导/);
    const rebuilt = [json.preamble, ...json.sections.flatMap((s) => [s.heading, s.text])].join('\n');
    expect(rebuilt).toBe(json.text);
    expect(json.text).not.toMatch(/^#/m);
  });
  it('plain text: title, a short header with the permalink, the text without Markdown syntax', () => {
    const text = reportText(anning.data, anning.body, url);
    expect(text.split('\n').slice(0, 2)).toEqual([
      '八街街道办事处2021年度法治政府建设工作报告',
      '地区：云南省昆明市安宁市八街街道',
    ]);
    expect(text).toContain(`本站网址：${url}`);
    expect(text).toContain('\n一、2021年度法治政府建设的主要举措和成效\n');
    expect(text).not.toMatch(/^#+ /m);
  });
  it('sizes in KB of 1,024 bytes', () => {
    expect(formatKilobytes(0)).toBe('0.0 KB');
    expect(formatKilobytes(1536)).toBe('1.5 KB');
  });
});
