import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty-one: general rules from slice U's misses (tests/fixtures/real, split `hidden`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('the year of a report that prints it in no statement', () => {
  it('reads `2024年香格里拉市坚持…`, the year before its subject with no comma (u104)', () => {
    const page = `2024年香格里拉市坚持深入学习贯彻党的二十大和二十届三中全会精神,以习近平法治思想为引领,法治政府建设各项工作有序推进。\n一、主要举措和成效\n${PROSE}2020年以来${PROSE}`;
    expect(published(ingest(page, 'http://www.xianggelila.gov.cn/a/1.html'))).toMatchObject({
      divisionCode: '533401',
      year: 2024,
    });
  });

  const pastYear = (plans: string) =>
    `一年来,在市委、市政府坚强领导下,我县法治政府建设工作坚持以习近平法治思想为指引,${PROSE}现将一年来工作情况报告如下:\n一、重点工作开展情况\n(一)高度重视,统筹推进法治政府建设\n${PROSE}\n(二)完善制度\n${PROSE}印发了${plans},${PROSE}`;
  it('reads `一年来…` by the one year its whole text prints, that of the plan it followed (u108)', () => {
    const page = pastYear('《2023年潼关县法治政府建设工作要点》《2023年度潼关县政府常务会学法计划》');
    expect(published(ingest(page, 'http://tongguan.gov.cn/zfxxgk/1.html'))).toMatchObject({
      divisionCode: '610522',
      year: 2023,
    });
  });
  it('leaves it undated when the text prints another year too', () => {
    const outcome = ingest(
      pastYear('《2023年潼关县法治政府建设工作要点》,总结2022年工作'),
      'http://tongguan.gov.cn/zfxxgk/1.html',
    );
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/cannot tell which year/);
  });
});

describe('a place the page names only in part', () => {
  it('reads a city’s development zone that is no division as the city (`十堰经济技术开发区党工委、管委会`, u105)', () => {
    const page = `2023年,十堰经济技术开发区党工委、管委会在市委、市政府坚强领导下,${PROSE}现将有关情况报告如下:\n一、主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://www.sygxq.gov.cn/xxgk/1.shtml'))).toMatchObject({
      divisionCode: '420300',
      level: 'city',
      year: 2023,
    });
  });

  it('lifts `我市` with a district named in the body to the city its portal spells (changzhi.gov.cn, u204)', () => {
    const page = `2024年,我市坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n一、2024年主要举措及成效\n${PROSE}推进法治一体建设,潞州区被确定为全省法治一体建设试点。${PROSE}`;
    expect(published(ingest(page, 'https://www.changzhi.gov.cn/xxgkml/1.shtml'))).toMatchObject({
      divisionCode: '140400',
      level: 'city',
    });
  });
});

describe('a news feature', () => {
  const feature = `渑池县:法治护航绘就县域治理新图景\n2025年是《法治政府建设实施纲要(2021—2025年)》收官之年。今年以来,渑池县锚定“法治护航发展”核心目标,${PROSE}\n筑牢制度根基,让行政决策更具公信力。该县严格落实重大行政决策程序制度,${PROSE}`;
  it('that calls its subject `该县` from outside is no report (u110)', () => {
    const outcome = ingest(feature, 'http://www.smx.gov.cn/4039/2025/12/2186656.html');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/news feature.*该县/);
  });
  it('leaves a titled report that quotes such a sentence published', () => {
    const page = `渑池县人民政府关于2025年度法治政府建设情况的报告\n2025年,渑池县${PROSE}上级评价称,该县法治建设成效明显。\n一、主要举措\n${PROSE}`;
    expect(published(ingest(page, 'http://www.smx.gov.cn/a/1.html')).year).toBe(2025);
  });
});

describe('a title printed in a table', () => {
  it('is read without the empty cells after it (`…情况的报告 | ||||`, u201)', () => {
    const page = `保定市人民政府关于保定市2023年度法治政府建设情况的报告 | ||||\n发布时间:2024/5/14 13:54:30 来源:保定市司法局 | 【字体:大 中 小】 打印 | |||\n河北省人民政府:\n2023年以来,保定市政府坚持${PROSE}\n一、主要举措\n${PROSE}`;
    expect(published(ingest(page, 'http://sfj.baoding.gov.cn/a/1.html')).title).toBe(
      '保定市人民政府关于保定市2023年度法治政府建设情况的报告',
    );
  });
});
