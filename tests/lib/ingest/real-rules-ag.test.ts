import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round thirty-three: general rules from slice AG's misses (tests/fixtures/real, split `unplumbed`, read only after
 * its blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('an opening whose subject is the place’s rule-of-law work (ag119)', () => {
  const page = `2024年惠阳区法治政府建设,坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}按照区委、区政府重点工作安排,扎实推进依法行政。\n一、加强党的领导,推动政府依法行政\n${PROSE}`;
  it('is dated by the year it opens with', () => {
    expect(published(ingest(page, 'http://www.huiyang.gov.cn/1.html'))).toMatchObject({
      year: 2024,
      divisionCode: '441303',
    });
  });
  it('is not dated by a year before another kind of subject', () => {
    const plan = page.replace('2024年惠阳区法治政府建设,坚持', '2024年惠阳区工作要点,坚持');
    expect(ingest(plan, 'http://www.huiyang.gov.cn/1.html').status).toBe('rejected');
  });
});

describe('a city bureau speaking as 我局 on its city’s portal, naming a county among its results (ag210)', () => {
  const page = `2023年,我局坚持以习近平新时代中国特色社会主义思想为指导,紧密围绕省委“1310”具体部署和市委十二届六次全会工作部署,坚持运用法治思维和法治方式深入打好污染防治攻坚战。汕头因在治水领域成效显著获得国务院督查激励;澄海区获评国家级生态文明建设示范区。现将有关情况报告如下。\n一、法治政府建设主要情况\n${PROSE}`;
  const url = 'https://www.shantou.gov.cn/epd/zwgk/tzgg/content/post_2302431.html';
  it('is the city’s', () => {
    expect(published(ingest(page, url))).toMatchObject({ divisionCode: '440500', level: 'city' });
  });
  it('is the county’s when it speaks of its county’s levels (m108: 中央、省、市、区 on sz.gov.cn)', () => {
    const county = page.replace('紧密围绕省委', '按照中央、省、市、区关于法治政府建设的工作部署,紧密围绕省委');
    expect(published(ingest(county, url))).toMatchObject({ divisionCode: '440515', level: 'county' });
  });
  it('is the county’s on a portal that is not the city’s', () => {
    expect(published(ingest(page, 'https://www.example.com/epd/1.html'))).toMatchObject({ divisionCode: '440515' });
  });
});

describe('a mirror that keeps its portal’s path, named by the initials of its government (ag203)', () => {
  const page = `2023年在区委、区政府的坚强领导下,区水务局坚持以党的二十大精神和习近平法治思想为引领,${PROSE}现将今年法治政府建设情况报告如下:\n一、深入学习宣传贯彻习近平总书记重要讲话重要指示精神\n${PROSE}`;
  const url = (site: string) => `http://m.ybvip6914.com/${site}/zwgk/fzzfjs/content/post_3617589.html`;
  it('places the page at the one government whose initials, its kind’s letter kept, name the site (珠海市斗门区)', () => {
    expect(published(ingest(page, url('zhsdmqrmzfmhwz')))).toMatchObject({ divisionCode: '440403', year: 2023 });
  });
  it('places nothing by initials two governments share (nkq: 南开区, 南康区)', () => {
    expect(ingest(page, url('nkqrmzf')).status).toBe('rejected');
  });
  it('matches the initials whole (cxrmzf, 磁县, is inside ncxrmzf, which names none of a 区)', () => {
    expect(ingest(page, url('ncxrmzf')).status).toBe('rejected');
  });
  it('reads the page’s word for its level through a Traditional mirror’s pinyin glosses (區(qū)委)', () => {
    const glossed = page.replace('2023年在区委、区政府', '2023年在區(qū)委、區(qū)政府');
    expect(published(ingest(glossed, url('zhsdmqrmzfmhwz')))).toMatchObject({ divisionCode: '440403' });
  });
});
