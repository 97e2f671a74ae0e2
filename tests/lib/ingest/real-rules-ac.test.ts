import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty-nine: general rules from slice AC's misses (tests/fixtures/real, split `unvisited`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('a page glued into one line under its title and a byline (ac218)', () => {
  const glued = `惠州市人民政府关于2022年度法治政府建设情况的报告发布时间:2023-01-31 16:38:31来源:惠州市政府办公室浏览字号:大|中|小分享到:  惠州市人民政府关于2022年度法治政府建设情况的报告惠府〔2023〕6号   2022年以来,在市委的正确领导和市人大及其常委会、市政协的监督支持下,市政府坚持以习近平新时代中国特色社会主义思想为指导,${PROSE} 一、主要工作及成效 (一)深入贯彻党的二十大精神。${PROSE}${PROSE}${PROSE}${PROSE}`;
  const page = `惠州市人民政府关于2022年度法治政府建设情况的报告\n\n鹅城清风 3669 字 10个月前\n\n${glued}`;
  it('is cut again though its title was cut out first, the number after the title and a counter’s word left out', () => {
    expect(published(ingest(page, 'https://www.hz0752.cc/7398/7067.html'))).toMatchObject({
      title: '惠州市人民政府关于2022年度法治政府建设情况的报告',
      docNumber: '惠府〔2023〕6号',
      sourceName: '惠州市政府办公室',
      publishedAt: '2023-01-31',
      divisionCode: '441300',
      year: 2022,
    });
  });
});

describe('a city named by its stem as the opening’s subject (ac203)', () => {
  const page = `2024年,淮安坚持以习近平新时代中国特色社会主义思想为指导,深学笃行习近平法治思想,${PROSE}\n一、坚持和加强党的领导\n一是深学笃行习近平法治思想。市政府发挥带头示范作用,市政府常务会认真传达学习习近平法治思想重要论述。${PROSE}`;
  it('is placed at the city its stem names (淮安市, not its 淮安区)', () => {
    expect(published(ingest(page, 'http://at2000.net/col/1.html'))).toMatchObject({
      divisionCode: '320800',
      level: 'city',
      year: 2024,
    });
  });
  it('is not read so in a county’s voice (`县政府发挥带头示范作用`)', () => {
    const outcome = ingest(page.replaceAll('市政府', '县政府'), 'http://at2000.net/col/1.html');
    expect(outcome.status === 'rejected' ? 'none' : outcome.report.divisionCode).not.toBe('320800');
  });
});

describe('a people’s organisation over its subject (ac101)', () => {
  it('reads `…残疾人联合会` / `关于2025年度…的报告` as one title, the organisation its issuer', () => {
    const page = `| 索引号: | 4311030021/2026-08988 | 分类: | |\n| 发文机关: | 冷水滩区 | 发文日期: | |\n| 名称: | |||\n| 文号 : | |||\n永州市冷水滩区残疾人联合会\n关于2025年度法治政府建设情况的报告\n2025年,在区委、区政府的坚强领导下,区残联坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将2025年区残联法治政府建设情况报告如下:\n一、主要举措和成效\n${PROSE}`;
    expect(published(ingest(page, 'http://www.lst.gov.cn/lst/gsgg/202601/1.shtml'))).toMatchObject({
      title: '永州市冷水滩区残疾人联合会关于2025年度法治政府建设情况的报告',
      issuer: '永州市冷水滩区残疾人联合会',
      divisionCode: '431103',
    });
  });
});

