import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Slice L's place and year misses (round twelve): general rules for where and when, each tested on
 * a piece of the real page's shape (the file it comes from is named) and, where a rule must not
 * overreach, on the shape it must leave alone.
 */

describe('a portal spelled by its place’s full name with the suffix said in pinyin', () => {
  const page = `2024年,在区委、区政府及区依法治区委员会的正确领导和各部门单位的关心支持下,${PROSE}现将有关工作报告如下:\n一、加强制度建设、明确法治职责\n${PROSE}${PROSE}\n二、加强宣传教育、提升队伍素质\n${PROSE}`;
  it('places `区委、区政府` on yunxiqu.gov.cn at 云溪区 (l142)', () => {
    expect(published(ingest(page, 'https://yunxiqu.gov.cn/31295/65688/content_2274083.html'))).toMatchObject({
      divisionCode: '430603',
      level: 'county',
      year: 2024,
    });
  });
  it('places nothing on a host that spells the stem with a suffix the place does not have', () => {
    expect(ingest(page, 'https://yunxixian.gov.cn/31295/65688/content_2274083.html').status).toBe('rejected');
  });
});

describe('a place name shared by several divisions, settled by the division code its index number opens with', () => {
  const page = (index: string) =>
    `- 索 引 号:${index}\n- 主题分类:法治政府建设\n- 发布机构:人力资源和社会保障局\n- 成文时间:2022年02月28日\n- 标 题:市中区人力资源和社会保障局2021年度法治政府建设情况报告\n市中区人力资源和社会保障局2021年度法治政府建设情况报告\n2021年以来,区人社局在区委、区政府正确领导下,${PROSE}现将我局2021年法治政府建设情况报告如下。\n一、2021年度推进法治政府建设的主要举措和成效\n${PROSE}${PROSE}`;
  it('places 市中区 with `索 引 号:370402/2022-00029` at 枣庄市市中区 (l106)', () => {
    expect(published(ingest(page('370402/2022-00029')))).toMatchObject({
      divisionCode: '370402',
      level: 'county',
      year: 2021,
    });
  });
  it('settles nothing with an index number that opens with no division code', () => {
    expect(ingest(page('000014349/2022-00029')).status).toBe('rejected');
  });
});

describe('a zone named by a municipality’s stem and one of its districts’ stems', () => {
  const page = (zone: string) =>
    `当前位置:首页> 政务公开> 最新文件\n\n${zone}2024年度法治政府建设情况报告\n发布日期: 2025-03-26 09:54      来源: 天津滨海高新技术产业开发区\n\n2024年,高新区坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关工作情况报告如下:\n\n一、法治建设第一责任人职责切实履行\n\n一是主体责任稳步压实。在高新区党委的领导下,${PROSE}${PROSE}`;
  const url = 'https://www.tjbh.gov.cn/gxq/contents/10867/292106.html';
  it('places `天津滨海高新区2024年度…` in 天津市滨海新区, not 盐城’s 滨海县, at the zone itself there (l127)', () => {
    expect(published(ingest(page('天津滨海高新区'), url))).toMatchObject({
      divisionCode: '120116402',
      jurisdiction: '天津滨海新区高新技术产业开发区',
      level: 'township',
      year: 2024,
    });
  });
  it('stays at the district for a kind of zone the district holds no division of', () => {
    expect(published(ingest(page('天津滨海工业园区'), url))).toMatchObject({ divisionCode: '120116', level: 'county' });
  });
  // (`天津经济技术开发区` itself is a division since round seventeen, known without its `（其他片区）`: q111.)
  it('leaves a zone named by the municipality alone at the municipality', () => {
    expect(published(ingest(page('天津国际合作示范区'), url))).toMatchObject({ divisionCode: '120000' });
  });
});

describe('a city’s zone named without the city’s stem on a portal the city’s initials spell', () => {
  const page = (zone: string) =>
    `2024年,在市委、市政府的坚强领导下,${zone}(以下简称“新区”)始终坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关情况报告如下:\n一、2024年法治政府建设工作情况\n(一)深入学习贯彻习近平法治思想。${PROSE}${PROSE}\n(二)健全完善新区法治制度机制。${PROSE}`;
  it('places `滨海湾新区` on bhwxq.dg.gov.cn at 东莞滨海湾新区, of 东莞市 and 东港市 (l126)', () => {
    expect(
      published(ingest(page('滨海湾新区'), 'http://bhwxq.dg.gov.cn/gkmlpt/content/4/4331/post_4331833.html')),
    ).toMatchObject({ divisionCode: '441900404', level: 'township', year: 2024 });
  });
  it('places nothing when the page names its zone only by its kind', () => {
    expect(ingest(page('高新区'), 'http://gxq.dg.gov.cn/gkmlpt/content/4/4331/post_4331833.html').status).toBe(
      'rejected',
    );
  });
  it('places nothing when no city the domain spells has such a zone', () => {
    expect(ingest(page('滨海湾新区'), 'http://bhwxq.dl.gov.cn/gkmlpt/content/4/4331/post_4331833.html').status).toBe(
      'rejected',
    );
  });
});

