import { describe, expect, it } from 'vitest';
import { aliasesOf, formerCountyNamesOf } from '../../../src/lib/gazetteer/gazetteer.ts';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { gazetteer, ingest, PROSE, published } from './real-page.ts';

/**
 * Round seventeen: general rules from slice Q's misses (tests/fixtures/real, split `final`, read only
 * after its blind figure was taken). Each is tested on a piece of such a page (the file it comes
 * from is named) and, where a rule must not overreach, on the shape it must leave alone.
 */

describe('a statement alone at the top of the page', () => {
  const page = `现将市人力资源和社会保障局2019年度法治政府建设工作报告如下:\n一、2019年度法治政府建设主要举措和成效\n2019年以来,郑州市人力资源和社会保障局全面贯彻落实${PROSE}\n(一)持续强化党对法治政府建设的领导。${PROSE}${PROSE}`;
  it('is no title, and names no issuer (q219)', () => {
    const report = published(ingest(page, 'https://zzrs.zhengzhou.gov.cn/gs/2659275.jhtml'));
    expect(report.titleSynthesized).toBe(true);
    expect(report.issuer).toBeUndefined();
    expect(report).toMatchObject({ divisionCode: '410100', year: 2019 });
  });
  it('leaves the title above such a statement the title', () => {
    const titled = `郑州市人力资源和社会保障局2019年度法治政府建设工作报告\n${page}`;
    expect(published(ingest(titled)).title).toBe('郑州市人力资源和社会保障局2019年度法治政府建设工作报告');
  });
});

describe('the opening’s subject after the government it thanks', () => {
  const page = `2022年,在达州市委、市政府坚强领导下,万源坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n一、“法治政府”建设情况\n(一)高效组织。印发实施《法治万源建设规划(2021-2025年)》《万源市法治社会建设实施方案(2021-2025年)》${PROSE}${PROSE}`;
  it('places `在达州市委、市政府坚强领导下,万源坚持…` at 万源市, inside 达州市 (q104)', () => {
    expect(published(ingest(page, 'http://www.wanyuan.gov.cn/xxgk-show-105297.html'))).toMatchObject({
      divisionCode: '511781',
      level: 'county',
      year: 2022,
    });
  });
  it('leaves the city when the subject is the city itself', () => {
    const city = page.replace('万源坚持', '达州坚持').replaceAll('万源', '达州');
    expect(published(ingest(city)).divisionCode).toBe('511700');
  });
});

describe('a county-level city by its name as a county', () => {
  it('places `横县2020年度法治政府建设情况报告` at 横州市, renamed in 2021 (q106)', () => {
    const page = `横县2020年度法治政府建设情况报告\n发布时间:2021-02-25 10:00 来源: 横县人民政府办公室\n2020年,在市委、市政府的坚强领导下,横县${PROSE}现将有关工作情况报告如下:\n一、主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://gxhx.gov.cn/xxgk/xxgkml/jcxxgk/wjzl/HZBF/t4673303.html'))).toMatchObject({
      divisionCode: '450181',
      jurisdiction: '横州市',
      year: 2020,
    });
  });
  it('knows 长垣县, 禄丰县, 盘县 as 长垣市, 禄丰市, 盘州市', () => {
    const formers: Array<[string, string]> = [
      ['长垣县', '410783'],
      ['禄丰县', '532302'],
      ['盘县', '520281'],
    ];
    for (const [former, code] of formers) expect(gazetteer.byName.get(former)?.map((d) => d.code)).toEqual([code]);
  });
  it('gives no former name that is another county’s, or the end of one (`定县` in 武定县)', () => {
    expect(formerCountyNamesOf('定州市')).toEqual(['定县']);
    expect(gazetteer.byName.get('定县')).toBeUndefined();
    expect(gazetteer.byName.get('青县')?.map((d) => d.name)).toEqual(['青县']);
    expect(formerCountyNamesOf('城区')).toEqual([]);
  });
});

describe('a zone the gazetteer files with a qualifier', () => {
  it('places `2025年天津经济技术开发区法治政府建设情况报告` at `天津经济技术开发区（其他片区）` (q111)', () => {
    const page = `2025年天津经济技术开发区法治政府建设情况报告\n发布日期:2026-01-23 14:37 来源:泰达政务服务平台\n2025年,天津经济技术开发区管理委员会(简称经开区管委会)${PROSE}按照天津市、滨海新区决策部署,现将全年法治政府建设情况报告如下。\n一、经开区推进法治政府建设的主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'https://www.teda.gov.cn/contents/29/100812.html'))).toMatchObject({
      divisionCode: '120116400',
      level: 'township',
    });
  });
  it('gives no zone’s kind alone as a name (`经济开发区（马棚街道）`)', () => {
    expect(gazetteer.byName.get('天津经济技术开发区')?.map((d) => d.code)).toEqual(['120116400']);
    expect(aliasesOf('经济开发区（马棚街道）', 'township')).toEqual([]);
  });
});

