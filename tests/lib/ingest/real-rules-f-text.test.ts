import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';
import { parseFields } from '../../../src/lib/ingest/fields.ts';

/**
 * General rules for the text-field shapes that slice F's misses showed (tests/fixtures/real,
 * split `fresh`, read only after its blind figure was taken): titles, issuers, dates, sources
 * and look-alikes. Each is tested on a piece of such a page (the file it comes from is named)
 * and, where a rule must not overreach, on the shape it must leave alone.
 */

describe('titles', () => {
  it('does not carry a closed table cell onto the next line (f103: `| 文号 : | |||` over the body’s name)', () => {
    const report = published(
      ingest(
        `| 索引号: | 4300000001/2026-00628 | 分类: | |\n| 发文机关: | 东安县应急管理局 | 发文日期: | |\n| 名称: | |||\n| 文号 : | |||\n东安县应急管理局\n2025年法治政府建设报告\n东安县应急管理局${PROSE}现将2025年法治政府建设情况报告如下:\n一、推进法治政府建设的主要举措和成效\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      title: '东安县应急管理局2025年法治政府建设报告',
      issuer: '东安县应急管理局',
      sourceName: '东安县应急管理局',
    });
  });
  it('still reads a value printed on the line under its label when the row is not closed (d039)', () => {
    const report = published(
      ingest(
        `发文机关:\n双牌县教育局\n双牌县教育局2024年法治政府建设工作报告\n2024年,我局${PROSE}现将有关情况报告如下:\n一、主要举措\n${PROSE}`,
      ),
    );
    expect(report.sourceName).toBe('双牌县教育局');
  });
  it('joins a title broken after its `关于` (f238: `长春市人民政府关于` / `2023年度…的报告`)', () => {
    const report = published(
      ingest(
        `当前位置:  首页 >  政务 >  通知公告\n\n长春市人民政府关于\n2023年度法治政府建设情况的报告\n\n时间:2024-04-01 15:02 来源:\n【字体: 打印\n\n  2023年,市政府${PROSE}深入落实党中央、国务院和省委、省政府、市委关于法治政府建设的决策部署。\n  一、2023年法治政府建设主要举措和成效\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      title: '长春市人民政府关于2023年度法治政府建设情况的报告',
      issuer: '长春市人民政府',
      jurisdiction: '长春市',
      level: 'city',
      publishedAt: '2024-04-01',
    });
  });
  it('reads a report titled as sent up in a page glued into one line (f015: `…关于报送2024年度…的报告`)', () => {
    const glued = `中共黄湾镇委员会黄湾镇人民政府关于报送2024年度法治政府建设的报告 中共海宁市委、海宁市人民政府: 2024年,在市委市政府的坚强领导下,黄湾镇${PROSE}现将黄湾镇2024年度法治政府建设工作情况汇报如下: 一、主要措施和成效 (一)强化组织引领,夯实法治根基。${PROSE.repeat(6)}`;
    const report = published(ingest(glued));
    expect(report).toMatchObject({
      title: '中共黄湾镇委员会黄湾镇人民政府关于报送2024年度法治政府建设的报告',
      issuer: '中共黄湾镇委员会黄湾镇人民政府',
      jurisdiction: '黄湾镇',
    });
  });
  it('still does not take a cover letter’s `关于报送…报告的函` for the report’s title', () => {
    const report = published(
      ingest(
        `鄞州区人民政府关于报送2023年度法治政府建设情况报告的函\n鄞政函〔2024〕5号\n市委、市政府:\n现将《鄞州区2023年度法治政府建设情况报告》报送给你们,请审阅。\n宁波市鄞州区人民政府\n2024年1月20日\n\n鄞州区2023年度法治政府建设情况报告\n一、2023年度法治政府建设主要举措和成效\n${PROSE}`,
      ),
    );
    expect(report.title).toBe('鄞州区2023年度法治政府建设情况报告');
  });
  it('takes a headline its breadcrumb repeats as the title, and reads the date under it (f211)', () => {
    const report = published(
      ingest(
        `当前位置:网站首页> 体育知识 > 全国青少年普法网登录(法治政府建设情况如何?安徽省政府发布报告)\n\n全国青少年普法网登录(法治政府建设情况如何?安徽省政府发布报告)\n\n更新时间:2022-10-21 09:15:36\n\n  2021年,在党中央、国务院及省委的坚强领导下,我省各级行政机关${PROSE}\n  一、全省法治政府建设情况\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      title: '全国青少年普法网登录(法治政府建设情况如何?安徽省政府发布报告)',
      publishedAt: '2022-10-21',
      year: 2021,
    });
  });
});

describe('issuers', () => {
  it('reads the body and date of a cover letter over a title broken in the text (f229)', () => {
    const report = published(
      ingest(
        `索引号: | 002564301/2025-00062 | 成文日期: | 2025-01-27 |\n文件编号: | 发布机构: | 湖州市交通运输局 |\n中共湖州市委、湖州市人民政府:\n根据市委依法治市办《关于做好2024年度法治政府建设总结工作的通知》要求,现将我局《2024年度交通运输法治政府建设工作总结》随文上报。\n特此报告。\n湖州市交通运输局\n2025年1月15日\n2024年度交通运输法治政府建设\n工作总结\n2024年湖州市交通运输局在市委、市政府的坚强领导下,${PROSE}\n一、2024年工作完成情况\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      title: '2024年度交通运输法治政府建设工作总结',
      issuer: '湖州市交通运输局',
      signedAt: '2025-01-15',
      sourceName: '湖州市交通运输局',
    });
  });
  it('takes a publisher naming the title’s body with its city before it as the fuller name (f146)', () => {
    const report = published(
      ingest(
        `  • 索引号:11371002MB2860928Q/2026-00027\n  • 发布单位:威海市环翠区卫生健康局\n  • 成文日期:2026-01-06\n  • 文号:\n\n环翠区卫生健康局2025年度法治政府建设情况报告\n\n时间:2026/01/06 14:10:49 来源:威海市环翠区卫生健康局 浏览次数:\n\n环翠区卫生健康局${PROSE}\n一、主要举措\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({ issuer: '威海市环翠区卫生健康局', signedAt: '2026-01-06' });
  });
  it('takes the bodies printed alone above a title that starts with the place (f014)', () => {
    const report = published(
      ingest(
        `石党字〔2025〕2号\n中共石鼻镇委员会 石鼻镇人民政府\n石鼻镇2024年法治政府建设工作情况报告\n中共安义县委、安义县人民政府:\n2024年,在安义县委、县政府的正确领导下,石鼻镇${PROSE}现将2024年度推进法治政府建设报告如下:\n一、主要举措和成效\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      title: '石鼻镇2024年法治政府建设工作情况报告',
      issuer: '中共石鼻镇委员会 石鼻镇人民政府',
      docNumber: '石党字〔2025〕2号',
    });
  });
  it('takes a colon-less publisher the opening speaks as, when the title names no body (f127)', () => {
    const page = `2023年法治政府建设年度工作报告\n\n索引号 4309210010/2023-1876101 发布机构 南县退役军人事务局 发文日期 2023-12-19\n信息类别 综合政务 公开范围 全部公开 公开方式 政府网站\n发文日期 2023-12-19\n\n  今年以来,县退役军人事务局${PROSE}现将2023年度法治建设情况报告如下:\n  一、主要工作情况\n${PROSE}`;
    const report = published(ingest(page));
    expect(report).toMatchObject({
      issuer: '南县退役军人事务局',
      sourceName: '南县退役军人事务局',
      signedAt: '2023-12-19',
      indexNumber: '4309210010/2023-1876101',
    });
    // `发文日期 2023-12-19` alone on its line is a labelled signing date, not an unlabelled byline.
    expect(report.publishedAt).toBeUndefined();
  });
  it('leaves the issuer empty when the opening speaks as another body than the publisher', () => {
    const page = `2023年法治政府建设年度工作报告\n\n索引号 4309210010/2023-1876101 发布机构 南县司法局 发文日期 2023-12-19\n\n  今年以来,县退役军人事务局${PROSE}现将2023年度法治建设情况报告如下:\n  一、主要工作情况\n${PROSE}`;
    expect(published(ingest(page)).issuer).toBeUndefined();
  });
});

