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
