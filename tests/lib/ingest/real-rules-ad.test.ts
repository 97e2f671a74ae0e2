import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round thirty: general rules from slice AD's misses (tests/fixtures/real, split `unexplored`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('the date row beside the title by another word (ad210)', () => {
  it('reads `撰写时间:` as the date published, not as part of the source', () => {
    expect(parseFields('保护视力色: 来源:肇庆市人民政府     撰写时间:2024-01-29 17:22    字体大小:')).toContainEqual({
      kind: 'published',
      label: '撰写时间',
      value: '2024-01-29 17:22',
    });
    const page = `现在位置: 首页 > 信息公开 > 政策法规 > 最新文件\n\n肇庆市2023年法治政府建设年度报告\n\n保护视力色: 来源:肇庆市人民政府     撰写时间:2024-01-29 17:22    字体大小: [大] [中] [小]\n\n  2023年,我市坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n一、主要举措\n${PROSE}`;
    expect(published(ingest(page, 'http://www.zhaoqing.gov.cn/xxgk/zcfg/zxwj/content/post_1.html'))).toMatchObject({
      sourceName: '肇庆市人民政府',
      publishedAt: '2024-01-29',
      divisionCode: '441200',
    });
  });
});

describe('a glued 发文单位 cell before the next glued cell (ad108)', () => {
  const page = `关于开发区·铁山区2025年度法治政府建设情况的报告\n\n日期:2026-02-02 15:42 来源:开发区·铁山区    \n\n索引号000014349/2026-07708 主题词\n发文单位开发区·铁山区 效力状态有效\n生效日期 失效日期\n主题分类 体裁分类\n发文字号\n\n正文\n\n\n2025年,我区始终坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关情况报告如下:\n\n一、工作开展情况\n${PROSE}`;
  it('reads the publisher, which the title names after 关于, as the issuer', () => {
    expect(parseFields('发文单位开发区·铁山区 效力状态有效')).toEqual([
      { kind: 'publisher', label: '发文单位', value: '开发区·铁山区' },
    ]);
    expect(published(ingest(page, 'http://www.hsdz.gov.cn/xxgk/1.html'))).toMatchObject({
      issuer: '开发区·铁山区',
      divisionCode: '420205',
      year: 2025,
    });
  });
  it('takes no publisher the title does not open with', () => {
    const other = page.replace('发文单位开发区·铁山区', '发文单位区司法局');
    expect(published(ingest(other, 'http://www.hsdz.gov.cn/xxgk/1.html')).issuer).toBeUndefined();
  });
});

describe('a statement that answers the notice for one year’s report (ad110)', () => {
  const page = `根据《中共云县委全面依法治县委员会办公室关于做好2024年度法治政府建设情况报告报送的通知》(〔2024〕—22),现将县政府办公室法治政府示范创建总结情况总结如下。\n一、工作开展情况\n(一)依法全面履行政府职能\n一是持续优化法治营商环境。县政府办公室建立健全合同管理机制。${PROSE}${PROSE}`;
  it('is dated by the year the notice asks for', () => {
    expect(published(ingest(page, 'http://www.ynyx.gov.cn/1.html'))).toMatchObject({ year: 2024 });
  });
  it('is not dated by a notice on another kind of document', () => {
    const plan = page.replace('法治政府建设情况报告报送的通知', '法治政府建设工作要点的通知');
    expect(ingest(plan, 'http://www.ynyx.gov.cn/1.html').status).toBe('rejected');
  });
});
