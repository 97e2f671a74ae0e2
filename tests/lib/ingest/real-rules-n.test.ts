import { describe, expect, it } from 'vitest';
import { nationalBodyOf } from '../../../src/lib/gazetteer/national.ts';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round fourteen: general rules from slice N's misses (tests/fixtures/real, split `fresher`, read
 * only after its blind figure was taken). Each is tested on a piece of such a page (the file it
 * comes from is named) and, where a rule must not overreach, on the shape it must leave alone.
 */

describe('a national body named by the short name its own reports print', () => {
  it('places `体育总局关于2022年…的报告` on the central portal’s gateway at the country (m221)', () => {
    const page = `体育总局关于2022年法治政府建设工作情况的报告\n\n2022年,体育总局以习近平新时代中国特色社会主义思想为指引,${PROSE}\n\n一、法治政府建设工作进展及成效\n\n${PROSE}${PROSE}`;
    expect(
      published(
        ingest(page, 'http://big5.www.gov.cn/gate/big5/www.sport.gov.cn/n315/n331/n405/c25427357/content.html'),
      ),
    ).toMatchObject({ divisionCode: '100000', level: 'national', issuer: '体育总局', year: 2022 });
  });
  it('reads a body printed after the country’s name (`中华人民共和国海关总署…`) as national', () => {
    expect(nationalBodyOf('中华人民共和国海关总署2022年法治政府建设年度报告', undefined)).toBe('海关总署');
  });
  it('reads a province’s 体育局 as no national body', () => {
    expect(nationalBodyOf('省体育局关于2022年法治政府建设情况的报告', undefined)).toBeUndefined();
  });
  it('places a national body’s local branch (`国家税务总局浙江省税务局`) at its place, not the country', () => {
    expect(nationalBodyOf('国家税务总局浙江省税务局关于2022年法治政府建设情况的报告', undefined)).toBeUndefined();
    expect(nationalBodyOf('海关总署广州海关2022年法治政府建设年度报告', undefined)).toBeUndefined();
    expect(nationalBodyOf('国家税务总局2022年法治政府建设年度报告', undefined)).toBe('国家税务总局');
    const page = `国家税务总局浙江省税务局关于2022年法治政府建设情况的报告\n2022年,浙江省税务局坚持${PROSE}\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(page))).toMatchObject({ divisionCode: '330000', level: 'province' });
  });
});

describe('a provincial department that names its province only with its own sector', () => {
  const page = (extra: string) =>
    `2020年,在省委、省政府和公安部的坚强领导下,我厅深入学习贯彻党的十九届五中全会精神,${PROSE}\n一、党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的情况\n副省长、省公安厅党委书记、厅长李春生同志${PROSE}深入研究解决全省公安系统法治建设重大问题。\n(一)${PROSE}确保党中央各项决策部署在广东公安落地落实。${extra}${PROSE}`;
  it('places a 省公安厅 report that writes `广东公安` at 广东省 (m236, reprinted with no title)', () => {
    expect(published(ingest(page(''), 'http://fzzwxx.org.cn/show-353924.html'))).toMatchObject({
      divisionCode: '440000',
      level: 'province',
      year: 2020,
    });
  });
  it('still rejects one that writes two provinces so', () => {
    const outcome = ingest(page('学习借鉴浙江公安经验。'), 'http://fzzwxx.org.cn/show-353924.html');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/no place name/);
  });
});

describe('a view counter, however the portal words it', () => {
  it('reads `来源: 阅读次数:` as an empty source (m220)', () => {
    expect(parseFields('发布日期:2024-02-21 15:53 来源: 阅读次数:')).toEqual([
      { kind: 'published', label: '发布日期', value: '2024-02-21 15:53' },
      { kind: 'source', label: '来源', value: '' },
      { kind: 'ignored', label: '阅读次数', value: '' },
    ]);
  });
  it('ends a source at `浏览人次:` as at `浏览量:`', () => {
    expect(parseFields('来源:河南省科技厅 浏览人次:')[0]).toEqual({
      kind: 'source',
      label: '来源',
      value: '河南省科技厅',
    });
  });
});
