import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty-eight: general rules from slice AB's misses (tests/fixtures/real, split `unopened`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('an empty document number’s label over the heading’s body (ab213, 绍兴’s portal)', () => {
  const page = `当前位置:首页\n> 政务公开 > 政府信息公开 > 法定主动公开内容 > 法治政府建设年报 > 市政府年度报告\n索引号: 113306000025775248/2023-237986 公开方式: 主动公开\n发布机构: 市司法局(市行政复议局) 成文日期: 2023-02-21\n主题分类: 政务公开 发文字号:\n\n绍兴市人民政府\n关于2022年绍兴市法治政府建设情况的报告\n\n发布日期:2023-02-21 15:38 浏览次数: 字体:[ ]\n分享:\n\n2022年,在省委、省政府的坚强领导下,绍兴深入学习贯彻党的二十大精神,${PROSE}现将有关情况报告如下:\n一、主要举措\n${PROSE}`;
  it('takes no body’s name as the number: the body and its subject are the title', () => {
    const report = published(ingest(page, 'https://www.sx.gov.cn/art/2023/2/21/art_1.html'));
    expect(report).toMatchObject({
      title: '绍兴市人民政府关于2022年绍兴市法治政府建设情况的报告',
      issuer: '绍兴市人民政府',
      divisionCode: '330600',
      signedAt: '2023-02-21',
    });
    expect(report.docNumber).toBeUndefined();
  });
  it('still takes a number printed on the next line (`发文字号:` / `绍政发〔2023〕5号`)', () => {
    const numbered = page.replace('发文字号:\n\n', '发文字号:\n绍政发〔2023〕5号\n\n');
    expect(published(ingest(numbered, 'https://www.sx.gov.cn/art/2023/2/21/art_1.html')).docNumber).toBe(
      '绍政发〔2023〕5号',
    );
  });
});

describe('a statement under the title (ab212)', () => {
  it('is not the title when it announces what follows without `现将`', () => {
    const page = `宁波市人民政府关于2020年法治政府建设情况的报告\n\n发布时间:2021-03-31 17:12浏览次数: 信息来源:市司法局\n\n2020年我市法治政府建设主要情况以及2021年法治政府建设有关工作安排报告如下:\n\n一、2020年我市法治政府建设主要举措和成效\n\n2020年,我市坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n二、2021年工作安排\n${PROSE}`;
    expect(published(ingest(page, 'http://www.ningbo.gov.cn/art/2021/3/31/art_1.html'))).toMatchObject({
      title: '宁波市人民政府关于2020年法治政府建设情况的报告',
      issuer: '宁波市人民政府',
      divisionCode: '330200',
      year: 2020,
    });
  });
});

describe('news of a meeting dated to the day (ab214)', () => {
  it('is a text that opens `4月25日,…召开新闻发布会`', () => {
    const page = `4月25日,潍坊市政府新闻办召开新闻发布会,介绍全市法治政府建设有关情况。2021年,潍坊市法治政府建设各项工作取得明显成效。\n深入学习贯彻习近平法治思想,切实履行推进法治建设第一责任人职责\n${PROSE}${PROSE}`;
    const outcome = ingest(page, 'http://www.subaoxw.com/1.html');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(
      /news item \(its opening is dated to the day\)/,
    );
  });
  it('is not a report’s reprint that opens on the day of its release, with no meeting (m207)', () => {
    const page = `海关总署关于2020年度推进法治政府建设情况的报告\n\n发布人:申 菲 发布时间:2021-04-18 来源:海关总署\n\n        4月1日,《海关总署关于2020年度推进法治政府建设情况的报告正式发布。2020年,海关总署以习近平新时代中国特色社会主义思想为指导,${PROSE}\n一、主要举措\n${PROSE}`;
    expect(published(ingest(page, 'http://ccoic.cn/cms/content/28403'))).toMatchObject({
      level: 'national',
      year: 2020,
    });
  });
});

describe('a source’s trailing date and time in full-width punctuation (e132 with its colons in full width)', () => {
  it('parts the date from the name as in half width', () => {
    expect(parseFields('来源：陕西日报 2026-03-16 08：15')).toEqual([
      { kind: 'source', label: '来源', value: '陕西日报' },
      { kind: 'published', label: '', value: '2026-03-16 08：15' },
    ]);
  });
});