describe('a bureau’s publisher that speaks as 我局 after its addressee and the year’s setting (ac217)', () => {
  const page = `2020年度法治政府建设工作报告\n索引号 : 011337629/2020-23467 文       号 : 无\n主题分类: 其他 发文单位: 咸宁市水利和湖泊局\n名       称: 2020年度法治政府建设工作报告 发布日期: 2020年12月21日\n有效性: 有效 发文日期: 2020-12-21\n市委依法治市办:\n2020年是决胜全面建成小康社会、决战脱贫攻坚之年,也是“十三五”规划收官之年。今年以来,我局深入学习领会习近平法治思想,${PROSE}\n一、深入学习全面依法治国方略\n${PROSE}`;
  it('is the issuer', () => {
    expect(published(ingest(page, 'http://slj.xianning.gov.cn/xxgk/202012/t20201221_2239313.shtml')).issuer).toBe(
      '咸宁市水利和湖泊局',
    );
  });
  it('is not when the opening speaks as the government (`我市`)', () => {
    const government = page.replace('我局深入学习', '我市深入学习');
    expect(
      published(ingest(government, 'http://slj.xianning.gov.cn/xxgk/202012/t20201221_2239313.shtml')).issuer,
    ).toBeUndefined();
  });
});

describe('a site’s name and column before the heading in the page title (ac221)', () => {
  it('is cut off: the heading printed alone below is the title', () => {
    const page = `页面:\n    字体:\n梅州市人民政府门户网站 梅州市司法局 公示公告 梅州市司法局2022年法治政府建设年度报告\n当前位置:首页 > 政务公开 > 政府机构 > 市司法局 > 公示公告\n梅州市司法局2022年法治政府建设年度报告\n来源:本网   时间:2023-01-19 10:40:25   浏览:-\n字号:\n\n2022年,在市委、市政府坚强领导下,梅州市司法局坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n一、主要举措\n${PROSE}`;
    expect(
      published(ingest(page, 'https://www.meizhou.gov.cn/zwgk/zfjg/ssfj/gsgg/content/post_2441207.html')),
    ).toMatchObject({ title: '梅州市司法局2022年法治政府建设年度报告', issuer: '梅州市司法局' });
  });
});

describe('an aggregator’s placeholder for its publisher (ac214)', () => {
  it('names no source (`发布部门:信息补充中`)', () => {
    const page = `珠海市人民政府2023年法治政府建设年度报告\n政策\n发布部门:信息补充中\n发布时间:2024年01月22日\n有效性:政策是否有效未知,请慎用\n2023年,珠海市坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n一、主要举措\n${PROSE}`;
    const report = published(ingest(page, 'https://gd.010b.com/policy/detail/46748.html'));
    expect(report.sourceName).toBeUndefined();
    expect(report.publishedAt).toBe('2024-01-22');
  });
});

describe('a government’s office reporting on a portal that names the government its publisher (ac110)', () => {
  const page = `| 索引号 | 1153302201525883XU/20260126-00002 | 发布机构 | 施甸县人民政府 |\n| 公开目录 | 法治政府建设 | 发布日期 | 2026-01-26 |\n| 文号 | 浏览量 | 27 |\n2025年,县政府办公室在县委、县政府的坚强领导下,以习近平法治思想为根本遵循和行动指南,${PROSE}现将全年工作情况报告如下:\n一、主要举措和成效\n${PROSE}`;
  it('is not the government’s report: no issuer', () => {
    const report = published(ingest(page, 'https://shidian.gov.cn/info/11648/3799213.htm'));
    expect(report).toMatchObject({ divisionCode: '530521', sourceName: '施甸县人民政府' });
    expect(report.issuer).toBeUndefined();
  });
  it('still names the government when the opening speaks as it (`县委、县政府坚持…`)', () => {
    const government = page.replace('县政府办公室在县委、县政府的坚强领导下,', '县委、县政府坚持');
    expect(published(ingest(government, 'https://shidian.gov.cn/info/11648/3799213.htm')).issuer).toBe(
      '施甸县人民政府',
    );
  });
});

describe('a catalogue entry’s date beside an empty number, in a list (z110 with bullets)', () => {
  it('is its own cell, not the number', () => {
    expect(parseFields('• 发文字号 著录时间2025-02-26')).toEqual([
      { kind: 'docNumber', label: '发文字号', value: '' },
      { kind: 'ignored', label: '著录时间', value: '2025-02-26' },
    ]);
  });
});
