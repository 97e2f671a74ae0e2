import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/** Slice I's text-field misses (round nine): each rule with a piece of the real page's shape. */

describe('slice I text rules: titles', () => {
  it('takes the title out of a table cell printed with its bars (i346 `| …报告 |`)', () => {
    const report = published(
      ingest(
        [
          '| 天津市滨海新区应急管理局2025年度法治政府建设情况报告 |',
          '天津市滨海新区应急管理局2025年度法治',
          '政府建设情况报告',
          `2025年,滨海新区应急管理局${PROSE}`,
          '一、主要举措和成效',
          PROSE.repeat(4),
        ].join('\n'),
        'https://yjglj.tjbh.gov.cn/contents/9856/297499.html',
      ),
    );
    expect(report.title).toBe('天津市滨海新区应急管理局2025年度法治政府建设情况报告');
    expect(report.issuer).toBe('天津市滨海新区应急管理局');
  });

  it('drops a closing cell bar after the title (i323 `…年度报告 |`)', () => {
    const report = published(
      ingest(
        [
          '温州市生态环境局泰顺分局2024年法治政府建设年度报告 |',
          `2024年以来,在县委、县政府的正确领导下,我局${PROSE}`,
          '一、主要举措和成效',
          PROSE.repeat(4),
        ].join('\n'),
        'https://www.ts.gov.cn/art/2025/1/1/art_1.html',
      ),
    );
    expect(report.title).toBe('温州市生态环境局泰顺分局2024年法治政府建设年度报告');
  });
});
