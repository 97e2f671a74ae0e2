import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round thirty-five: general rules from slice AI's misses (tests/fixtures/real, split `unfathomed`, read only after
 * its blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('上海’s catalogue rows: 索取号, a letter-spaced 文号 and 产生日期 (ai217)', () => {
  const page = `上海市市场监督管理局关于2021年度法治政府建设情况的报告\n\n索取号 AC6040203-2022-021 文    号 沪市监法规20220029号\n产生日期 2022-01-24\n市委,市政府:\n\n        2021年,根据市委依法治市委员会和市政府的部署,市市场监管局${PROSE}现将有关工作情况报告如下:\n\n        一、主要举措和成效\n${PROSE}`;
  it('reads the index number, the number and the document’s date, and no date published', () => {
    const report = published(ingest(page, 'https://scjgj.sh.gov.cn/1.html'));
    expect(report).toMatchObject({
      indexNumber: 'AC6040203-2022-021',
      docNumber: '沪市监法规20220029号',
      signedAt: '2022-01-24',
      divisionCode: '310000',
    });
    expect(report.publishedAt).toBeUndefined();
  });
});

describe('a notice issuing a year’s plan, the head of its title lost (ai207)', () => {
  const page = `\n2025年法治工作要点的通知\n市港航局、市交通执法总队,各区交通运输管理部门,委属各单位、委机关各有关处室:\n《天津市交通运输2025年法治工作要点》已经市交通运输委党委审议通过,现印发给你们,请认真抓好贯彻落实。\n2025年1月21日\n天津市交通运输2025年法治工作要点\n2025年全市交通运输法治工作的总体要求是:${PROSE}`;
  it('is a look-alike', () => {
    expect(ingest(page, 'https://jtys.tj.gov.cn/ZWGK6002/1.html').status).toBe('rejected');
  });
  it('leaves a report that answers such a notice', () => {
    const report = `天津市交通运输委员会关于2024年度法治政府建设情况的报告\n根据《2024年法治工作要点》,现将我委2024年度法治政府建设情况报告如下:\n一、主要举措\n${PROSE}`;
    expect(published(ingest(report, 'https://jtys.tj.gov.cn/1.html'))).toMatchObject({ year: 2024 });
  });
});
