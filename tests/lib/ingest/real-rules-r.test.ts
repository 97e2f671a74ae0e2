import { describe, expect, it } from 'vitest';
import { aliasesOf } from '../../../src/lib/gazetteer/gazetteer.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round eighteen: general rules from slice R's misses (tests/fixtures/real, split `extra`, read only
 * after its blind figure was taken). Each is tested on a piece of such a page (the file it comes
 * from is named) and, where a rule must not overreach, on the shape it must leave alone.
 */

describe('a 兵团 regiment by its number in figures', () => {
  it('places `106团2022年法治政府建设年度报告` at the dataset’s 兵团一零六团 (r102)', () => {
    const page = `106团2022年法治政府建设年度报告\n在师市党委、政府的坚强领导下,106团深入学习贯彻习近平总书记全面依法治国新理念、新思想、新战略,根据《第六师五家渠市法治政府建设重要举措分工方案(2021-2025)》要求,现将2022年度我团法治政府建设情况报告如下:\n一、加强组织领导,法治建设宣贯推进有力。\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://www.wjq.gov.cn/gk/fzjs/190937.htm'))).toMatchObject({
      divisionCode: '652323521',
      level: 'township',
      year: 2022,
    });
  });
  it('knows a regiment by its number in words and in three figures, never in two (`83团队`)', () => {
    expect(aliasesOf('兵团一零六团', 'township')).toEqual(['一零六团', '106团']);
    expect(aliasesOf('兵团农九师一七零团', 'township')).toEqual(['一七零团', '170团']);
    expect(aliasesOf('兵团八十三团', 'township')).toEqual(['八十三团']);
    expect(aliasesOf('茅山头企业集团', 'township')).toEqual([]);
  });
});

/**
 * Round twenty-two (after slice U): two of R's pages left since round eighteen, copies that stripped every figure
 * (`年,天津市坚持…`), dated as a reader dates them.
 */
describe('a copy whose year figures were stripped', () => {
  const stripped = (opening: string, more = '') =>
    `年,${opening}\n一、坚持和加强党的全面领导,深入落实法治政府建设任务\n${PROSE}${more}${PROSE}`;
  it('is dated by the latest plenum it follows (`十九届二中、三中、四中全会精神`, r215)', () => {
    const page = stripped(
      '天津市坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届二中、三中、四中全会精神,全面落实《法治政府建设实施纲要(—年)》要求,深入推进依法行政,法治政府建设取得明显成效。',
    );
    const outcome = ingest(page, 'http://www.tj.gov.cn/zwgk/1.html');
    expect(published(outcome)).toMatchObject({ divisionCode: '120000', year: 2019 });
    expect(outcome.reasons.join('\n')).toMatch(/latest Party plenum/);
  });
  it('is dated by the one year’s plan it cites, a plan’s span aside (`(2022—2025年)`, r218)', () => {
    const page = stripped(
      '我市坚持以习近平新时代中国特色社会主义思想为指导,深学笃行习近平法治思想和党的二十大精神,扎实推进依法行政。现将工作情况报告如下。',
      '市委、市政府印发《赣州市法治政府建设实施方案(2022—2025年)》,市推进法治政府建设工作领导小组印发《赣州市2022年法治政府建设工作要点》,',
    );
    expect(published(ingest(page, 'https://www.ganzhou.gov.cn/gzszf/1.shtml'))).toMatchObject({
      divisionCode: '360700',
      year: 2022,
    });
  });
  it('stays undated when it cites only a congress (`党的二十大精神`), which reports cite for years after it', () => {
    const page = stripped(
      '我市坚持以习近平新时代中国特色社会主义思想为指导,深学笃行习近平法治思想和党的二十大精神,扎实推进依法行政。现将工作情况报告如下。',
    );
    const outcome = ingest(page, 'https://www.ganzhou.gov.cn/gzszf/1.shtml');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/cannot tell which year/);
  });
  it('is not read so when the opening keeps its year: a page that prints none is still undated', () => {
    const page = `天津市坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九届四中全会精神,深入推进依法行政。\n一、坚持党的领导\n${PROSE}${PROSE}`;
    const outcome = ingest(page, 'http://www.tj.gov.cn/zwgk/1.html');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/cannot tell which year/);
  });
});
