import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round nineteen: general rules from slice S's misses (tests/fixtures/real, split `spare`, read only
 * after its blind figure was taken). Each is tested on a piece of such a page (the file it comes
 * from is named) and, where a rule must not overreach, on the shape it must leave alone.
 */

const TRADITIONAL_PROSE =
  '堅持以習近平新時代中國特色社會主義思想為指導,深入學習貫徹習近平法治思想,紮實推進法治政府建設,各項工作取得新成效。';

describe('a Traditional title printed with a stray space', () => {
  it('is published in its own script without the space (`瀘州市人民政府 2022年度…報告`, s204)', () => {
    const page = `瀘州市人民政府 2022年度法治政府建設工作報告\n一、法治建設第一責任人履職情況\n${TRADITIONAL_PROSE.repeat(4)}`;
    expect(published(ingest(page, 'https://salon-sesame.com/a/1.html'))).toMatchObject({
      title: '瀘州市人民政府2022年度法治政府建設工作報告',
      divisionCode: '510500',
      year: 2022,
    });
  });
});

describe('a metadata list whose values stand under their labels', () => {
  const page = `黄陂区2020年法治政府建设工作报告\n\n2020-12-22 11:50\n发文单位\n区人民政府\n发文字号\n发文日期\n2020-12-03 10:00\n效力状态\n有效\n索引号\n010898141/2022-06521\n\n按照中央法治政府建设与责任落实督察工作规定,我区对2020年黄陂区法治政府建设工作情况进行了自查,现将有关工作情况报告如下:\n一、基本情况\n${PROSE}${PROSE}`;
  it('reads `发文单位` / `区人民政府` and `发文日期` / `2020-12-03 10:00` as fields (s106)', () => {
    expect(parseFields('发文单位')).toEqual([{ kind: 'publisher', label: '发文单位', value: '' }]);
    expect(published(ingest(page, 'http://www.huangpi.gov.cn/a/1.html'))).toMatchObject({
      issuer: '区人民政府',
      sourceName: '区人民政府',
      publishedAt: '2020-12-22',
      signedAt: '2020-12-03',
      indexNumber: '010898141/2022-06521',
    });
  });
  it('still reads a body’s name alone under a title as the reporting body', () => {
    const plain = `黄陂区2020年法治政府建设工作报告\n黄陂区人民政府\n2020年,我区坚持${PROSE}\n一、基本情况\n${PROSE}${PROSE}`;
    expect(published(ingest(plain)).issuer).toBe('黄陂区人民政府');
  });
});

describe('a notice to subordinate bodies', () => {
  const notice = `各开发区管委会,各区县(市)人民政府,市人民政府各部门,各有关单位:\n2021年,全市各级各部门坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想,法治政府建设取得积极成效。为鼓励先进,市政府决定对中牟县等23个依法行政工作先进集体予以通报表扬。\n${PROSE}`;
  it('is a look-alike (`各区县(市)人民政府,市人民政府各部门:` … `予以通报表扬`, s226)', () => {
    const outcome = ingest(notice, 'https://kjzch.com/a/1.html');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/notice to subordinate bodies/);
  });
  it('still publishes a report passed on by such a notice', () => {
    const passed = `各乡镇人民政府,县直各单位:\n现将《郑州市2021年度法治政府建设情况报告》予以公布。\n郑州市2021年度法治政府建设情况报告\n2021年,郑州市坚持${PROSE}\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(passed)).divisionCode).toBe('410100');
  });
  it('still publishes a report addressed to the bodies above (`市委、市政府:`)', () => {
    const upward = `市委、市政府:\n2021年,中牟县坚持${PROSE}现将有关情况报告如下:\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(upward)).divisionCode).toBe('410122');
  });
});

describe('a page glued into one line, its line breaks printed as spaces', () => {
  const lines = [
    '小河镇人民政府关于2024年法治政府建设情况的报告',
    '发布时间:2025年03月28日 16:38 来源:浚县司法局',
    '县委、县政府:',
    `2024年,在县委、县政府的坚强领导下,小河镇人民政府${PROSE}现将有关情况报告如下:`,
    `一、党政主要负责人履行推进法治建设第一责任人职责情况`,
    `${PROSE}${PROSE}${PROSE}`,
    '二、存在的不足',
    `${PROSE}${PROSE}`,
  ];
  it('reads as the page with its lines (a probe gluing every labelled page: 858 of 1,475 read otherwise, 120 after)', () => {
    const page = published(ingest(lines.join('\n'), 'https://www.xunxian.gov.cn/a/1.html'));
    const glued = published(ingest(lines.join(' '), 'https://www.xunxian.gov.cn/a/1.html'));
    expect(glued).toMatchObject({
      title: page.title,
      divisionCode: '410621105',
      year: 2024,
      publishedAt: page.publishedAt,
      sourceName: page.sourceName,
    });
  });
  it('leaves an English paragraph’s words together (an abstract’s translation, c055)', () => {
    const abstract = `2020年,辽宁省法治政府建设综合示范创建共有69个市县申请参加。${PROSE.repeat(6)}\n${'In 2020, a total of 69 cities and counties in Liaoning applied for the demonstration of rule-of-law government. '.repeat(5)}`;
    const outcome = ingest(abstract);
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/English translation/);
  });
});
