import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/** Slice I's text-field misses (round nine): each rule with a piece of the real page's shape. */

describe('slice I text rules: titles', () => {
  it('drops a portal column tag that is a year before the title (i217 `【2022年】`)', () => {
    const report = published(
      ingest(
        [
          '【2022年】州生态环境局2022年度法治政府建设报告',
          `2022年,州生态环境局${PROSE}`,
          '一、主要举措和成效',
          PROSE.repeat(4),
        ].join('\n'),
        'http://hbj.enshi.gov.cn/xxgk/fdzdgknr/fzzfjs/202301/t20230110_1.shtml',
      ),
    );
    expect(report.title).toBe('州生态环境局2022年度法治政府建设报告');
    expect(report.issuer).toBe('州生态环境局');
  });

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

describe('slice I text rules: a metadata label without its colon', () => {
  it('reads the title after a colon-less 名称 cell, and its issuer (i208)', () => {
    const report = published(
      ingest(
        [
          '索引号: 11320000014000271Q/2022-00288 主题分类: 综合工作',
          '发布机构: 江苏省文化和旅游厅 生成日期: 2022-02-10',
          '文号',
          '名称 江苏省文化和旅游厅关于2021年度推进法治政府建设情况的报告',
          '',
          '江苏省文化和旅游厅关于2021年度推进法治政府建设情况的报告',
          '',
          '发布日期:2022-02-10 10:03 信息来源:江苏省文化和旅游厅',
          `2021年,省文化和旅游厅${PROSE}`,
          '一、法治政府建设主要举措和成效',
          PROSE.repeat(4),
        ].join('\n'),
        'https://wlt.jiangsu.gov.cn/art/2022/2/10/art_1.html',
      ),
    );
    expect(report.title).toBe('江苏省文化和旅游厅关于2021年度推进法治政府建设情况的报告');
    expect(report.issuer).toBe('江苏省文化和旅游厅');
  });
});

describe('slice I text rules: the page title printed whole above its heading', () => {
  it('keeps the page title over the same title broken inside its phrase (i429)', () => {
    const report = published(
      ingest(
        [
          '[ 索引号 ]11500229711623327X/2022-00069 [ 发文字号 ] [ 发布机构 ]城口县人民政府办公室 [ 成文日期 ]2022-02-17',
          '城口县2021年度法治政府建设情况报告',
          '城口县2021年度法治政府建设',
          '情况的报告',
          `2021年,城口县${PROSE}`,
          '一、2021年度推进法治政府建设的主要举措和成效',
          PROSE.repeat(4),
        ].join('\n'),
        'http://www.cqck.gov.cn/zwgk/a.html',
      ),
    );
    expect(report.title).toBe('城口县2021年度法治政府建设情况报告');
  });

  it('keeps a page title naming the place over a heading split after its government (i431)', () => {
    const report = published(
      ingest(
        [
          '[ 发布机构 ] 秀山县人民政府',
          '[ 成文日期 ] 2021-01-13 [ 发布日期 ] 2021-01-13',
          '秀山土家族苗族自治县2020年度法治政府建设情况报告',
          '秀山土家族苗族自治县人民政府',
          '关于2020年度法治政府建设情况的报告',
          '市政府:',
          `2020年,我县${PROSE}现将有关情况报告如下:`,
          '一、主要举措和成效',
          PROSE.repeat(4),
        ].join('\n'),
        'http://www.cqxs.gov.cn/zwgk/a.html',
      ),
    );
    expect(report.title).toBe('秀山土家族苗族自治县2020年度法治政府建设情况报告');
    // The heading's government, in full, over the publisher's short name of it.
    expect(report.issuer).toBe('秀山土家族苗族自治县人民政府');
  });
});

describe('slice I look-alikes', () => {
  it('rejects news opening on a congress meeting that heard the report (i009)', () => {
    const outcome = ingest(
      [
        '甘肃2021年法治政府建设工作取得新成效',
        '发布日期: 2022-03-31 10:08:59 来源: 甘肃经济日报',
        '正在召开的省十三届人大常委会第三十次会议听取和审议了省人民政府2021年度法治政府建设情况报告。报告显示,2021年,全省法治政府建设工作取得新成效。',
        `报告显示,去年我省${PROSE}`,
        PROSE.repeat(3),
      ].join('\n'),
      'http://www.we54.com/a/1.html',
    );
    expect(outcome.status).toBe('rejected');
  });

  it('rejects a headline saying a congress standing committee reviewed the report (i223)', () => {
    const outcome = ingest(
      [
        '当前位置: 网站首页 >> 业务板块 >> 法治工作',
        '甘南州人大常委会审议甘南州政府2020年法治政府建设工作情况报告',
        '发布日期:2021-05-19 点击数: 来源:甘南州司法局',
        `4月26日,州十六届人大常委会第三十六次会议听取和审议了州人民政府关于2020年度法治政府建设情况的报告。${PROSE}`,
        `2020年,全州政府系统${PROSE}`,
        PROSE.repeat(3),
      ].join('\n'),
      'http://sfj.gnzrmzf.gov.cn/a/1.html',
    );
    expect(outcome.status).toBe('rejected');
  });

  it('rejects a note on one assessment indicator (i421 `關于第21項指標的情況說明`)', () => {
    const outcome = ingest(
      [
        '關于第21項指標的情況說明',
        '(發布于:2023-12-13 09:01)',
        '濮陽縣沒有制定地方政府規章的權限,不符合該項“設區的市政府”填報主體要求。',
        '濮陽縣嚴格落實國務院和我省制定的行政規范性文件的規定,堅持充分聽取采納公眾意見,確保決策科學民主合法。',
        '濮陽縣法治政府建設領導小組辦公室',
        '2023年6月25日',
      ].join('\n'),
      'https://www.cutehairtrends.com/a/1.html',
    );
    expect(outcome.status).toBe('rejected');
  });

  it('keeps a report whose body mentions the congress hearing it later on (guard)', () => {
    const report = published(
      ingest(
        [
          '甘南藏族自治州人民政府关于2020年度法治政府建设情况的报告',
          `2020年,全州政府系统${PROSE}现将有关情况报告如下:`,
          '一、主要举措和成效',
          PROSE.repeat(3),
          '州人大常委会第三十六次会议听取和审议了州人民政府关于2019年度法治政府建设情况的报告,提出的意见已逐项落实。',
          PROSE.repeat(2),
        ].join('\n'),
        'http://www.gnzrmzf.gov.cn/a/1.html',
      ),
    );
    expect(report.title).toBe('甘南藏族自治州人民政府关于2020年度法治政府建设情况的报告');
  });
});

describe('slice I text rules: spaces saved as question marks', () => {
  const table = [
    '索??引??號 | 014000810/2025-00009 | 分????????類 | 行業管理?? |',
    '發布機構 | 江蘇省交通運輸廳 | 發文日期 | 2025-02-18 |',
    '標????????題 | 江蘇省交通運輸廳2024年度法治政府部門建設情況報告 | ||',
    '文????????號 | 主??題??詞 | ||',
    '2024年,江蘇省交通運輸廳堅持以習近平新時代中國特色社會主義思想為指導,依法全面履行政府職能,積極推動法治政府建設率先突破。',
    '一、堅持黨的全面領導,牢牢把握法治政府部門建設正確方向',
    '1.黨政主要負責人切實履行推進法治建設第一責任人職責。持續壓緊壓實法治建設第一責任人職責,系統推進落地見效。'.repeat(
      4,
    ),
  ].join('\n');

  it('reads a metadata table whose spaces were saved as `?` (i248)', () => {
    const report = published(ingest(table, 'https://www.zhengjieli.com/a/1.html'));
    expect(report.title).toBe('江蘇省交通運輸廳2024年度法治政府部門建設情況報告');
    expect(report.issuer).toBe('江蘇省交通運輸廳');
    expect(report.indexNumber).toBe('014000810/2025-00009');
    expect(report.signedAt).toBe('2025-02-18');
  });

  it('keeps question marks in prose and a leading run as printed', async () => {
    const { restoreLostSpaces } = await import('../../../src/lib/ingest/page.ts');
    expect(restoreLostSpaces('??一、深入學習貫徹習近平法治思想')).toBe('??一、深入學習貫徹習近平法治思想');
    expect(restoreLostSpaces('为什么要这样做?因为,依法行政是底线?')).toBe('为什么要这样做?因为,依法行政是底线?');
    expect(restoreLostSpaces('全国青少年普法网登录(法治政府建设情况如何?安徽省政府发布报告)')).toBe(
      '全国青少年普法网登录(法治政府建设情况如何?安徽省政府发布报告)',
    );
    expect(restoreLostSpaces('索??引??號 | 0140')).toBe('索 引 號 | 0140');
  });
});

describe('slice I text rules: metadata labels', () => {
  it('reads 生效日期/废止日期 as validity dates, not a source named 生效 (i203)', () => {
    const report = published(
      ingest(
        [
          '晋中市民政局',
          '政府信息公开',
          '索引号: jz-mzj-2023-00053 发布机构:',
          '生效日期: 2023-03-01 废止日期:',
          '文 号: 所属主题: 计划总结',
          '晋中市民政局2022年法治政府建设情况报告',
          '来源: 发布时间:2023-03-01 浏览次数: 【字体:',
          `2022年,市民政局${PROSE}`,
          '一、主要举措和成效',
          PROSE.repeat(4),
        ].join('\n'),
        'http://mzj.sxjz.gov.cn/a/1.html',
      ),
    );
    expect(report.sourceName).toBeUndefined();
    expect(report.signedAt).toBeUndefined();
    expect(report.publishedAt).toBe('2023-03-01');
  });
});

describe('slice I text rules: a date in brackets after its label', () => {
  it('reads `发布日期(2024-03-08)` as the publication date (i210)', () => {
    const report = published(
      ingest(
        [
          '市商务委2023年度法治政府建设工作情况报告',
          '发布日期(2024-03-08)',
          `2023年以来,在市委、市政府的坚强领导下,市商务委${PROSE}贯彻落实上海法治政府建设规划。`,
          '一、深入学习宣传贯彻习近平法治思想',
          PROSE.repeat(4),
        ].join('\n'),
        'https://sww.sh.gov.cn/a/1.html',
      ),
    );
    expect(report.publishedAt).toBe('2024-03-08');
  });
});

describe('slice I text rules: a joint document number line', () => {
  it('reads the document number beside two signers (i407 `惠委〔2026〕17号 签发人:庄稼祥 黄育奇`)', () => {
    const report = published(
      ingest(
        [
          '惠委〔2026〕17号 签发人:庄稼祥 黄育奇',
          '中共惠安县委 惠安县人民政府',
          '关于2025年度法治政府建设工作情况的报告',
          '中共泉州市委、泉州市人民政府:',
          `2025年,惠安县${PROSE}`,
          '一、统筹推动法治建设,加强党对法治政府建设的领导',
          PROSE.repeat(4),
        ].join('\n'),
        'http://www.huian.gov.cn/a/1.html',
      ),
    );
    expect(report.docNumber).toBe('惠委〔2026〕17号');
    expect(report.title).toBe('中共惠安县委 惠安县人民政府关于2025年度法治政府建设工作情况的报告');
  });
});

describe('slice I text rules: a body under two names', () => {
  it('reads a body printed with its second name in brackets as the issuer (i209)', () => {
    const report = published(
      ingest(
        [
          '杭州市農業農村局(杭州市鄉村振興局)2023年法治政府建設年度報告',
          '- 發布日期:2024-03-26 14:51',
          '2023年,在市委、市政府的正確領導下,杭州市農業農村局(杭州市鄉村振興局)緊緊圍繞杭州中心工作,深入學習貫徹習近平法治思想,扎實推進法治政府建設。',
          '一、2023年推進法治政府建設的主要舉措和突出成效',
          '(一)持續提升依法行政水平。穩步推進涉農立法,切實加強行政規範性文件監管,嚴格落實合法性審查。'.repeat(4),
        ].join('\n'),
        'https://www.shangkeht.com/agri/1.html',
      ),
    );
    expect(report.issuer).toBe('杭州市農業農村局(杭州市鄉村振興局)');
  });
});

describe('slice I text rules: a portal banner above the title', () => {
  it('does not take the portal banner for the issuer of a title opening with another place (i322)', () => {
    const report = published(
      ingest(
        [
          '禄丰市人民政府',
          '首页 >> 乡镇信息公开 >> 中村乡',
          '中村乡2020年度法治政府建设情况报告',
          '日期:2021年01月05日   作者:   来源:中村乡    点击:[]',
          `2020年,中村乡在禄丰县委、县人民政府的统一领导下,${PROSE}`,
          '一、工作开展情况',
          PROSE.repeat(4),
        ].join('\n'),
        'http://www.ynlf.gov.cn/a/1.html',
      ),
    );
    expect(report.issuer).toBeUndefined();
    expect(report.sourceName).toBe('中村乡');
  });
});
