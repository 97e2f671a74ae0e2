import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/** Slice L's text-field misses (round twelve): each rule with a piece of the real page's shape. */

describe('slice L text rules: chrome', () => {
  const page = (teaser: string) =>
    [
      teaser,
      '数据交易师回到顶部',
      '考生须知',
      '数据交易师关注二维码 扫码关注官方微信 预约考试公开课',
      '热点推荐',
      '考生须知',
      '数据交易师官方微信 扫码关注官方微信 预约考试公开课',
      '',
      '地方报告|广东省政务服务数据管理局关于2023年度法治政府建设情况的报告',
      '',
      '来源: 广东省政务服务和数据管理局      发布日期:2024-01-11',
      '',
      '广东省政务服务数据管理局关于2023年度法治政府建设情况的报告',
      '',
      '发布日期:2024-01-17  浏览次数:615',
      '',
      `  2023年,省政务服务数据管理局${PROSE}现将有关情况报告如下:`,
      '  一、学习贯彻党的二十大精神和习近平总书记重要讲话重要指示精神情况',
      PROSE.repeat(4),
    ].join('\n');
  const url = 'https://dacpa.org.cn/dynamics/xybg/dfzy/1314.html';

  it('reads a teaser ending in its link (`…社会化评价 点击查看`, l223) as chrome, not the first sentence', () => {
    const report = published(
      ingest(
        page(
          '重点围绕大数据等数字领域新职业,以技术创新为核心,以数据赋能为关键……分职业、分专业、分等级开展规范化培训、社会化评价 点击查看',
        ),
        url,
      ),
    );
    expect(report.publishedAt).toBe('2024-01-11');
    expect(report.sourceName).toBe('广东省政务服务和数据管理局');
  });

  it('drops a column name printed before the title with a bar (l223 `地方报告|广东省…的报告`)', () => {
    const report = published(ingest(page('热点推荐'), url));
    expect(report.title).toBe('广东省政务服务数据管理局关于2023年度法治政府建设情况的报告');
    expect(report.issuer).toBe('广东省政务服务数据管理局');
  });

  it('keeps a body printed before the title with a bar (`南县民政局|关于…的报告`)', () => {
    const report = published(
      ingest(
        [
          '南县民政局|关于2021年度法治政府建设工作的报告',
          '发布日期:2022-03-18',
          `2021年,我局${PROSE}现将有关情况报告如下:`,
          '一、主要举措',
          PROSE.repeat(4),
        ].join('\n'),
        'http://www.nanxian.gov.cn/15353/content_1690541.html',
      ),
    );
    expect(report.title).toMatch(/^南县民政局/u);
  });

  it('keeps a sentence of the report that mentions the link in its text', () => {
    const report = published(
      ingest(
        [
          '广东省政务服务数据管理局关于2023年度法治政府建设情况的报告',
          '发布日期:2024-01-17',
          `2023年,省政务服务数据管理局${PROSE}群众可在网站点击查看办事指南。现将有关情况报告如下:`,
          '一、主要举措',
          PROSE.repeat(4),
        ].join('\n'),
        url,
      ),
    );
    expect(report.year).toBe(2023);
    expect(report.publishedAt).toBe('2024-01-17');
  });
});

describe('slice L text rules: metadata values', () => {
  it('reads a bulleted value under a bracketed label without its bullet (l109 `• [ 发布机构 ]` / `• 荣昌区生态环境局`)', () => {
    const report = published(
      ingest(
        [
          '当前位置:部门 > 区生态环境局 > 政务公开 > 政府信息公开目录 > 法治政府建设年度报告',
          '  • [ 索号 ]',
          '  • 11500226MB1511945B/2024-00004',
          '  • [ 发文字号 ]',
          '  • [ 主题分类 ]',
          '  • 城乡建设、环境保护',
          '  • [ 成文日期 ]',
          '  • 2024-01-05',
          '  • [ 发布日期 ]',
          '  • 2024-01-05',
          '  • [ 发布机构 ]',
          '  • 荣昌区生态环境局',
          '  • [ 有性 ]',
          '重庆市荣昌区生态环境局 关于2023年法治政府建设情况的报告',
          '日期:2024-01-05',
          '',
          `2023年,在区委、区政府的坚强领导下,我局${PROSE}现将有关情况报告如下。`,
          '一、2023年法治政府建设情况',
          PROSE.repeat(4),
        ].join('\n'),
        'http://www.rongchang.gov.cn/bm/qsthjj/zwgk_70831/202401/t20240105_12794206.html',
      ),
    );
    expect(report.sourceName).toBe('荣昌区生态环境局');
    expect(report.indexNumber).toBe('11500226MB1511945B/2024-00004');
  });
});

describe('slice L text rules: issuers', () => {
  it('reads a body named by its short name ending in 办 as the issuer (l209 `省政务办2022年度…报告`)', () => {
    const report = published(
      ingest(
        [
          '首页',
          '>政府信息公开>法定主动公开内容>文件发布>省数据局文件',
          '',
          '省政务办2022年度法治政府建设情况报告',
          '',
          '发布日期:2023-01-05 14:22 浏览次数:',
          '',
          '一、法治政府建设的主要成效',
          '',
          `2022年,省政务办认真学习习近平法治思想,${PROSE}江苏省连续6年位居全国前列。`,
          PROSE.repeat(4),
        ].join('\n'),
        'http://jszwb.jiangsu.gov.cn/art/2023/1/5/art_83491_10727872.html',
      ),
    );
    expect(report.issuer).toBe('省政务办');
  });

  it('reads no body in a verb ending in 办 (`关于举办2024年…`, `承办2024年…`)', () => {
    for (const title of [
      '关于举办2024年度法治政府建设培训情况的报告',
      '市局承办2024年度法治政府建设观摩活动的情况报告',
    ]) {
      const report = published(
        ingest(
          [
            title,
            '发布日期:2025-01-05',
            `2024年,江苏省司法厅${PROSE}现将有关情况报告如下:`,
            '一、主要举措',
            PROSE.repeat(4),
          ].join('\n'),
          'http://sft.jiangsu.gov.cn/art/2025/1/5/art_1.html',
        ),
      );
      expect(report.issuer).toBeUndefined();
    }
  });
});

describe('a publisher the opening speaks as, by its kind', () => {
  const page = (publisher: string) =>
    `索引号 | 4309210010/2022-1690541 | 发布机构 | ${publisher} | 发文日期 | 2022-03-18 |\n---|---|---|---|---|---|\n关于2021年度法治政府建设工作的报告\n2021年,我局按照县委全面依法治县委员会的部署,${PROSE}\n一、主要工作\n${PROSE}${PROSE}`;
  const url = 'http://www.nanxian.gov.cn/zwgk/bmxxgk/mzj/content_1.html';
  it('is the issuer: `发布机构 | 南县民政局` over `2021年,我局…` (l137; h426 labelled so since)', () => {
    expect(published(ingest(page('南县民政局'), url))).toMatchObject({
      issuer: '南县民政局',
      sourceName: '南县民政局',
    });
  });
  it('is not when the opening speaks as another kind of body (`我局` under a 政府办公室)', () => {
    expect(published(ingest(page('南县人民政府办公室'), url)).issuer).toBeUndefined();
  });
});
