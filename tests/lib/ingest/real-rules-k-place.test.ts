import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Slice K's place and year misses (round eleven): general rules for where and when, each tested on
 * a piece of the real page's shape (the file it comes from is named) and, where a rule must not
 * overreach, on the shape it must leave alone.
 */

describe('a year stated as the work the report sums up', () => {
  const page = (summary: string) =>
    `根据2024年度法治政府建设工作安排,沈丘县科学技术局高度重视法治政府建设,${PROSE}${summary}\n一、主要工作成效\n${PROSE}${PROSE}\n二、存在问题及原因分析\n${PROSE}`;
  const url = 'http://www.shenqiu.gov.cn/reportlast_1735.html';
  it('dates `本报告旨在总结我局2024年度法治政府建设工作的经验和不足` at 2024 (k116)', () => {
    expect(
      published(
        ingest(page('本报告旨在总结我局2024年度法治政府建设工作的经验和不足,为下一年度法治建设工作做好谋划。'), url),
      ),
    ).toMatchObject({ year: 2024, divisionCode: '411624', level: 'county' });
  });
  it('dates nothing when the report sums up no year of its own', () => {
    expect(ingest(page('本报告旨在总结我局法治政府建设工作的经验和不足。'), url).status).toBe('rejected');
  });
});

describe('a statement read through the inline pinyin a converting mirror left in it', () => {
  const page = (statement: string) =>
    `一年來,在市委、市政府和省自然資源廳黨組的正確領(lǐng)導(dǎo)下,我局堅(jiān)持以習(xí)近平法治思想為統(tǒng)領(lǐng),緊緊圍繞中央《法治政府建設(shè)實(shí)施綱要(2021-2025年)》和《梅州市2021年依法行政工作要點(diǎn)》等精神,扎實(shí)推進(jìn)我局法治政府建設(shè)工作。${statement}\n一、深入學(xué)習(xí)宣傳貫徹習(xí)近平法治思想及推動落實(shí)情況\n我局黨組高度重視對習(xí)近平法治思想的學(xué)習(xí)宣傳,高度重視依法行政工作,今年局黨組理論學(xué)習(xí)中心組安排了一次專題學(xué)習(xí)。對中央依法治國的系列決策部署,及時(shí)傳達(dá)學(xué)習(xí)並部署貫徹落實(shí)。`;
  const url = 'http://www.dcwh.org.cn/zwgk/zfjg/szrzyj/tzgg/content/post_2277917.html';
  it('dates `現(xiàn)將我局2021年度法治政府建設(shè)情況報(bào)告如下` at 2021 (k230)', () => {
    expect(
      published(ingest(page('現(xiàn)將我局2021年度法治政府建設(shè)情況報(bào)告如下:'), url, '441400')),
    ).toMatchObject({ year: 2021 });
  });
  it('dates nothing when the statement names no year', () => {
    expect(ingest(page('現(xiàn)將有關(guān)情況報(bào)告如下:'), url, '441400').status).toBe('rejected');
  });
});

describe('a report thanking its government by level with no mark between `市委市政府`', () => {
  const page = (thanks: string) =>
    `2020年,${thanks}我局紧紧围绕建设一流交通运输法治政府部门的工作目标,认真落实法治政府建设的各项要求。\n一、深入学习贯彻习近平法治思想和中央全面依法治国工作会议精神\n局党组集体学习《优化营商环境条例》《广东省行政检查办法》等多部法规规章。${PROSE}${PROSE}`;
  const url = 'http://jtys.sz.gov.cn/zwgk/ghjh/ndgzjh/content/post_8588145.html';
  it('places `在市委市政府的正确领导下,我局…` on jtys.sz.gov.cn at 深圳市, not the cited 《广东省…》 (k235)', () => {
    expect(published(ingest(page('在市委市政府的正确领导下,'), url))).toMatchObject({
      divisionCode: '440300',
      level: 'city',
      year: 2020,
    });
  });
  it('leaves the province when the page does not name its government by level', () => {
    expect(published(ingest(page('在上级的正确领导下,'), url))).toMatchObject({ divisionCode: '440000' });
  });
});