describe('a town that names its party committee and government by level alone', () => {
  it('stays the town’s when it cites the province’s and the city’s rule-of-law meetings (q125)', () => {
    const page = `2022年,乡党委政府始终坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实中央全面依法治国工作会议精神、省委全面依法治省工作会议、市委全面依法治市工作会议精神,法治观音店建设更加完善。现将具体情况报告如下 :\n一、加强组织领导,落实主体责任。\n一是及时出台《观音店乡2022年依法治理工作要点》,${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://m.tibetthsy.com/New/Detail/20230315172108704.html'))).toMatchObject({
      divisionCode: '510822225',
      level: 'township',
    });
  });
});

describe('a city that names a district of its own only past its first sentences', () => {
  const page = `《梧州市人民政府2018年度法治政府建设工作报告》是2019年梧州市人民政府发布的通知。\n2018年,在自治区党委、自治区人民政府的坚强领导下,我市政府以习近平新时代中国特色社会主义思想为指导,${PROSE}市法制办、万秀区法制办获自治区全区政府法制系统记集体二等功。\n一、依法全面履行政府职能\n${PROSE}${PROSE}`;
  it('is the city’s (`我市政府`, q223)', () => {
    expect(published(ingest(page, 'https://m.zjtcn.com/news/50859557.html'))).toMatchObject({
      divisionCode: '450400',
      level: 'city',
      year: 2018,
    });
  });
  it('is the district’s when the district is the subject of its first sentence', () => {
    const district = page.replace('我市政府以', '万秀区以').replace('《梧州市人民政府', '《万秀区人民政府');
    expect(published(ingest(district)).divisionCode).toBe('450403');
  });
});

describe('a publisher that is the department its opening speaks as', () => {
  it('is the issuer when the opening thanks its government first (`近年来,在县委、县政府的领导下,宁县教育局党组坚持…`, q116)', () => {
    const page = `索引号: 621026jyj000/20250226-00012 发布机构: 宁县教育局\n2024年度法治政府建设工作报告\n来源: 发布时间:2025-02-26 浏览次数:\n近年来,在县委、县政府的领导下,宁县教育局党组坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现就相关情况报告如下:\n一、基本情况\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'https://www.ningxian.gov.cn/jyj/xxgk/fdzdgknr/gsgg/content_25788'))).toMatchObject({
      issuer: '宁县教育局',
      divisionCode: '621026',
    });
  });
});

describe('look-alikes', () => {
  it('rejects a disclosure report that cites the regulation before the report it makes (q118)', () => {
    const page = `根据《中华人民共和国政府信息公开条例》《丹江口市人民政府办公室<关于印发2020年政务公开工作要点>的通知》等有关要求,结合市市场监督管理局政府信息公开年度工作情况和有关统计数据编制本报告。本报告中所列数据统计期限为2020年1月1日至12月31日。\n一、总体情况\n2020年,市市场监管局坚持依法行政,${PROSE}${PROSE}`;
    const outcome = ingest(page, 'http://www.djk.gov.cn/xxgk/xxgknb/2020/202102/t20210218_3255434.shtml');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/政府信息公开工作年度报告/);
  });
  it('rejects news of an evaluation’s release that opens with `日前,` (q225)', () => {
    const page = `2016中国法治政府评估报告发布 西宁列西北省会城市第一\n2016-12-09 09:01 来源: 青海日报\n日前,中国政法大学法治政府研究院联合社科院社科文献出版社发布了法治政府建设蓝皮书《中国法治政府评估报告(2016)》,报告显示,西宁市法治政府建设水平提升显著。\n${PROSE}`;
    const outcome = ingest(page, 'http://www.gov.cn/xinwen/2016-12/09/content_5145475.htm');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/news item/);
  });
  it('still publishes a report that cites such a release in its body', () => {
    const page = `2016年,西宁市坚持${PROSE}日前,中国政法大学发布了《中国法治政府评估报告(2016)》,我市列西北省会城市第一。\n一、主要工作\n${PROSE}${PROSE}`;
    expect(published(ingest(page)).divisionCode).toBe('630100');
  });
});