describe('labels and dates', () => {
  it('reads a colon-less label between labels a date or a code lets through (f148, f127)', () => {
    expect(parseFields('索引号 01526405-X/20260313-00001 发布机构 昌宁县教育体育局')).toEqual([
      { kind: 'index', label: '索引号', value: '01526405-X/20260313-00001' },
      { kind: 'publisher', label: '发布机构', value: '昌宁县教育体育局' },
    ]);
  });
  it('reads `转自:` and `来自:` as source labels and `阅读:` as a counter (f245, f106, f244)', () => {
    expect(parseFields('转自:司法部')).toEqual([{ kind: 'source', label: '转自', value: '司法部' }]);
    expect(parseFields('2024-02-29 来自:保康县林业局')).toContainEqual({
      kind: 'source',
      label: '来自',
      value: '保康县林业局',
    });
    expect(parseFields('来源:绵阳市司法局  阅读: 次')[0]).toEqual({
      kind: 'source',
      label: '来源',
      value: '绵阳市司法局',
    });
  });
  it('takes the later of two different 来源, the text’s origin, over the reprinting site’s own (f219)', () => {
    const report = published(
      ingest(
        `[山东省政府发布2018年度法治政府建设情况报告] 对法治政府建设的思考\n\n时间:2018-07-23 22:54:17 来源:天一资源网 本文已影响 天一资源网手机站\n\n来源:山东信访\n\n2016年,山东省政府${PROSE}现将有关情况报告如下:\n一、主要举措\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({ sourceName: '山东信访', publishedAt: '2018-07-23' });
  });
  it('does not read those words as labels in running text without a colon', () => {
    expect(parseFields('专项资金来自2023年省级财政,阅读推广活动持续开展')).toEqual([]);
  });
  it('takes a date printed alone under the reporting body as its signing date (f129)', () => {
    const report = published(
      ingest(
        `2024年法治政府建设情况报告\n发布时间:2025-03-06 15:53 信息来源:新晃县退役军人事务局\n2024年法治政府建设情况报告\n新晃县退役军人事务局\n(2025年2月20日)\n2024年,在县委、县政府的正确领导下,我局${PROSE}现将我局2024年法治政府建设情况报告如下:\n一、工作开展情况\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      issuer: '新晃县退役军人事务局',
      publishedAt: '2025-03-06',
      signedAt: '2025-02-20',
    });
  });
  it('reads a title and its date under a one-sentence banner (f214: `(2024-03-01)`)', () => {
    const report = published(
      ingest(
        `• 高举中国特色社会主义伟大旗帜,全面贯彻习近平新时代中国特色社会主义思想,为全面推进中华民族伟大复兴而团结奋斗。\n\n工作信息\n\n沈阳市司法局关于2023年法治政府建设情况的报告\n\n(2024-03-01)\n\n  2023年,市司法局在省司法厅和市委、市政府的坚强领导下,${PROSE}\n一、主要举措\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      title: '沈阳市司法局关于2023年法治政府建设情况的报告',
      issuer: '沈阳市司法局',
      publishedAt: '2024-03-01',
    });
  });
});

describe('look-alikes known by their opening', () => {
  const rejectedFor = (text: string) => {
    const outcome = ingest(text);
    return outcome.status === 'rejected' ? outcome.reasons.join(' ') : 'published';
  };
  it('rejects a 政府信息公开 annual report by its preamble (f109) or its section list (f002)', () => {
    expect(
      rejectedFor(
        `本年度报告根据《中华人民共和国政府信息公开条例》要求,由景宁畲族自治县民政局编制。本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n${PROSE}`,
      ),
    ).toMatch(/政府信息公开/);
    expect(
      rejectedFor(
        `工作年度报告\n2024年以来,长通街道通过官方网站、公示栏等多种渠道,主动公开了街道工作动态。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、其他需要报告的事项六部分组成。\n一、总体情况\n${PROSE}`,
      ),
    ).toMatch(/政府信息公开/);
  });
  it('still publishes a report whose opening cites the 政府信息公开条例 in its work', () => {
    expect(
      rejectedFor(
        `2024年,长通街道认真贯彻《中华人民共和国政府信息公开条例》,${PROSE}现将有关情况报告如下:\n一、主要举措\n${PROSE}`,
      ),
    ).toBe('published');
  });
  it('rejects an explainer by its own section headings (f202: `一、背景链接` / `二、深度解读`)', () => {
    expect(
      rejectedFor(
        `一、背景链接\n5月21日,省委书记主持召开省委全面依法治省委员会第三次全体会议,加快建设更高水平法治黑龙江。\n二、深度解读\n★黑龙江省2023年法治政府建设情况\n(一)学习贯彻党的二十大精神\n${PROSE}`,
      ),
    ).toMatch(/解读/);
  });
  it('rejects a page whose opening masks the reporting body (f216: `2023年, (略) 认真…`)', () => {
    expect(
      rejectedFor(
        `2023年, (略) 认真贯彻落实党中央关于全面依法治国的决策部署及省委、省政府工作要求,强力推动辽宁省法治政府建设十项重点任务落地落实。现将有关情况报告如下。\n一、主要工作举措和成效\n${PROSE}`,
      ),
    ).toMatch(/masked/);
  });
  it('still publishes a reprint masked elsewhere whose title names the body (a050)', () => {
    expect(
      rejectedFor(
        `赵县人民政府\n2022年度法治政府建设情况报告\n2022年,县政府深入学习法治思想,全面落实《法治政府建设实施纲要》, (略) 。\n一、主要举措\n${PROSE}`,
      ),
    ).toBe('published');
  });
  it('rejects an opening that dates a report’s release to its month (seen c018: `2023年5月,…发布…白皮书`)', () => {
    expect(
      rejectedFor(
        `2023年5月,云南省政府新闻发布会发布2022年度法治政府建设白皮书。2022年,云南法治政府建设工作取得明显成效。\n云南省各级政府${PROSE}`,
      ),
    ).toMatch(/release/);
  });
  it('still publishes a report whose opening dates its own work to a month', () => {
    expect(
      rejectedFor(
        `2024年1月,我县成立法治政府建设工作领导小组,${PROSE}现将2024年法治政府建设情况报告如下:\n一、主要举措\n${PROSE}`,
      ),
    ).not.toMatch(/release/);
  });
  it('rejects a notice of assessment results broken over two lines (f205, Traditional)', () => {
    expect(
      rejectedFor(
        `四平市人民政府文件\n四政函〔2020〕103號\n四平市人民政府\n關于2019年度全市法治政府\n建設(依法行政)考核結果的通報\n各縣(市)區人民政府,各開發區管委會,市政府各相關部門:\n按照《吉林省依法行政考核辦法》要求,經考核評定,現將2019年度法治政府建設(依法行政)考核結果通報如下:\n一、優秀縣(市)區政府(2個)\n鐵西區人民政府、鐵東區人民政府`,
      ),
    ).toMatch(/通报/);
  });
});