describe('a zone named by its city’s stem outranks a place read only in a cited document', () => {
  const page = (zone: string) =>
    `${zone}统计局关于2025年度法治政府建设情况的报告\n\n中共${zone}工委:\n\n今年以来,在工委、管委会的坚强领导下,区统计局坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n一、学习贯彻情况\n组织学习中央层面学习教育工作专班《关于把云南省曲靖市统计造假、政治生态恶化的典型案例作为学习教育反面教材的通知》。${PROSE}${PROSE}`;
  it('places `武汉经开区统计局关于2025年度…` at 武汉市, not at the 曲靖市 of a cited notice (k135)', () => {
    expect(published(ingest(page('武汉经开区')))).toMatchObject({ divisionCode: '420100', year: 2025 });
  });
  it('leaves a zone whose stem is no city’s to the body', () => {
    expect(published(ingest(page('临空经开区')))).toMatchObject({ divisionCode: '530300' });
  });
});

describe('a place named under the first numbered section, near the top of a page with no title', () => {
  const url = 'http://www.kjzxfw.com/i/_MD5MMxAI_D_N.html';
  const page = (opening: string, section: string) =>
    `${opening}现将我局2020年度法治政府建设情况报告如下:\n一、推进法治政府建设的主要举措和成效\n(一)依法全面履行行政职能。${section}${PROSE}\n二、存在的问题\n${PROSE}${PROSE}`;
  it('is the body’s work, not the report’s place: `利津县汀罗镇前关村认定为…示范村` under `一、` (k224)', () => {
    const report = published(
      ingest(
        page(
          '2020年,市农业农村局认真贯彻落实依法治国、依法治省、依法治市有关要求,深入实施《东营市法治政府建设实施方案(2016-2020年)》,依法全面履行部门职责。',
          '组织开展了乡村治理示范村创建工作,利津县汀罗镇前关村认定为全国乡村治理示范村。',
        ),
        url,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '370500', jurisdiction: '东营市', level: 'city' });
  });
  it('still places a town’s report whose town is named only there', () => {
    const report = published(
      ingest(
        page('2020年,我镇在县委、县政府的坚强领导下,认真贯彻落实法治政府建设各项部署。', '利津县汀罗镇坚持依法行政。'),
        url,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '370522104', level: 'township' });
  });
  it('lifts a city bureau to its city by the opening’s voice, not by `全省` in the section under it (i251)', () => {
    const report = published(
      ingest(
        `2024年,在市委市政府的坚强领导下,市文化和旅游局坚持以习近平新时代中国特色社会主义思想为指导,积极推进法治政府建设。现将本年度法治政府建设情况报告如下:\n一、2024年推进法治政府建设的主要举措和成效\n(一)规范执法流程。制定《威海市文化市场综合执法流程》,办结的2起案件被评为全省重大案件,被全省通报表扬。严格落实《山东省行政执法案件评查标准》。${PROSE}\n二、存在的问题\n${PROSE}`,
        'https://www.weihai.gov.cn/art/2025/1/13/art_51863_5178125.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '371000', level: 'city' });
  });
});

describe('a report placed above its own kind, deepened by its portal’s two-letter gov.cn domain', () => {
  const page = `甘眉工业园区南区管理委员会2023年度法治政府建设工作报告\n\n文章来源:眉山机械产业园区 发布日期:2024-03-27\n\n2023年,园区坚持以习近平新时代中国特色社会主义思想为指导,全面落实区委、区政府法治政府建设工作部署,不断推进法治政府建设各项工作落地见效。现将园区2023年法治政府建设工作开展情况报告如下。\n一、法治建设工作情况\n(一)加强组织领导。${PROSE}\n(二)强化宣传教育。组织园区干部参加四川省国家工作人员学法考试,${PROSE}`;
  it('places `区委、区政府` on www.dp.gov.cn, whose body names only 四川省, at 东坡区 (k128)', () => {
    expect(published(ingest(page, 'http://www.dp.gov.cn/dpqrmzf/c100060/202403/abc.shtml'))).toMatchObject({
      divisionCode: '511402',
      jurisdiction: '东坡区',
      level: 'county',
    });
  });
  it('leaves the province when the domain’s one 区 is outside it (ql: 麒麟区, in 云南)', () => {
    expect(published(ingest(page, 'http://www.ql.gov.cn/info/1.html'))).toMatchObject({
      divisionCode: '510000',
      level: 'province',
    });
  });
});
