import { describe, expect, it } from 'vitest';
import { classifySection, escapeMarkdown, toMarkdown } from '../../../src/lib/ingest/structure.ts';
import { renderReport } from '../../../src/lib/markdown/render.ts';

describe('toMarkdown', () => {
  it('turns 一、 into level-2 and (一)/（一） into level-3 headings', () => {
    const md = toMarkdown(['一、主要举措', '(一)加强组织领导', '（二）完善制度机制', '二、存在问题']);
    expect(md).toBe('## 一、主要举措\n\n### (一)加强组织领导\n\n### （二）完善制度机制\n\n## 二、存在问题\n');
  });

  it('splits a heading run into its first sentence', () => {
    const md = toMarkdown(['(二)强化责任落实,进一步做深做实民主法治示范社区培育。一是开展第三批培育工作。']);
    expect(md).toBe('### (二)强化责任落实,进一步做深做实民主法治示范社区培育。\n\n一是开展第三批培育工作。\n');
  });

  it('keeps a long heading without a full stop whole', () => {
    const line = '一、本街道主要负责人2024年度履行推进法治政府建设第一责任人职责,加强法治政府建设的有关情况';
    expect(toMarkdown([line])).toBe(`## ${line}\n`);
  });

  it('makes 1. and 1、 items an ordered list that keeps the printed numbers', () => {
    const md = toMarkdown([
      '1.建立制度。',
      '2、成立工作组。',
      '其次,构建服务体系。',
      '5. 突出重点对象。',
      '6.开展宣传。',
    ]);
    const html = renderReport(md).html;
    const items = (list: string) => [...list.matchAll(/<li[^>]*>\s*(?:<p>)?([^<]*)/g)].map((m) => m[1]);
    const lists = [...html.matchAll(/<ol( start="\d+")?>([\s\S]*?)<\/ol>/g)];
    expect(lists.map((m) => [m[1] ?? '', items(m[2]!)])).toEqual([
      ['', ['建立制度。', '成立工作组。']],
      [' start="5"', ['突出重点对象。', '开展宣传。']],
    ]);
  });

  it('starts a new list when printed numbering restarts, so numbers are not rewritten', () => {
    const html = renderReport(toMarkdown(['1.甲。', '2.乙。', '1.丙。', '2.丁。'])).html;
    expect(html.match(/<ol/g)).toHaveLength(2);
  });

  it('makes -- and • bullets list items, and reads a lost parenthesis 一) as a subsection', () => {
    const md = toMarkdown(['一)完善依法决策机制', '--健全决策程序。', '--推行法律顾问制度。', '• 开展案卷评查。']);
    expect(md).toBe('### 一)完善依法决策机制\n\n- 健全决策程序。\n\n- 推行法律顾问制度。\n\n- 开展案卷评查。\n');
    expect(renderReport(md).html).toMatch(/<ul>\s*<li[^>]*>\s*<p>健全决策程序。<\/p>/);
  });

  it('does not read a date like 12.4 at the start of a line as an item', () => {
    expect(toMarkdown(['12.4国家宪法日宣传活动。'])).toBe('12.4国家宪法日宣传活动。\n');
  });

  it('escapes Markdown syntax so captured text stays text', () => {
    expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMarkdown('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeMarkdown('2021. 不是列表')).toBe('2021\\. 不是列表');
    const html = renderReport(toMarkdown(['<script>alert(1)</script>《条例》*重点*[链接](javascript:x)'])).html;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<em>');
    expect(html).not.toContain('<a ');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('classifySection', () => {
  it.each([
    ['一、2021年度法治政府建设的主要举措和成效', 'measures'],
    ['一、本街道主要负责人2024年度履行推进法治政府建设第一责任人职责,加强法治政府建设的有关情况', 'leadership'],
    ['三、2021年推进法治政府建设存在的不足和原因', 'shortcomings'],
    ['二、存在问题', 'shortcomings'],
    ['三、下一步工作 计划', 'plans'],
    ['四、2022年及“十四五”期间推进法治政府建设的工作思路目标举措', 'plans'],
    ['五、其他需要报告的情况', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(classifySection(heading)).toBe(kind);
  });
});
