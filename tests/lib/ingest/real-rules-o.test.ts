import { describe, expect, it } from 'vitest';
import { nationalBodyOf } from '../../../src/lib/gazetteer/national.ts';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { findDate, isDateOnlyLine } from '../../../src/lib/ingest/text.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round fifteen: general rules from slice O's misses (tests/fixtures/real, split `freshest`, read
 * only after its blind figure was taken). Each is tested on a piece of such a page (the file it
 * comes from is named) and, where a rule must not overreach, on the shape it must leave alone.
 */

describe('a national body by the State Council’s own short name, without 国家', () => {
  it('places `2022年,知识产权局坚持…` under a company’s page header at the country (o211)', () => {
    const page = `科睿泓创\n(上海)科技发展有限公司\n当前位置:\n365科普\n\n2022年,知识产权局坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n\n一、坚持正确政治方向,加强党对法治建设的领导\n\n(一)强化组织领导。局党组高度重视法治政府建设工作,${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://www.51krhc.com/kepu/365/2023/0601/8899.html'))).toMatchObject({
      divisionCode: '100000',
      level: 'national',
      year: 2022,
    });
  });
  it('reads a local body of the same kind, named with its level or place, as no national body', () => {
    expect(nationalBodyOf('湖北省知识产权局关于2022年法治政府建设情况的报告', undefined)).toBeUndefined();
    expect(nationalBodyOf(undefined, '2022年,市统计局坚持以习近平新时代中国特色社会主义思想为指导')).toBeUndefined();
  });
});

describe('a report’s heading under a cover letter, printed over two lines', () => {
  const page = (heading: string) =>
    `湖南省交通运输厅关于报送2019年法治政府部门建设工作自查报告的函\n\n发布日期:2020-02-18 09:22\n信息来源:厅法制处\n\n省司法厅:\n\n根据工作要求,现将《2019年法治政府部门建设工作自查报告》(附后)随函报送。\n\n\n湖南省交通运输厅\n\n20191118\n\n\n${heading}\n\n\n为贯彻落实《法治政府建设实施纲要(2015-2020年)》要求,我厅高度重视,${PROSE}现将2019年交通运输法治政府部门建设进展情况报告如下:\n\n一、法治政府部门建设的主要举措\n\n${PROSE}${PROSE}`;
  it('joins `湖南省交通运输厅` / `2019年…自查报告` and dates the letter by `20191118` (o215)', () => {
    expect(
      published(
        ingest(
          page('湖南省交通运输厅\n\n2019年法治政府部门建设工作自查报告'),
          'http://jtt.hunan.gov.cn/jtt/xxgk/t20200219_11183136.html',
        ),
      ),
    ).toMatchObject({
      title: '湖南省交通运输厅2019年法治政府部门建设工作自查报告',
      issuer: '湖南省交通运输厅',
      signedAt: '2019-11-18',
      divisionCode: '430000',
    });
  });
  it('keeps a heading printed on one line as it is', () => {
    expect(
      published(
        ingest(
          page('湖南省交通运输厅2019年法治政府部门建设工作自查报告'),
          'http://jtt.hunan.gov.cn/jtt/xxgk/t20200219_11183136.html',
        ),
      ).title,
    ).toBe('湖南省交通运输厅2019年法治政府部门建设工作自查报告');
  });
  it('reads eight digits as a date only when they are the whole line and a real date', () => {
    expect(isDateOnlyLine('20191118')).toBe(true);
    expect(findDate('20191118')).toBe('2019-11-18');
    expect(isDateOnlyLine('20191318')).toBe(false);
    expect(findDate('索引号 20191118 第3号')).toBeUndefined();
  });
});

describe('a title broken after its year', () => {
  it('joins `上海市生态环境局关于2022年度` / `法治政府建设情况的报告` under a cover letter (o225; k228 has the same break)', () => {
    const page = `沪环法〔2023〕23号\n市委、市政府:\n2022年,在上海市委、市政府坚强领导下,我局${PROSE}\n现将《上海市生态环境局关于2022年度法治政府建设情况的报告》报上。\n上海市生态环境局\n2023年1月28日\n上海市生态环境局关于2022年度\n法治政府建设情况的报告\n2022年,上海市生态环境局${PROSE}\n一、主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'https://sthj.sh.gov.cn/fzjsnb/20230227/77395e89.html'))).toMatchObject({
      title: '上海市生态环境局关于2022年度法治政府建设情况的报告',
      issuer: '上海市生态环境局',
      signedAt: '2023-01-28',
      divisionCode: '310000',
    });
  });
});

describe('a zone’s name as its own publisher', () => {
  const page = (title: string) =>
    `当前位置:首页> 政务公开> 最新文件\n\n名  称: ${title}\n索引号: 8075-10867-2022-00002\n发布机构: 天津滨海高新区\n成文日期: 2022-04-02\n\n2021年,滨海高新区坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n\n一、2021年滨海高新区法治政府建设成效\n\n${PROSE}${PROSE}`;
  it('reads `发布机构: 天津滨海高新区` over a title opening with it as the issuer (o101)', () => {
    expect(
      published(
        ingest(page('天津滨海高新区2021年法治政府建设报告'), 'http://www.tjbh.gov.cn/gxq/contents/10867/268419.html'),
      ),
    ).toMatchObject({
      issuer: '天津滨海高新区',
      divisionCode: '120116402',
    });
  });
  it('still reads no issuer when the title does not open with the zone', () => {
    expect(
      published(ingest(page('2021年法治政府建设报告'), 'http://www.tjbh.gov.cn/gxq/contents/10867/268419.html')).issuer,
    ).toBeUndefined();
  });
});

describe('发表单位 and 发表时间', () => {
  it('reads `发表单位:本网 发表时间: 2023-01-05 10:21` as the source and the date (o221)', () => {
    expect(parseFields('发表单位:本网 发表时间: 2023-01-05 10:21 [ 浏览字体: ]').slice(0, 2)).toEqual([
      { kind: 'publisher', label: '发表单位', value: '本网' },
      { kind: 'published', label: '发表时间', value: '2023-01-05 10:21' },
    ]);
  });
});
