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

describe('slice J text rules: labels', () => {
  it('reads a label through the inline pinyin a converting mirror left in it (j126 `發(fā)布機構`)', () => {
    const report = published(
      ingest(
        [
          '- 索 引 號:QZ02908-0100-2026-00001',
          '- 發(fā)布機構:清源街道辦事處',
          '- 公文生成日期:2026-01-04',
          '清源街道2025年法治政府建設情況報告',
          '區(qū)政府:',
          '2025年,清源街道在區(qū)委、區(qū)政府的領導下,嚴格落實《泉州市豐澤區(qū)法治政府建設實施方案(2021-2025年)》要求,扎實推進法治政府建設各項舉措,為轄區(qū)發(fā)展提供了堅實法治保障。',
          '一、2025年推進法治政府建設的主要情況',
          '堅持黨的全面領導,統(tǒng)籌推進高水平法治政府建設,強化思想政治引領,抓實學法教育,結合工作實際制定針對性普法教育計劃。'.repeat(
            3,
          ),
        ].join('\n'),
      ),
    );
    expect(report.sourceName).toBe('清源街道辦事處');
    expect(report.issuer).toBe('清源街道辦事處');
  });

  it('reads 发文单位 as the publisher, and the issuer when the title opens with it (j207)', () => {
    const report = published(
      ingest(
        [
          '市教育局党委 市教育局法治政府建设工作2019年度报告',
          '2020-04-21 10:38',
          '发文单位 市教育局党委 市教育局 发文字号',
          '发布日期 2020-04-21 10:38 效力状态 有效',
          `在市委市政府的坚强领导下,我局${PROSE}`,
          `一、加强组织领导,落实主体责任。${PROSE}`,
          PROSE.repeat(4),
        ].join('\n'),
        'http://jyj.wuhan.gov.cn/zfxxgk/fdzdgknr/qtzdgknr/202004/t20200421_1.shtml',
      ),
    );
    expect(report.sourceName).toBe('市教育局党委 市教育局');
    expect(report.issuer).toBe('市教育局党委 市教育局');
  });
});

