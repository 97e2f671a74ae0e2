import { describe, expect, it } from 'vitest';
import { gazetteer, ingest, PROSE, published } from './real-page.ts';
import { findPlaceNames, placesOfHost } from '../../../src/lib/gazetteer/resolve.ts';
import { openingSubject } from '../../../src/lib/ingest/ingest.ts';
import { findReportYear } from '../../../src/lib/ingest/page.ts';

/**
 * General rules for where and when, from the shapes that slice F's misses showed
 * (tests/fixtures/real, split `fresh`, read only after its figure was taken). Each is tested on a
 * piece of such a page (the file it comes from is named) and, where a rule must not overreach,
 * on the shape it must leave alone.
 */

const codesOfHost = (host: string) => placesOfHost(host, gazetteer).map((d) => d.code);

describe('gazetteer entries that are no places', () => {
  it('reads a county bureau as its county, not as the township-level entry named 林业局 (f106, f107)', () => {
    expect(findPlaceNames('保康县林业局2023年法治政府建设年度报告', gazetteer)).toEqual(['保康县']);
    const report = published(
      ingest(
        `2024年,县林业局${PROSE}现将我局法治政府建设工作情况报告如下。\n一、2024年推进法治政府建设主要举措和成效\n2024年5月,县林业局成立后,我局印发了《邻水县林业局2024年度会前学法工作方案》。${PROSE}`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '511623', jurisdiction: '邻水县', level: 'county' });
  });
});