describe('portals and names of prefecture-run areas', () => {
  it('reads www.hhlx.gov.cn as 红河 泸西 (a prefecture by its short name, then the county), for `我县` (q112)', () => {
    const page = `2021年,在县委、县人民政府的领导下,我局坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}为我县经济发展、社会稳定作出积极贡献。\n一、推进法治政府建设的主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'https://www.hhlx.gov.cn/info/2511/217891.htm'))).toMatchObject({
      divisionCode: '532527',
      level: 'county',
    });
  });
  it('knows 怀化市洪江管理区 as 洪江区 in its departments’ titles (q120)', () => {
    const page = `洪江区科技和工业信息化局关于2025年度法治政府建设情况的报告\n2025年以来,在区工委、区管委的正确领导下,我局${PROSE}现将有关情况报告如下:\n一、加强组织领导,压实法治责任\n${PROSE}${PROSE}`;
    expect(published(ingest(page))).toMatchObject({ divisionCode: '431271', issuer: '洪江区科技和工业信息化局' });
  });
});

describe('a mirror that prints a bullet before every line', () => {
  it('dates the report by its bulleted opening `•   2020年,…` (q205)', () => {
    const page = `• 当前所在位置:首页 - 海南资讯\n• 海南省人民政府br关于2020年度政府建设情况的报告\n•   2020年,在中央、国务院和省委的正确领导下,省政府${PROSE}现将有关情况报告如下:\n\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://uc652.com/html/hainanzixun/11725.html'))).toMatchObject({
      divisionCode: '460000',
      year: 2020,
    });
  });
});

describe('a portal’s banner naming the body over a title that names none', () => {
  const page = `兰州市交通运输委员会\n\njtw.lanzhou.gov.cn\n\n2020年法治政府建设工作报告\n发布日期:2021-05-07浏览次数: 字号:[ ]\n\n根据《法治政府建设与责任落实督查工作规定》要求,现将我委2020年法治政府建设工作报告如下:\n一、2020年推进法治政府建设的主要举措和成效\n${PROSE}${PROSE}`;
  it('is the issuer when the statement speaks as its kind (`现将我委…`, k233)', () => {
    expect(published(ingest(page, 'http://jtw.lanzhou.gov.cn/art/2021/5/7/art_1.html'))).toMatchObject({
      issuer: '兰州市交通运输委员会',
      divisionCode: '620100',
    });
  });
  it('is not when the statement speaks as another kind', () => {
    expect(published(ingest(page.replace('我委', '我局'))).issuer).toBeUndefined();
  });
});

describe('a mirror that renders every line as a list item', () => {
  const page = `北京市海淀区人民政府田村路街道办事处2021年法治政府建设情况报告\n发布机构:田村路街道办事处日期:2022-02-15 11:47\n2021年,田村路街道坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关情况报告如下:\n一、主要举措\n${PROSE}${PROSE}`;
  const bulleted = page
    .split('\n')
    .map((line) => `• ${line}`)
    .join('\n');
  it('reads it as the page without its bullets (a probe: 249 of 1,369 labelled pages read otherwise before, 0 after)', () => {
    const plain = published(ingest(page));
    const listed = published(ingest(bulleted));
    for (const field of ['title', 'divisionCode', 'issuer', 'year', 'publishedAt', 'sourceName'] as const)
      expect(listed[field]).toEqual(plain[field]);
    expect(listed).toMatchObject({ divisionCode: '110108021', year: 2021, publishedAt: '2022-02-15' });
  });
  it('reads a bulleted metadata row as the row (`• 来源:…日期:…`)', () => {
    expect(parseFields('• 来源:田村路街道办事处日期:2022-02-15 11:47')).toEqual([
      { kind: 'source', label: '来源', value: '田村路街道办事处' },
      { kind: 'published', label: '日期', value: '2022-02-15 11:47' },
    ]);
  });
});

describe('a Traditional mirror’s bulleted metadata list', () => {
  it('keeps the bullet that marks `• 文件標題 …` and `• 發布機構 …` as rows (p130 in Traditional)', () => {
    const page = `您當前的位置: 鄰鄂鎮>政務公開>法治政府建設年度報告\n  • 索引號 1150011400914350X1/2021-00017\n  • 發布日期 2021-04-16\n  • 文件標題 關於2020年法治政府建設情況的報告\n  • 發布機構 黔江區鄰鄂鎮\n\n關於2020年法治政府建設情況的報告\n\n黔江區鄰鄂鎮人民政府\n\n關於2020年法治政府建設情況的報告\n\n我鎮嚴格按照法治政府建設實施綱要要求,紮實推進法治政府建設,各項工作取得新成效。現將2020年法治政府建設情況報告如下:\n一、主要舉措\n堅持以習近平新時代中國特色社會主義思想為指導,深入學習貫徹習近平法治思想。`;
    const report = published(
      ingest(page, 'https://qianjiang.gov.cn/bmjd/xzxx/lez/zwgk_49658/gkml/fzzf/202104/t20210416_9180838.html'),
    );
    expect(report.title).toBe('關於2020年法治政府建設情況的報告');
    expect(report).toMatchObject({ sourceName: '黔江區鄰鄂鎮', divisionCode: '500114119', year: 2020 });
  });
});