describe('slice J text rules: titles and their bodies', () => {
  it('keeps the page title over a two-body heading repeating it, the bodies as the issuer (j326)', () => {
    const report = published(
      ingest(
        [
          '中共醴陵市委醴陵市人民政府2021年度醴陵市法治政府建设情况报告',
          '发布时间:2022-01-29 来源:市司法局',
          '醴报〔2022〕3号 签发人:王利波、刘新华',
          '中共醴陵市委',
          '醴陵市人民政府',
          '2021年度醴陵市法治政府建设情况报告',
          '中共株洲市委、株洲市人民政府:',
          `醴陵坚持以习近平法治思想为指导,${PROSE}现将一年来的工作情况报告如下:`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.title).toBe('中共醴陵市委醴陵市人民政府2021年度醴陵市法治政府建设情况报告');
    expect(report.issuer).toBe('中共醴陵市委 醴陵市人民政府');
    expect(report.docNumber).toBe('醴报〔2022〕3号');
  });

  it('drops a browser title’s column and site after spaced dashes, and keeps the page title over `关于…` (j114)', () => {
    const report = published(
      ingest(
        [
          '宁乡市夏铎铺镇2020年度法治政府建设工作情况的报告 - 规划计划 - 宁乡市政府门户网站',
          '首页 > 政务公开 > 部门信息公开目录 > 宁乡市乡、镇政府 > 宁乡市夏铎铺镇人民政府 > 规划计划',
          '宁乡市夏铎铺镇2020年度法治政府建设工作情况的报告',
          '发布时间 : 2020-12-30 来源:夏铎铺镇人民政府',
          '中共夏铎铺镇党委',
          '夏铎铺镇人民政府',
          '关于夏铎铺镇2020年度法治政府建设工作情况的报告',
          '中共宁乡市委、宁乡市人民政府:',
          `二〇二〇年,在宁乡市委、市政府的正确领导下,我镇${PROSE}现将我镇2020年法治政府建设工作总结如下:`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.title).toBe('宁乡市夏铎铺镇2020年度法治政府建设工作情况的报告');
    expect(report.issuer).toBe('中共夏铎铺镇党委 夏铎铺镇人民政府');
  });
});

describe('slice J text rules: a title broken after a coordinating word', () => {
  const page = (head: string, tail: string) =>
    [
      '- 索 引 号:QZ02908-0100-2026-00001',
      '- 发布机构:清源街道办事处',
      head,
      tail,
      '区政府:',
      '2025年,清源街道在区委、区政府的领导下,严格落实《泉州市丰泽区法治政府建设实施方案(2021-2025年)》要求,扎实推进法治政府建设各项举措。现将2025年法治政府建设情况及2026年工作要点报告如下:',
      '一、2025年推进法治政府建设的主要情况',
      PROSE.repeat(4),
    ].join('\n');

  it('joins `…情况及2026年` with its long second line (j126)', () => {
    const report = published(ingest(page('关于2025年法治政府建设情况及2026年', '推进法治政府建设工作要点的报告')));
    expect(report.title).toBe('关于2025年法治政府建设情况及2026年推进法治政府建设工作要点的报告');
  });

  it('keeps the joined title in the capture’s Traditional script', () => {
    const report = published(
      ingest(
        page('關于2025年法治政府建設情況及2026年', '推進法治政府建設工作要點的報告')
          .replace('区政府', '區政府')
          .replace(/区委、区政府/u, '區委、區政府')
          .replace('丰泽区', '豐澤區')
          .replace('办事处', '辦事處'),
      ),
    );
    expect(report.title).toBe('關于2025年法治政府建設情況及2026年推進法治政府建設工作要點的報告');
  });
});

describe('slice J text rules: a byline beside the title', () => {
  it('drops the body and date printed beside the title on its line (j201)', () => {
    const report = published(
      ingest(
        [
          '上海市统计局2019年度法治政府建设情况报告 上海市统计局 2020-06-08',
          `2019年,面对更加复杂严峻的经济社会发展状况,我局${PROSE}`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.title).toBe('上海市统计局2019年度法治政府建设情况报告');
    expect(report.issuer).toBe('上海市统计局');
    expect(report.publishedAt).toBe('2020-06-08');
  });
});

describe('slice J text rules: look-alikes', () => {
  it('rejects news opening on a body that recently released the report (j221 `日前发布《…报告》`)', () => {
    const outcome = ingest(
      [
        '法治资讯',
        '国家卫健委发布2020年度法治政府建设报告',
        '发布时间:2021-04-06',
        '国家卫生健康委日前发布《2020年度法治政府建设工作报告》(以下简称《报告》),《报告》指出,2020年是全力抗击新冠肺炎疫情取得重大战略成果的一年。',
        `《报告》指出,${PROSE}`,
        PROSE.repeat(3),
      ].join('\n'),
    );
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') expect(outcome.reasons[0]).toMatch(/release/);
  });

  it('keeps a report whose opening cites a document released earlier (guard)', () => {
    const report = published(
      ingest(
        [
          '国家卫生健康委2020年法治政府建设年度报告',
          `2020年,国家卫生健康委认真贯彻《法治政府建设实施纲要(2015—2020年)》,${PROSE}现将有关情况报告如下:`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.title).toBe('国家卫生健康委2020年法治政府建设年度报告');
  });
});

describe('slice J text rules: issuers', () => {
  it('reads the government office by its short name as the issuer a title opens with (j117 `区政府办`)', () => {
    const report = published(
      ingest(
        [
          '区政府办2025年度法治政府建设工作报告',
          `2025年,区政府办深入贯彻习近平法治思想,全面落实《西安市雁塔区2025年法治政府建设工作要点》,${PROSE}现将本年度工作情况报告如下:`,
          '一、党政主要负责人履行法治建设第一责任人职责及相关工作情况',
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.issuer).toBe('区政府办');
    expect(report.issuerType).toBe('department');
  });

  const byHeading = (opening: string) =>
    ingest(
      [
        '杭州市市场监管局',
        '时间:2021-03-22 17:13 来源:杭州市人民政府门户网站 浏览次数:',
        opening,
        '一、2020年度推进法治政府建设主要举措和成效',
        PROSE.repeat(4),
      ].join('\n'),
    );

  it('reads a body standing alone above an untitled text that speaks as it (j222 `我局`)', () => {
    const report = published(
      byHeading(`2020年,我局深入贯彻市委市政府有关法治政府建设的决策部署,${PROSE}现将主要工作汇报如下:`),
    );
    expect(report.issuer).toBe('杭州市市场监管局');
  });

  it('leaves the issuer empty when the opening does not speak as that body (guard)', () => {
    const report = published(
      byHeading(`2020年,杭州市深入贯彻市委市政府有关法治政府建设的决策部署,${PROSE}现将主要工作汇报如下:`),
    );
    expect(report.issuer).toBeUndefined();
  });
});