describe('short names of townships', () => {
  it('finds a street the gazetteer files under a development zone by its own name (f018)', () => {
    expect(findPlaceNames('银杏大街街道在文峰区委、区政府', gazetteer)).toEqual(['银杏大街街道', '文峰区']);
    const report = published(
      ingest(
        `2025年,银杏大街街道在文峰区委、区政府和区法治政府建设领导小组的正确领导下,${PROSE}现将全年工作情况报告如下:\n一、主要举措\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '410571564', jurisdiction: '开发区银杏大街街道' });
  });
  it('finds an ethnic township by its name without the nationalities (f005: 铁石乡)', () => {
    expect(findPlaceNames('铁石乡2024年度法治政府建设工作情况报告', gazetteer)).toEqual(['铁石乡']);
    const report = published(
      ingest(
        `铁石乡2024年度法治政府建设工作情况报告\n2024年,铁石乡${PROSE}现将全乡法治政府建设工作情况总结如下:\n一、主要举措和成效\n编制并发布了《黔西市铁石乡人民政府权力清单和责任清单目录(2024版)》,${PROSE}`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '520581203', jurisdiction: '铁石苗族彝族乡', level: 'township' });
  });
});

describe('portals spelled by a short name or by initials', () => {
  it('spells an autonomous county by its short name (f153: mayang = 麻阳苗族自治县)', () => {
    expect(codesOfHost('www.mayang.gov.cn')).toEqual(['431226']);
  });
  it('spells a stem of four characters by its initials alone (f233: xsbn = 西双版纳)', () => {
    expect(codesOfHost('www.xsbn.gov.cn')).toEqual(['532800']);
  });
  it('tells 巴州 (xjbz) from 博州 (xjboz), whose short names share their initials (f220, c002)', () => {
    expect(codesOfHost('www.xjbz.gov.cn')).toEqual(['652800']);
    expect(codesOfHost('www.xjboz.gov.cn')).toEqual(['652700']);
  });
  it('knows fl.gov.cn as 涪陵区, and a bare `fl` label elsewhere as nothing (f138)', () => {
    expect(codesOfHost('www.fl.gov.cn')).toEqual(['500102']);
    expect(codesOfHost('fl.example.com')).toEqual([]);
  });
  it('places a prefecture office naming its prefecture only by its short name, by the host (f233)', () => {
    const report = published(
      ingest(
        `2024年,州政府办公室${PROSE}深入实施《西双版纳法治政府建设实施纲要(2021—2025年)》。现将2024年州政府办公室法治政府建设工作情况报告如下:\n一、法治政府建设工作情况\n${PROSE}`,
        'https://www.xsbn.gov.cn/101.news.detail.dhtml?news_id=2938280',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '532800', level: 'city' });
  });
});

describe('a mirror keeping the portal’s path', () => {
  const page = `自治区人民政府:\n2020年,我州${PROSE}贯彻落实习近平总书记关于新疆工作的重要讲话精神。\n一、主要举措\n${PROSE}`;
  it('reads the first path segment when the host spells no place (f220: /xjbz/bzf/)', () => {
    const report = published(ingest(page, 'http://www.feish-gz.com/xjbz/bzf/202101/d510a508fa9b.shtml'));
    expect(report).toMatchObject({ divisionCode: '652800', jurisdiction: '巴音郭楞蒙古自治州', level: 'city' });
  });
  it('does not read the path when the host spells a place itself (麻阳 on its own portal: 怀化市 for `我州`)', () => {
    expect(published(ingest(page, 'http://www.mayang.gov.cn/xjbz/1.html'))).toMatchObject({ divisionCode: '431200' });
  });
  it('does not read the path of a bare-IP host', () => {
    expect(ingest(page, 'http://101.230.193.164/xjbz/bzf/202101/d510a508fa9b.shtml').status).toBe('rejected');
  });
});

describe('a department that names no place and no level', () => {
  const page = `2025年,我局${PROSE}将法治思维贯穿“三农”工作全过程,现将有关情况报告如下:\n一、主要举措和成效\n${PROSE}`;
  it('is placed at the one place its portal spells (f153: mayang, f138: fl.gov.cn)', () => {
    expect(published(ingest(page, 'https://www.mayang.gov.cn/mayang/c105895/202601/8ccf.shtml'))).toMatchObject({
      divisionCode: '431226',
      level: 'county',
    });
    expect(published(ingest(page, 'http://www.fl.gov.cn/bm/sjj/zwgk_45790/202601/t20260130.html'))).toMatchObject({
      divisionCode: '500102',
    });
  });
  it('leaves a department that names its level to the level rules (`县林业局`, a city portal)', () => {
    const outcome = ingest(page.replace('我局', '县林业局'), 'https://www.xsbn.gov.cn/101.news.detail.dhtml?news_id=1');
    expect(outcome.status).toBe('rejected');
  });
  it('stays rejected on a host that spells several places (jinping: 金平区, 锦屏县, 金平县)', () => {
    expect(ingest(page, 'http://www.jinping.gov.cn/a/1.html').status).toBe('rejected');
  });
});

describe('a province named only by its rule-of-law brand', () => {
  it('places a `全省` report naming only `法治青海` at 青海省 (f239)', () => {
    const report = published(
      ingest(
        `2024年,在党中央、国务院的坚强领导下,全省各级行政机关${PROSE}现将有关情况报告如下。\n一、以法治政府建设引领更高水平的法治青海建设\n${PROSE}`,
        'http://www.jujinshan.com/zwgk/system/2025/03/27/030068424.shtml',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '630000', level: 'province' });
  });
  it('places a municipality by the General Secretary’s inspection of it (e139: `考察上海重要讲话`, c061)', () => {
    const report = published(
      ingest(
        `2022年,全市${PROSE}深入贯彻习近平总书记考察上海重要讲话精神。现将有关情况报告如下。\n一、主要举措\n${PROSE}`,
        'http://www.gzfuluhua.com/news/1.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '310000', level: 'province' });
    expect(
      published(
        ingest(`2022年,全市${PROSE}深入贯彻习近平总书记对重庆所作重要讲话精神。现将有关情况报告如下。\n${PROSE}`),
      ),
    ).toMatchObject({ divisionCode: '500000' });
  });
  it('leaves a city’s `全市` report citing its province’s inspection unplaced (`考察江西`, f237)', () => {
    expect(
      ingest(`2023年,全市${PROSE}全面贯彻落实习近平总书记考察江西重要讲话精神。现将有关情况报告如下。\n${PROSE}`)
        .status,
    ).toBe('rejected');
  });
  it('leaves a `全市` report naming a province’s brand unplaced', () => {
    expect(ingest(`2024年,全市${PROSE}助力法治青海建设。现将有关情况报告如下。\n${PROSE}`).status).toBe('rejected');
  });
});

describe('the opening’s subject', () => {
  it('is not read from the addressee line (f017: `城中区委全面依法治区委员会:`)', () => {
    const report = published(
      ingest(
        `城中区委全面依法治区委员会:\n在全面建设社会主义现代化国家新征程上,人民街街道办事处坚持以习近平法治思想为根本遵循,认真贯彻落实《城中区2025年法治政府建设工作要点》要求。现将2025年工作情况总结如下:\n一、全年工作完成情况\n${PROSE}`,
        'https://xncz.gov.cn/info/4653/210111.htm',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '630103001', level: 'township' });
  });
  it('reads a joint subject by its first body (f223: `石家庄市委、市政府积极…`)', () => {
    expect(openingSubject('2024年,石家庄市委、市政府积极践行习近平法治思想')).toBe('石家庄市委');
    const report = published(
      ingest(
        `2024年,石家庄市委、市政府积极践行习近平法治思想,我市法治政府建设各项工作取得新进展。现将有关情况报告如下。\n一、加强组织领导\n市委、市政府${PROSE}打造特色亮点品牌,新乐市、`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '130100', level: 'city' });
  });
});

describe('a report placed below its own word', () => {
  it('goes up from a county named in the body to the city the `全市` report names (f237)', () => {
    const report = published(
      ingest(
        `2023年,在省委、省政府和市委坚强领导下,全市各级行政机关${PROSE}\n一、2023年法治政府建设主要工作及成效\n(一)坚持党的全面领导,法治政府建设蹄疾步稳\n1.精心谋划法治建设工作。印发《景德镇市贯彻落实〈法治政府建设实施纲要〉实施方案》,${PROSE}浮梁县“践行‘两山’生态”获评示范项目。`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '360200', level: 'city' });
  });
  it('goes up from a town to the county-level city a `全市` report names (句容市, 下蜀镇)', () => {
    const report = published(
      ingest(
        `2023年,全市各级行政机关${PROSE}\n一、主要举措\n(一)坚持党的领导\n1.印发《句容市法治政府建设实施方案》,${PROSE}下蜀镇“法治超市”获评示范项目。`,
      ),
    );
    expect(report).toMatchObject({ jurisdiction: '句容市', level: 'county' });
  });
  it('goes up from a town to the county a `全县` report names in its body (the same rule a level lower)', () => {
    const report = published(
      ingest(
        `2024年,全县各级行政机关${PROSE}\n一、主要举措\n(一)坚持党的领导\n1.印发《旌德县法治政府建设实施方案》,${PROSE}蔡家桥镇“法治超市”获评示范项目。`,
      ),
    );
    expect(report).toMatchObject({ jurisdiction: '旌德县', level: 'county' });
  });
  it('rejects a `全市` report placed at a province that is no municipality, with the overrides line (f216)', () => {
    // f216 masks its city as `(略)`, which the text rules reject first (real-rules-f-text); the
    // same opening with the city left out entirely is this rule's case.
    const outcome = ingest(
      `2023年,认真贯彻落实省委、省政府工作要求,强力推动辽宁省法治政府建设十项重点任务落地落实。现将有关情况报告如下。\n一、主要工作举措和成效\n全市建成便民服务站1726个,${PROSE}`,
    );
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') expect(outcome.reasons[0]).toMatch(/全市.*辽宁省.*content\/overrides\.yaml/u);
  });
});

describe('the year', () => {
  it('reads the one year an opening `今年以来` statement prints (f047)', () => {
    expect(
      findReportYear(undefined, [
        '今年以来,龙华街道坚持以习近平新时代中国特色社会主义思想为指导,按照《深圳市龙华区2021年度法治政府建设工作方案》部署要求,稳步推进法治政府建设工作。现将有关情况报告如下:',
      ]),
    ).toEqual({ year: 2021, from: 'opening' });
  });
  it('reads no year from a `今年以来` opening printing two', () => {
    expect(
      findReportYear(undefined, ['今年以来,街道落实《2021年度工作方案》和《2022年工作要点》。现将有关情况报告如下:'])
        .year,
    ).toBeUndefined();
  });
  it('takes the opening’s year over a headline announcing a report (f219)', () => {
    expect(
      findReportYear('[山东省政府发布2018年度法治政府建设情况报告] 对法治政府建设的思考', [
        '2016年,山东省政府以党的十八大精神为指导,深入推进依法行政。',
      ]),
    ).toEqual({ year: 2016, from: 'opening' });
    expect(findReportYear('山东省2016年法治政府建设情况报告', ['2017年,山东省政府…'])).toEqual({
      year: 2016,
      from: 'title',
    });
  });
});
