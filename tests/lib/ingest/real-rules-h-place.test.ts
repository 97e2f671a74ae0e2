import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * General rules for where and when, from the shapes that slice H's misses showed
 * (tests/fixtures/real, split `held`, read only after its figure was taken). Each is tested on a
 * piece of such a page (the file it comes from is named) and, where a rule must not overreach, on
 * the shape it must leave alone.
 */

describe('`镇(街道)`: a kind of unit with its alternative in brackets, not a place', () => {
  const page = (cut: string) =>
    `2024年,我县${PROSE}现将工作情况报告如下:\n一、工作开展情况\n${PROSE}有关县级领导、县级部门主要负责人和${cut}党(工)委书记为成员,${PROSE}出台《中共佛坪县委全面依法治县委员会2024年工作要点》,持续加强对法治佛坪建设的牵头抓总。${PROSE}`;
  it('does not read `负责人和镇(街道)` as 人和镇 (h124), so the county the page names places it', () => {
    expect(published(ingest(page('镇(街道)'), 'http://www.example.com/a/1.shtml'))).toMatchObject({
      divisionCode: '610730',
      jurisdiction: '佛坪县',
      level: 'county',
    });
  });
  it('still reads a town named in the body when no bracketed kind follows it', () => {
    const outcome = ingest(page('人和镇的'), 'http://www.example.com/a/1.shtml');
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.reasons.join(' ')).toContain('人和镇');
  });
});

describe('of any number of places named equally, the one the host spells', () => {
  const page = `2023年,市公安局认真贯彻落实中央、省委、市委有关法治政府建设工作部署。现将我局2023年法治政府建设工作情况报告如下。\n一、主要工作及成效\n${PROSE}针对宜春—长沙市全程网办确定“跨省通办”事项8项,针对宜春—广州市确定“跨省通办”事项64项。${PROSE}制定落实了《宜春市公安局营商环境提升行动实施方案》。${PROSE}`;
  it('places a city bureau naming 宜春市, 长沙市 and 广州市 once each on gaj.yichun.gov.cn (h423)', () => {
    expect(
      published(ingest(page, 'http://gaj.yichun.gov.cn/ycsgaj/ghjh/202407/860e6124363542319ae08683a5b82e7f.shtml')),
    ).toMatchObject({ divisionCode: '360900', jurisdiction: '宜春市', level: 'city' });
  });
  it('stays rejected, with the candidates, on a host that spells none of them', () => {
    const outcome = ingest(page, 'http://www.example.com/a/1.shtml');
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.reasons.join(' ')).toContain('named equally strongly');
  });
});

describe('a statement line alone above the first heading says the year', () => {
  const page = (statement: string) =>
    `${statement}\n一、全面深入贯彻学习习近平法治思想。${PROSE}\n二、强化法治政府部门建设。全面落实《乐山市党政主要负责人履行推进法治建设第一责任人职责实施办法》,${PROSE}`;
  it('dates a page with no title from `现将我局2023年…报告如下。` (h429)', () => {
    expect(published(ingest(page('现将我局2023年法治政府建设工作情况报告如下。')))).toMatchObject({
      year: 2023,
      divisionCode: '511100',
    });
  });
  it('reads no year from a short header line that is not the statement', () => {
    const outcome = ingest(page('2023年工作动态'));
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.reasons.join(' ')).toContain('which year');
  });
});

describe('a title naming a department by a level below the province alone', () => {
  const page = (title: string) =>
    `${title}\n\n发布时间:2022-03-01 10:50 来源:武汉市生态环境局\n\n${title}\n\n2021年,我局深入学习贯彻习近平法治思想、中央全面依法治国工作会议精神,${PROSE}\n\n一、认真学习贯彻习近平法治思想\n\n局党组深入学习贯彻中央全面依法治国工作会议和省委全面依法治省委员会第四次会议精神,${PROSE}`;
  it('keeps a city bureau citing `省委全面依法治省委员会` at its city (h437: `市生态环境局…`)', () => {
    expect(
      published(
        ingest(page('市生态环境局2021年法治政府建设工作报告'), 'http://hbj.wuhan.gov.cn/a/t20220301_1930380.html'),
      ),
    ).toMatchObject({ divisionCode: '420100', jurisdiction: '武汉市', level: 'city' });
  });
  it('still places a provincial department at the province (`省生态环境厅…`)', () => {
    expect(
      published(
        ingest(page('省生态环境厅2021年法治政府建设工作报告'), 'http://hbj.wuhan.gov.cn/a/t20220301_1930380.html'),
      ),
    ).toMatchObject({ divisionCode: '420000', level: 'province' });
  });
});

