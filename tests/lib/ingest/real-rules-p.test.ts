import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { issuerFromTitle } from '../../../src/lib/ingest/page.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round sixteen: general rules from slice P's misses (tests/fixtures/real, split `last`, read only
 * after its blind figure was taken). Each is tested on a piece of such a page (the file it comes
 * from is named) and, where a rule must not overreach, on the shape it must leave alone.
 */

describe('a statement over the first section’s heading', () => {
  it('reads no title from `…现将市司法局2019年法治政府建设情况报告如下:` / `一、工作总结` (p223)', () => {
    const page = `市依法行政工作领导小组办公室:\n根据工作要求,现将市司法局2019年法治政府建设情况报告如下:\n一、工作总结\n市司法局坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}在2018年度法治广东建设考评中,我市首次迈进入全省优秀行列。\n(一) 依法全面履行政府职能。印发《江门市2019年依法行政工作要点》,${PROSE}${PROSE}`;
    const report = published(ingest(page, 'http://sd-xs.com/ztbd/fzzfjs/content/post_2025780.html'));
    expect(report.title).not.toMatch(/现将|如下/);
    expect(report.issuer).toBeUndefined();
    expect(report.year).toBe(2019);
  });
  it('still joins a title broken inside its phrase (`…2024年度法治政府` / `建设情况报告`)', () => {
    const page = `昌吉州人民政府2024年度法治政府\n建设情况报告\n2024年,州人民政府坚持${PROSE}\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(page)).title).toBe('昌吉州人民政府2024年度法治政府建设情况报告');
  });
});

describe('a title that opens with 关于', () => {
  it('names no issuer in `关于嘉兴市应急管理局2019年度法治政府建设工作的报告` (p216)', () => {
    expect(issuerFromTitle('关于嘉兴市应急管理局2019年度法治政府建设工作的报告')).toBeUndefined();
  });
  it('still reads the body before 关于', () => {
    expect(issuerFromTitle('嘉兴市应急管理局关于2019年度法治政府建设工作的报告')).toBe('嘉兴市应急管理局');
  });
});

describe('a township portal’s metadata list and heading', () => {
  const page = `您当前的位置: 邻鄂镇>政务公开>政府信息公开目录>法治政府建设年度报告\n  • 索引号 1150011400914350X1/2021-00017\n  • 发文字号\n  • 成文日期 2021-04-16\n  • 发布日期 2021-04-16\n  • 文件标题 关于2020年法治政府建设情况的报告\n  • 发布机构 黔江区邻鄂镇\n  • 有效性\n\n关于2020年法治政府建设情况的报告\n\n黔江区邻鄂镇人民政府\n\n关于2020年法治政府建设情况的报告\n\n\n我镇严格按照${PROSE}现将2020年法治政府建设情况报告如下:\n一、主要举措\n${PROSE}${PROSE}`;
  it('reads `文件标题` as the title’s label, and the town government under the title as the issuer (p130)', () => {
    expect(parseFields('  • 文件标题 关于2020年法治政府建设情况的报告')).toEqual([
      { kind: 'title', label: '文件标题', value: '关于2020年法治政府建设情况的报告' },
    ]);
    const report = published(
      ingest(page, 'https://qianjiang.gov.cn/bmjd/xzxx/lez/zwgk_49658/gkml/fzzf/202104/t20210416_9180838.html'),
    );
    expect(report.title).not.toMatch(/文件标题/);
    // The subject the page prints alone as its page title is the title; the body over its repeat a byline
    // (as m315, b071, g004 are labelled).
    expect(report.title).toBe('关于2020年法治政府建设情况的报告');
    expect(report).toMatchObject({ issuer: '黔江区邻鄂镇人民政府', divisionCode: '500114119', year: 2020 });
  });
});

describe('a name shared by places elsewhere, under a county’s own voice on its portal', () => {
  const page = `2023年,我县坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}为新时代现代化滨江新城建设提供有力法治保障。现将有关情况报告如下:\n一、2023年法治政府建设工作主要情况\n(一)切实加强法治建设统筹推进\n${PROSE}${PROSE}`;
  it('places `我县` … `滨江新城建设` on minhou.gov.cn at 闽侯县 (p104)', () => {
    expect(
      published(ingest(page, 'http://minhou.gov.cn/xjwz/zwgk/ghjh/gzzj/202401/t20240115_4759922.htm')),
    ).toMatchObject({ divisionCode: '350121', level: 'county', year: 2023 });
  });
  it('still rejects it, listing the candidates, where the portal spells no place', () => {
    const outcome = ingest(page, 'http://www.example.com/a/2024/0115/4759922.htm');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/ambiguous place name 滨江新城/);
  });
});

describe('a page cut at a subsection’s heading', () => {
  it('dates `(三)健全依法行政制度体系。` … `2022年我委主动公开…` by the one year opening a sentence (p122)', () => {
    const page = `(三)健全依法行政制度体系。\n1. 完善规范性文件制定和审查制度。\n我委印发了《重庆市开州区卫生健康委员会关于进一步加强规范性文件管理的通知》,${PROSE}\n2. 推进政务公开。\n2022年我委主动公开各类信息5548条,${PROSE}`;
    expect(
      published(
        ingest(page, 'http://www.cqkz.gov.cn/kz/zwgk_72016/zfxxgkml/fzzfjsndbg_1103/202302/t20230218_11622555.html'),
      ),
    ).toMatchObject({ year: 2022, divisionCode: '500154' });
  });
});

describe('a 行政执法 annual report', () => {
  it('rejects a page opening `一、2024年行政执法基本情况` (p105)', () => {
    const page = `一、2024年行政执法基本情况\n截至目前,我局仅有一人持有国家统计局颁发的统计执法检查证,${PROSE}\n二、开展执法规范化建设有关情况\n${PROSE}${PROSE}`;
    const outcome = ingest(
      page,
      'http://xixiu.gov.cn/web2023/zwgk/zdlyxxgk/yxjg/xzzfnb/202501/t20250109_86599044.html',
    );
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/行政执法 annual report/);
  });
  it('rejects one titled so, and publishes a rule-of-law report that names 行政执法 in its title', () => {
    const body = `2024年,区统计局坚持${PROSE}\n一、主要举措\n${PROSE}${PROSE}`;
    const enforcement = ingest(`西秀区统计局2024年行政执法工作年度报告\n${body}`);
    expect(enforcement.status === 'rejected' && enforcement.reasons[0]).toMatch(/行政执法 annual report/);
    expect(published(ingest(`西秀区统计局2024年法治政府建设和行政执法工作情况报告\n${body}`)).year).toBe(2024);
  });
});

describe('a metadata block printed without labels: index number, publisher, date', () => {
  const page = (block: string) =>
    `无障碍阅读 关怀版 返回首页\n政府信息公开\n济南市莱芜区2024年度法治政府建设报告\n${block}\n\n济南市莱芜区2024年度法治政府建设报告\n\n字号:\n\n打印整页 打印内容 分享\n\n2024年,莱芜区坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关情况报告如下:\n一、主要举措\n${PROSE}${PROSE}`;
  it('reads `济南市莱芜区人民政府` between the index number and the date as the source (p117, p119, k348)', () => {
    expect(
      published(
        ingest(
          page('11371202004358421D/2025-6640947\n济南市莱芜区人民政府\n2025-03-19'),
          'http://www.laiwu.gov.cn/art/2025/3/19/art_1.html',
        ),
      ),
    ).toMatchObject({ sourceName: '济南市莱芜区人民政府', publishedAt: '2025-03-19', divisionCode: '370116' });
  });
  it('reads no source from a body’s line with no index number above it', () => {
    expect(
      published(ingest(page('济南市莱芜区人民政府\n2025-03-19'), 'http://www.laiwu.gov.cn/art/2025/3/19/art_1.html'))
        .sourceName,
    ).toBeUndefined();
  });
});

describe('a zone that calls itself by its kind alone', () => {
  const page = `2021年,园区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻习近平法治思想,${PROSE}\n一、高位谋划部署,推进法治建设纵深发展\n${PROSE}2021年,园区管委会荣获苏州市法治政府建设工作先进集体,司法局、园区公安分局、娄葑街道获评法治苏州先进集体等。\n二、着眼便民惠企\n${PROSE}`;
  it('places `园区坚持…` naming only 娄葑街道, a street of 苏州工业园区, at the zone (p114)', () => {
    expect(
      published(ingest(page, 'https://njtuoao.com/www/szgyyq/fzjs/202205/f0cc476ef2b94b7bb33ef672d36df301')),
    ).toMatchObject({ divisionCode: '320576', level: 'county', year: 2021 });
  });
  it('leaves a town named in the body where its county is no zone', () => {
    const other = page.replaceAll('娄葑街道', '舒桥镇');
    expect(published(ingest(other, 'https://example.com/a/1.html')).level).not.toBe('county');
  });
});
