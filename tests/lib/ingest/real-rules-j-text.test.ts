import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/** Slice J's text-field misses (round ten): each rule with a piece of the real page's shape. */

describe('slice J text rules: sources', () => {
  it('drops the font widget with its choices in brackets after a source (j326 `字体[ 大 中 小 ]`)', () => {
    const report = published(
      ingest(
        [
          '中共醴陵市委醴陵市人民政府2021年度醴陵市法治政府建设情况报告',
          '发布时间:2022-01-29 访问量:次 作者:醴陵市人民政府 来源:市司法局 字体[ 大 中 小 ]',
          `2021年,醴陵市${PROSE}`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.sourceName).toBe('市司法局');
  });

  it('reads an empty source before the font widget as no source (j327 `来源: 字体[ ]`)', () => {
    const report = published(
      ingest(
        [
          '中共醴陵市委 醴陵市人民政府 关于醴陵市2024年度法治政府建设工作情况的报告',
          '发布时间:2025-01-26 访问量: 作者: 来源: 字体[ ]',
          `2024年以来,醴陵市${PROSE}`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.sourceName).toBeUndefined();
  });

  it('drops `打印页面 关闭页面` links after a source (j331)', () => {
    const report = published(
      ingest(
        [
          '朝阳区人民政府2021年法治政府建设年度情况报告',
          '日期:2022-03-22 15:56 来源:朝阳区政府 打印页面 关闭页面',
          `2021年,北京市朝阳区政府${PROSE}`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.sourceName).toBe('朝阳区政府');
    expect(report.publishedAt).toBe('2022-03-22');
  });

  it('reads `所属单位:` as a label of its own, not part of the source (j114)', () => {
    const report = published(
      ingest(
        [
          '宁乡市夏铎铺镇2020年度法治政府建设工作情况的报告',
          '发布时间 : 2020-12-30 来源:夏铎铺镇人民政府 所属单位:宁乡市夏铎铺镇 字体大小:',
          `二〇二〇年,夏铎铺镇${PROSE}现将我镇2020年法治政府建设工作总结如下:`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.sourceName).toBe('夏铎铺镇人民政府');
  });

  it('takes the placeholder `发布机构: 其他` for no body (j308)', () => {
    const report = published(
      ingest(
        [
          '• 信息索引号:',
          '    330782000000/2020-210705',
          '  • 发布机构:',
          '    其他',
          '  • 成文日期:',
          '    2020-03-31',
          '义乌市2019年度法治政府建设工作报告',
          '发布时间:2020-03-31 14:06',
          `  2019年,义乌市${PROSE}现将有关情况报告如下:`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.sourceName).toBeUndefined();
    expect(report.indexNumber).toBe('330782000000/2020-210705');
  });
});