describe('a national-level new area that is no division, read as the division that governs it', () => {
  it('places `西咸新区2022年度法治政府建设工作报告` at 西安市 (l134)', () => {
    const page = `西咸新区2022年度法治政府建设工作报告\n\n2022年,西咸新区法治政府建设工作在党工委、管委会的领导下,${PROSE}\n\n一、加强党的领导,健全法治政府建设制度机制\n\n(一)加强党对法治工作的领导。二是印发《法治西咸建设实施规划(2021-2025年)》《西咸新区2022年法治政府建设工作要点》等文件。${PROSE}`;
    expect(
      published(ingest(page, 'http://www.xixianxinqu.gov.cn/zwgk/fdzdgknr/ggfw/ggflfw/63e9a9d8f8fd1c4c213f35d2.html')),
    ).toMatchObject({ divisionCode: '610100', level: 'city', jurisdiction: '西安市', year: 2022 });
  });
  it('leaves a district’s report that cites the new area at the district', () => {
    const page = `西安市未央区2022年度法治政府建设工作报告\n\n2022年,未央区坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}与西咸新区建立执法协作机制。\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(page))).toMatchObject({ divisionCode: '610112', level: 'county' });
  });
});

describe('a report cut to its sections, dated by the one year its first lines print opening a sentence', () => {
  const section = (years: string) =>
    `(二)深化“放管服”改革、优化营商环境情况。\n一是全面实行权责清单制度,提升政务服务效能。${years}动态调整本部门主管的行政许可(区、乡镇)共29项,落实责任主管部门以及具体责任人。深入开展“互联网+政务服务”,集中进驻事项“应进必进”。${PROSE}`;
  const opening = `一、基本情况\n(一)学习贯彻习近平法治思想情况。\n一是我委把习近平法治思想纳入区委农业农村工委理论学习中心组的学习内容。${PROSE}\n`;
  const url = 'http://fl.gov.cn/bm/nyncw/zwgk_46354/zfxxgkml/fzzfjsndbgg1/202301/t20230104_11453480.html';
  it('dates `一、基本情况` … `。2022年动态调整…` at 2022 (l115)', () => {
    expect(published(ingest(opening + section('2022年'), url))).toMatchObject({ year: 2022, divisionCode: '500102' });
  });
  it('dates nothing when the first lines print another year too', () => {
    expect(ingest(`${opening}对照《2021年工作要点》逐项落实。\n${section('2022年')}`, url).status).toBe('rejected');
  });
  it('dates nothing on a page that opens with no section heading (a letter, h432)', () => {
    expect(ingest(`全市交通运输企业的朋友们:\n${section('2022年')}`, url).status).toBe('rejected');
  });
});

describe('a place named as the partner the report’s own place is paired with', () => {
  const page = (pairing: string) =>
    `一、基本情况\n(一)学习贯彻习近平法治思想情况。\n2022年,我委把习近平法治思想纳入区委农业农村工委理论学习中心组的学习内容。${PROSE}\n(二)深化“放管服”改革、优化营商环境情况。\n一是全面实行权责清单制度,深化落实“全渝通办”53项,${pairing}47项跨区通办。${PROSE}`;
  const url = 'http://fl.gov.cn/bm/nyncw/zwgk_46354/zfxxgkml/fzzfjsndbgg1/202301/t20230104_11453480.html';
  it('places `与武隆区对口协调发展服务事项` on fl.gov.cn at 涪陵区, not 武隆区 (l115)', () => {
    expect(published(ingest(page('与武隆区对口协调发展服务事项'), url))).toMatchObject({
      divisionCode: '500102',
      year: 2022,
    });
  });
  it('still reads a place named in the body otherwise', () => {
    expect(published(ingest(page('武隆区政务服务中心办理事项'), url))).toMatchObject({ divisionCode: '500156' });
  });
});

describe('a zone’s committee named only by its kind', () => {
  const page = (committee: string) =>
    `信息公开\n\n${committee}关于 2022年法治政府建设情况报告\n\n发布时间:2023-02-15 14:29:59   索引号:    文号:    来源:   \n\n2022年,经开区坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕法治中国、法治云南、法治建设的有关要求,${PROSE}现将2022年法治政府建设情况报告如下:\n\n一、2022年推进法治政府建设的主要举措和成效\n\n${PROSE}${PROSE}`;
  it('does not read `经济技术开发区管理委员会` as the 开发区管理委员会 of 太和县 or 临川区 (l108)', () => {
    const outcome = ingest(page('经济技术开发区管理委员会'));
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.reasons.join(' ')).not.toMatch(/太和县|临川区/u);
  });
  it('still reads a committee named by its place', () => {
    expect(published(ingest(page('七台河经济开发区管理委员会')))).toMatchObject({
      divisionCode: expect.stringMatching(/^2309/u),
    });
  });
});
