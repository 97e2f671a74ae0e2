import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * General rules for where and when, from the shapes that slice J's misses showed
 * (tests/fixtures/real, split `new`, read only after its blind figure was taken). Each is tested
 * on a piece of such a page (the file it comes from is named) and, where a rule must not overreach,
 * on the shape it must leave alone.
 */

describe('an addressee glued before an opening that starts with its year', () => {
  const page = (addressee: string) =>
    `${addressee} 2020年,海宁市以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关情况报告如下: 一、强化责任落实,履行第一责任人职责 ${PROSE}${PROSE}2020年市政府常务会议学法8次。`;
  it('dates a one-line page opening `中共嘉兴市委、嘉兴市人民政府: 2020年,海宁市…` (j322, j324)', () => {
    expect(
      published(ingest(page('中共嘉兴市委、嘉兴市人民政府:'), 'http://www.haining.gov.cn/art/2021/3/20/art_1.html')),
    ).toMatchObject({ year: 2020, divisionCode: '330481', level: 'county' });
  });
  it('leaves a line that opens with a sentence, not an addressee, to the other year rules', () => {
    const outcome = ingest(
      page('根据上级要求,我们对全年工作作了回顾:'),
      'http://www.haining.gov.cn/art/2021/3/20/art_1.html',
    );
    expect(outcome.status).toBe('rejected');
  });
});

describe('a page cut to its middle dated by the one year’s work plan it cites', () => {
  const page = (plan: string, task: string) =>
    `一、加强党对法治政府建设的全面领导。一是明确领导责任。${PROSE}三是加强部署推进。印发《${plan}》,布置了${task}全市教育系统政策研究和法治工作重点任务。\n二、全面履行部门职能推进放管服改革。${PROSE}${PROSE}`;
  const url = 'https://jw.cq.gov.cn/zwgk_209/fzzfjsndbg/202003/t20200328_6418216.html';
  it('dates `印发《2019年重庆市教育政策法治工作要点》,布置了2019年…` at 2019 (j206)', () => {
    const outcome = ingest(page('2019年重庆市教育政策法治工作要点', '2019年'), url);
    expect(published(outcome)).toMatchObject({ year: 2019, divisionCode: '500000' });
    expect(outcome.status === 'warning' && outcome.reasons.join(' ')).toContain('work plan');
  });
  it('dates nothing when its first lines print another year besides the plan’s', () => {
    expect(ingest(page('2019年重庆市教育政策法治工作要点', '2020年'), url).status).toBe('rejected');
  });
});

describe('a zone named by its city’s stem and then its county’s', () => {
  const page = (title: string) =>
    `${title}\n来源: 河源东源产业园区管委会  时间: 2026-01-29\n园区管委会始终坚持以习近平新时代中国特色社会主义思想为指导,依据《广东省法治政府建设年度报告制度工作指引》和市委县委等文件要求,${PROSE}现将园区2025年度法治政府建设工作报告如下。\n一、深化理论武装\n${PROSE}${PROSE}`;
  it('places `河源东源产业园区管委会2025年…报告` at 东源县, not 广东省 (j123)', () => {
    expect(
      published(
        ingest(
          page('河源东源产业园区管委会2025年法治政府建设年度报告'),
          'http://www.gddongyuan.gov.cn/dyzw/fzzfjs/content/post_688684.html',
        ),
      ),
    ).toMatchObject({ divisionCode: '441625', jurisdiction: '东源县', level: 'county' });
  });
  it('leaves a name whose first part is not the county’s city at the province (`广州东源产业园区`)', () => {
    expect(published(ingest(page('广州东源产业园区管委会2025年法治政府建设年度报告')))).toMatchObject({
      level: 'province',
    });
  });
});

describe('a province’s own notice, numbered by its abbreviation, for a page speaking as a province', () => {
  const page = (notice: string) =>
    `根据${notice}要求,现将我局2019年度法治政府建设情况报告如下:\n一、全面依法履行部门职能\n(一)市场主体准入更加便利。${PROSE}全省市场主体总量突破千万户。我省获批I类新药6个品规。${PROSE}`;
  const url = 'http://jsqa.org/news_view.asp?id=36813';
  it('places `省全面推进依法行政工作领导小组办公室《…》(苏依法办〔2019〕5号)` with `我省` at 江苏省 (j218)', () => {
    expect(
      published(
        ingest(
          page(
            '省全面推进依法行政工作领导小组办公室《关于规范报送2019年法治政府建设情况报告的通知》(苏依法办〔2019〕5号)',
          ),
          url,
        ),
      ),
    ).toMatchObject({ divisionCode: '320000', level: 'province', year: 2019 });
  });
  it('reads no city’s number (`市政府办公室《…》(苏府办〔2019〕5号)`): still rejected', () => {
    expect(
      ingest(page('市政府办公室《关于规范报送2019年法治政府建设情况报告的通知》(苏府办〔2019〕5号)'), url).status,
    ).toBe('rejected');
  });
});

describe('a zone the gazetteer files under its former name', () => {
  const url = 'https://www.tjbh.gov.cn/dj/contents/10881/297495.html';
  it('places `东疆综合保税区2025年度…报告` at 东疆保税港区, not 东丽区’s `综合保税区` (j112)', () => {
    const text = `东疆综合保税区2025年度法治政府建设情况报告\n2025年,东疆综保区深入贯彻习近平法治思想,全面落实党中央、国务院及市、区关于法治政府建设的决策部署,${PROSE}现将年度工作情况报告如下:\n一、主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(text, url))).toMatchObject({
      divisionCode: '120116403',
      region: ['天津市', '滨海新区', '东疆保税港区'],
      level: 'township',
    });
  });
  it('places `东疆综保区` in an opening under `市委、市政府和区委、区政府` there too (i305)', () => {
    const text = `2024年,在市委、市政府和区委、区政府的正确领导下,东疆综保区坚持以习近平法治思想为指导,严格落实《天津市法治政府建设实施纲要(2021-2025)》有关要求,${PROSE}现将有关情况报告如下:\n一、主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(text, url))).toMatchObject({ divisionCode: '120116403', level: 'township' });
  });
});
