import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { issuerFromTitle } from '../../../src/lib/ingest/page.ts';
import { gazetteer, ingest, PROSE, published } from './real-page.ts';

/**
 * Round thirteen: general rules from slice M's misses (tests/fixtures/real, split `newest`, read
 * only after its blind figure was taken). Each is tested on a piece of such a page (the file it
 * comes from is named) and, where a rule must not overreach, on the shape it must leave alone.
 */

describe('a metadata list whose items open with a bullet and a label, the value on the next line', () => {
  const page = (publisherLine: string) =>
    `• 索引号\nlcxlyhcyj/2025-00003\n${publisherLine}\n绿春县林业和草原局\n• 文号\n• 发布日期\n2025-03-19\n\n绿春县林草局2024年度法治政府建设年度报告\n\n根据中共绿春县委全面依法治县委员会办公室《关于报送2024年度法治政府建设相关工作情况的通知》要求,现将绿春县林业和草原局落实2024年度法治政府建设年度报告如下:\n\n一、2024年度推进法治政府建设的主要举措和成效\n\n${PROSE}${PROSE}`;
  it('reads `• 发布机构` / `绿春县林业和草原局` as the source (m110)', () => {
    expect(published(ingest(page('• 发布机构'), 'https://www.hhlc.gov.cn/info/3131/278101.htm'))).toMatchObject({
      sourceName: '绿春县林业和草原局',
      publishedAt: '2025-03-19',
      divisionCode: '532531',
    });
  });
  it('reads a bullet and a label as a label only when the label opens the item', () => {
    expect(parseFields('• 发布机构')).toEqual([{ kind: 'publisher', label: '发布机构', value: '' }]);
    expect(parseFields('• 发布机构 绿春县林业和草原局')).toEqual([
      { kind: 'publisher', label: '发布机构', value: '绿春县林业和草原局' },
    ]);
    expect(parseFields('• 按时发布机构改革信息')).toEqual([]);
  });
});

describe('a publication date labelled 发布于', () => {
  it('reads `发布于:2023-01-06 09:04:54` under the title (m116)', () => {
    const page = `河北唐山芦台经济开发区管委会2022年度法治政府建设工作报告\n发布于:2023-01-06 09:04:54\n唐山市人民政府:\n2022年,芦台经济开发区坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将我区2022年法治政府建设工作作如下汇报。\n一、不断完善推进机制,推动整体水平提升\n${PROSE}${PROSE}`;
    expect(published(ingest(page))).toMatchObject({ publishedAt: '2023-01-06', year: 2022 });
  });
  it('reads 发布于 only before a colon, never in prose', () => {
    expect(parseFields('发布于:2023-01-06 09:04:54')).toEqual([
      { kind: 'published', label: '发布于', value: '2023-01-06 09:04:54' },
    ]);
    expect(parseFields('该文件发布于2023年1月')).toEqual([]);
  });
});

describe('a title whose year runs straight into its subject, with no 年', () => {
  it('reads the body `深圳市宝安区司法局` before `2021法治政府建设年度报告` as the issuer (m125)', () => {
    expect(issuerFromTitle('深圳市宝安区司法局2021法治政府建设年度报告')).toBe('深圳市宝安区司法局');
  });
  it('still reads no body from a title that opens with a place', () => {
    expect(issuerFromTitle('深圳市宝安区2021法治政府建设年度报告')).toBeUndefined();
  });
});

describe('北京’s and 天津’s area offices (地区), one body with a town’s or a township’s government', () => {
  it('knows 西红门镇 as 大兴区’s 西红门地区, and no other province’s 地区 so', () => {
    expect(gazetteer.byName.get('西红门镇')?.map((d) => d.code)).toEqual(['110115007']);
    expect(gazetteer.byName.get('南磨房乡')?.map((d) => d.code)).toEqual(['110105021']);
    expect(gazetteer.byName.get('庆华街道镇')).toBeUndefined();
  });
  it('places `2021年西红门镇人民政府在区委、区政府的正确领导下` at 西红门地区 (m118)', () => {
    const page = `2021年西红门镇人民政府在区委、区政府的正确领导下,以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关情况报告如下:\n一、推进法治政府建设的主要举措和成效\n${PROSE}${PROSE}`;
    expect(
      published(ingest(page, 'https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/ztlm/fzzfjsbg/zj10/xhmz15/1914651/index.html')),
    ).toMatchObject({ divisionCode: '110115007', jurisdiction: '西红门地区', level: 'township', year: 2021 });
  });
});

describe('a year’s summary with the next year’s plan after it', () => {
  const page = (title: string) =>
    `${title}\n2022年,县卫生健康局坚持以习近平新时代中国特色社会主义思想为指导,在县委、县政府的正确领导下,${PROSE}现将卫生健康局2022年“法治政府建设”工作开展情况汇报如下:\n一、法治建设工作整体情况\n${PROSE}${PROSE}`;
  it('publishes `…2022年法治政府建设工作总结和2023年度工作计划` as the 2022 report (m121)', () => {
    expect(
      published(ingest(page('石林彝族自治县卫生健康局2022年法治政府建设工作总结和2023年度工作计划'))),
    ).toMatchObject({ divisionCode: '530126', year: 2022, issuer: '石林彝族自治县卫生健康局' });
  });
  it('still rejects a plan alone', () => {
    const outcome = ingest(page('石林彝族自治县卫生健康局2023年度法治政府建设工作计划'));
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/work plan/);
  });
});

describe('a headline setting work in motion (部署…工作)', () => {
  const page = (title: string) =>
    `${title}\n时间:2022-10-19 16:33\n为扎实做好2022年全省法治政府建设评估评价工作,10月15日,石泉县召开全县法治政府建设评估评价部署推进会议,听取县委依法治县办前期工作开展情况汇报。${PROSE}\n${PROSE}`;
  it('rejects `石泉县全面安排部署2022年全省法治政府建设评估评价工作` as news (m303)', () => {
    const outcome = ingest(page('石泉县全面安排部署2022年全省法治政府建设评估评价工作'));
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/news item/);
  });
  it('leaves a report whose title names its work alone', () => {
    expect(ingest(page('石泉县2022年法治政府建设工作情况报告')).status).not.toBe('rejected');
  });
});

describe('the levels whose decisions a report follows, listed from the top, stop at its own', () => {
  const page = (levels: string) =>
    `2022年,我局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,认真落实《广东省法治政府建设实施纲要》《深圳市2022年法治政府建设重点工作安排》,按照${levels}关于法治政府建设的工作部署,扎实推进我局法治政府建设,现将有关情况报告如下:\n一、2022年法治政府建设工作成效\n${PROSE}\n1.统筹谋划法治政府建设各项具体工作。根据工作安排,制定我局具体落实措施,印发《深圳市宝安区城市更新和土地整备局2022年法治政府建设重点工作安排》。\n${PROSE}`;
  const url = 'http://www.sz.gov.cn/cn/xxgk/fzzfjsndbg/baq/content/post_10314104.html';
  it('places a bureau following `中央、省、市、区` at the district its own plan names, 宝安区 (m108)', () => {
    expect(published(ingest(page('中央、省、市、区'), url))).toMatchObject({ divisionCode: '440306', level: 'county' });
  });
  it('leaves a body following `中央、省、市` at the city', () => {
    expect(published(ingest(page('中央、省、市'), url))).toMatchObject({ divisionCode: '440300', level: 'city' });
  });
});
