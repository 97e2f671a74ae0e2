import { describe, expect, it } from 'vitest';
import { aliasesOf, formerCountyNamesOf } from '../../../src/lib/gazetteer/gazetteer.ts';
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
    for (const [former, code] of [
      ['长垣县', '410783'],
      ['禄丰县', '532302'],
      ['盘县', '520281'],
    ])
      expect(gazetteer.byName.get(former)?.map((d) => d.code)).toEqual([code]);
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
