import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/lib/markdown/render.ts';
import { reportPlainText, shardKeyOf } from '../../../src/lib/search/build/document.ts';

const body = `2024年，街道坚持依法行政。

## 一、主要举措

### （一）深化“枫桥经验”

全年受理调解纠纷 **1448** 起，\\*成功率98%。

1. 建立诉访分离机制
2. 设立访前法律工作室

| 项目 | 数量 |
| --- | --- |
| 行政复议 | 7 |

## 二、存在的不足
`;

describe('reportPlainText', () => {
  const { text, sections } = reportPlainText(body, 10);

  it('keeps the words a reader sees and drops the Markdown syntax', () => {
    expect(text).toContain('全年受理调解纠纷 1448 起，*成功率98%。');
    expect(text).toContain('建立诉访分离机制\n设立访前法律工作室');
    expect(text).toContain('行政复议\n7');
    expect(text).not.toMatch(/##|\*\*|\|/);
  });

  it('knows where each section starts, under the anchors the page gives its headings', () => {
    const pageAnchors = renderReport(body).headings.map((h) => h.slug);
    expect(sections.map((s) => s.id)).toEqual(pageAnchors);
    for (const section of sections)
      expect(text.slice(section.at - 10, section.at - 10 + section.heading.length)).toBe(section.heading);
    expect(sections.map((s) => s.heading)).toEqual(['一、主要举措', '（一）深化“枫桥经验”', '二、存在的不足']);
  });
});

describe('shardKeyOf', () => {
  it('groups by province, optionally by year, or not at all', () => {
    expect(shardKeyOf({ code: '440304008', year: 2020 }, 'province')).toBe('44');
    expect(shardKeyOf({ code: '440304008', year: 2020 }, 'province-year')).toBe('44-2020');
    expect(shardKeyOf({ code: '440304008', year: 2020 }, 'single')).toBe('all');
  });
});