describe("a city bureau's office for one district, named by the district's stem", () => {
  const page = (title: string) =>
    `落实情况公开\n\n${title}\n\n信息来源:深圳市生态环境局 信息提供日期:2025-02-27 16:09\n\n2024年,我局${PROSE}现将2024年法治政府建设工作情况报告如下:\n\n一、加强对法治政府建设的统筹协调\n\n${PROSE}`;
  it("places `深圳市生态环境局龙华管理局…` at 深圳's 龙华区, not 海口's (h109)", () => {
    expect(
      published(
        ingest(
          page('深圳市生态环境局龙华管理局关于2024年度法治政府建设工作情况的报告'),
          'https://www.sz.gov.cn/a/post_12047540.html',
        ),
      ),
    ).toMatchObject({
      divisionCode: '440309',
      jurisdiction: '龙华区',
      level: 'county',
      region: ['广东省', '深圳市', '龙华区'],
    });
  });
  it('keeps the city when the stem is no district of it (`深圳市生态环境局执法管理局…`)', () => {
    expect(
      published(
        ingest(
          page('深圳市生态环境局执法管理局关于2024年度法治政府建设工作情况的报告'),
          'https://www.sz.gov.cn/a/post_1.html',
        ),
      ),
    ).toMatchObject({ divisionCode: '440300', level: 'city' });
  });
});

describe("a development zone named by its district's stem", () => {
  it('places a Traditional mirror of `新榮經(jīng)濟技術開發(fā)區(qū)…` at 新荣区, not 山西省 (h121)', () => {
    const page = `新榮經(jīng)濟技術開發(fā)區(qū)2024年法治政府建設年度報告\n2024年,新榮經(jīng)開區(qū)堅持以習近平新時代中國特色社會主義思想為指導,深入學習宣傳貫徹習近平法治思想,嚴格依法履職。現(xiàn)將法治政府建設情況報告如下:\n一、主要工作成效\n(一)在學法知法中提升法治思維。對《山西省安全生產(chǎn)條例》等進行集中學習,全面推進法治建設,依法行政,取得了顯著成效。`;
    expect(published(ingest(page, 'http://qyxwjj.com/xrqrmzfz/zfzcbm2024/202503/1.shtml'))).toMatchObject({
      divisionCode: '140212',
      jurisdiction: '新荣区',
      region: ['山西省', '大同市', '新荣区'],
      level: 'county',
    });
  });
  it("makes no guess when the stem is a city's as well as a county's (长沙)", () => {
    const page = `长沙经济技术开发区2024年法治政府建设年度报告\n2024年,经开区${PROSE}现将法治政府建设情况报告如下:\n一、主要工作成效\n对《湖南省安全生产条例》等进行集中学习,${PROSE}`;
    expect(published(ingest(page, 'http://www.example.com/a/1.shtml'))).toMatchObject({ divisionCode: '430000' });
  });
});

describe("a two-letter gov.cn domain read with the report's own word for its kind", () => {
  const page = `2024年,在区委、区政府的坚强领导下,在区委全面依法治区委员会的正确指导下,区退役军人事务局${PROSE}现将有关情况报告如下:\n一、2024年度推进法治政府建设的主要举措和成效\n${PROSE}`;
  it('places a `区` report on ql.gov.cn at 麒麟区, the one district of five places spelled `ql` (h116)', () => {
    expect(published(ingest(page, 'https://ql.gov.cn/index.php/gov/public/detail/ndfzjsbg/73528.html'))).toMatchObject({
      divisionCode: '530302',
      jurisdiction: '麒麟区',
      level: 'county',
    });
  });
  it('stays rejected when a city is one of the places spelled (`dl`: 大连市, whose domain hosts its districts too)', () => {
    expect(ingest(page, 'https://pc.dl.gov.cn/art/2023/1/30/art_2480_2067505.html').status).toBe('rejected');
  });
  it('stays rejected when the kind fits several (`市` on dl.gov.cn: 大连市 and 大理市) or outside gov.cn', () => {
    const city = `按照市委依法治市办相关工作安排,市发展改革委对2022年推进法治政府建设进展情况进行了认真总结。现将有关情况报告如下:\n一、主要举措和成效\n2022年,市发展改革委${PROSE}`;
    expect(ingest(city, 'https://pc.dl.gov.cn/art/2023/1/30/art_2480_2067505.html').status).toBe('rejected');
    expect(ingest(page, 'https://ql.example.com/a/1.html').status).toBe('rejected');
  });
  it("names the host's places of the report's kind in the reason, with the overrides lines (h434)", () => {
    const city = `按照市委依法治市办相关工作安排,市发展改革委对2022年推进法治政府建设进展情况进行了认真总结。现将有关情况报告如下:\n一、主要举措和成效\n2022年,市发展改革委${PROSE}`;
    const outcome = ingest(city, 'https://pc.dl.gov.cn/art/2023/1/30/art_2480_2067505.html');
    const reason = outcome.status === 'rejected' ? outcome.reasons.join(' ') : '';
    expect(reason).toContain('辽宁省大连市、云南省大理白族自治州大理市');
    expect(reason).toContain('"page.txt": "210200"');
    expect(reason).toContain('"page.txt": "532901"');
  });
});
