import { describe, expect, it } from 'vitest';
import { gazetteer, ingest, PROSE, published } from './real-page.ts';
import { placesOfHost } from '../../../src/lib/gazetteer/resolve.ts';

/**
 * General rules for where, from the shapes that slice G's misses showed (tests/fixtures/real,
 * split `later`, read only after its figure was taken). Each is tested on a piece of such a page
 * (the file it comes from is named) and, where a rule must not overreach, on the shape it must
 * leave alone.
 */

const namesOfHost = (host: string) =>
  placesOfHost(host, gazetteer)
    .map((d) => d.name)
    .sort();

describe('a host that spells several places, settled by the page', () => {
  it('reads `sxyx` as three counties by initials (山西 盂县, 山西 应县, 陕西 洋县)', () => {
    expect(namesOfHost('www.sxyx.gov.cn')).toEqual(['洋县', '应县', '盂县'].sort());
  });
  it('places a county report at the one of them its rule-of-law brand names (g104: `法治盂县`)', () => {
    const report = published(
      ingest(
        `2020年,在县委的正确领导下,县政府${PROSE}\n一、依法防控新冠肺炎疫情\n${PROSE}发挥平安盂县、法治盂县建设的优势,${PROSE}`,
        'https://www.sxyx.gov.cn/yxxxgk/yxrmzf/fdzdgknr/zfgzbg/202111/t20211130_1249917.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '140322', jurisdiction: '盂县', level: 'county' });
    const outcome = ingest(
      `2020年,在县委的正确领导下,县政府${PROSE}\n一、主要举措\n${PROSE}发挥法治盂县建设的优势,${PROSE}`,
      'https://www.sxyx.gov.cn/a/1.html',
    );
    expect(outcome.status).toBe('warning');
    expect(outcome.status !== 'rejected' && outcome.reasons.join(' ')).toContain('the host spells 3 places');
  });
  it('places a county bureau by its brand with the stem only (g126: `gdsx`, `法治始兴建设`)', () => {
    const report = published(
      ingest(
        `2022年,我局${PROSE}奋力推动法治始兴建设高质量发展。现将我局2022年法治政府建设情况报告如下。\n一、主要举措\n为全县${PROSE}`,
        'http://www.gdsx.gov.cn/wgltjxxgk/content/post_2358336.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '440222', jurisdiction: '始兴县' });
  });
  it('places a `全县` report at the county, not the district, of two spelled alike (g112: wuhua)', () => {
    const report = published(
      ingest(
        `2024年,在县委、县政府的坚强领导下,${PROSE}为全县经济社会发展营造良好的安全环境。现将2024年度法治政府建设情况报告如下:\n一、主要举措\n${PROSE}`,
        'https://www.wuhua.gov.cn/xxgk/zfjg/xyjglj/tzgg/content/post_2723020.html',
      ),
    );
    expect(report).toMatchObject({
      divisionCode: '441424',
      jurisdiction: '五华县',
      region: ['广东省', '梅州市', '五华县'],
    });
  });
  it('places a `区政府` report on the same host at the district (五华区, 昆明)', () => {
    const page = `2020年,在区委的正确领导下,区政府${PROSE}\n一、主要举措\n${PROSE}`;
    expect(published(ingest(page, 'https://www.wuhua.gov.cn/a/1.html'))).toMatchObject({ divisionCode: '530102' });
  });
  it('stays rejected, with no guess, when the page names none of them and its word fits all', () => {
    const page = `2020年,在县委的正确领导下,县政府${PROSE}\n一、主要举措\n${PROSE}`;
    expect(ingest(page, 'https://www.sxyx.gov.cn/a/1.html').status).toBe('rejected');
    expect(ingest(`2024年,全县${PROSE}\n${PROSE}`, 'https://www.gdsx.gov.cn/a/1.html').status).toBe('rejected');
  });
  it('stays rejected when the brand names two of them', () => {
    const page = `2022年,我局${PROSE}推动法治始兴、法治遂溪建设。全县${PROSE}\n一、主要举措\n${PROSE}`;
    expect(ingest(page, 'http://www.gdsx.gov.cn/a/1.html').status).toBe('rejected');
  });
});

describe('a municipality’s department named by the level 市', () => {
  const page = `根据《法治政府建设实施纲要(2021—2025年)》和市委、市政府相关文件要求,现将市人社局2021年法治政府建设情况报告予以公开。\n如对本报告有任何疑问,请与市人社局法规处联系(地址:天津市和平区建设路18号;邮编:300040)\n一、工作开展情况\n${PROSE}`;
  it('is placed at the municipality its host spells by initials (g236: hrss.tj.gov.cn, `市政府`)', () => {
    const report = published(
      ingest(page, 'https://hrss.tj.gov.cn/ztzl/ztzl1/xxxcgcxjpfzsx/fzzfjsndbg/202402/t20240228_6546643.html'),
    );
    expect(report).toMatchObject({ divisionCode: '120000', jurisdiction: '天津市', level: 'province' });
  });
  it('reads no province initials for a county’s words (`县政府` on hrss.tj.gov.cn stays rejected)', () => {
    expect(ingest(page.replaceAll('市', '县'), 'https://hrss.tj.gov.cn/a/1.html').status).toBe('rejected');
  });
  it('places no province that is not a municipality (`市政府` on a `hb` host: 湖北 or 河北, neither fits)', () => {
    expect(ingest(page, 'https://hrss.hb.gov.cn/a/1.html').status).toBe('rejected');
  });
});

describe('a text that never names the rule of law', () => {
  it('is rejected as another kind of text, even when its host places it (b026: a 绩效管理 review)', () => {
    const outcome = ingest(
      '根据市政府办公厅《关于认真做好2023年度市政府绩效管理年终考评工作的通知》要求,我们重点对照日常履职清单逐项梳理年度任务完成情况。\n一、总体情况\n2023年,市卫生健康委以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,坚决落实市委市政府各项决策部署,卫生健康工作取得新进展新成效。\n二、主要做法和工作成效\n(一)强化责任担当,全面高效履职',
      'https://wjw.beijing.gov.cn/zwgk_20040/zyms/202401/t20240118_3539346.html',
    );
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') expect(outcome.reasons.join(' ')).toContain('rule of law');
  });
  it('keeps a report that names it only as 依法行政 (an older title)', () => {
    const report = published(
      ingest(
        '2014年,全县坚持依法行政,各项工作取得新成效。现将有关情况报告如下。\n一、主要举措\n加强制度建设,规范行政行为,提升服务水平。',
        'https://www.gaotai.gov.cn/a/1.html',
      ),
    );
    expect(report).toMatchObject({ jurisdiction: '高台县', year: 2014 });
  });
});

describe('portals named `cn` and their place', () => {
  it('spells a county as `cn` and its name in full (cnlongxi = 陇西县) or by initials (cncx = 苍溪县 among others)', () => {
    expect(namesOfHost('www.cnlongxi.gov.cn')).toEqual(['陇西县']);
    expect(namesOfHost('cncx.gov.cn')).toContain('苍溪县');
  });
  const page = `2021年度,在县委、县政府领导下,东溪镇认真贯彻中央、省委、市委、县委决策部署,${PROSE}现就2021年度法治政府建设工作报告如下。\n一、主要工作举措和成效\n2021年我镇${PROSE}`;
  it('settles a town shared by three counties by the one its portal spells (g003: 东溪镇 on cncx.gov.cn)', () => {
    const report = published(ingest(page, 'https://cncx.gov.cn/news/show/20220401114646648.html'));
    expect(report).toMatchObject({ divisionCode: '510824121', region: ['四川省', '广元市', '苍溪县', '东溪镇'] });
  });
  it('leaves it rejected with the overrides lines on a host that spells none of them', () => {
    const outcome = ingest(page, 'https://www.example.com/news/1.html');
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') expect(outcome.reasons[0]).toContain('"page.txt": "510824121"');
  });
});

describe('a government’s two-letter domain under gov.cn, among same-named places', () => {
  const page = `市委、市政府:\n2024年,清溪镇在市委、市政府的正确领导下,${PROSE}为我镇高质量发展提供坚强法治保障。现将有关工作情况报告如下:\n一、2024年度主要工作举措及成效\n${PROSE}`;
  it('settles 清溪镇 (seven divisions) at 东莞 on dg.gov.cn (g012)', () => {
    const report = published(ingest(page, 'http://www.dg.gov.cn/dgqxz/gkmlpt/content/4/4331/post_4331415.html'));
    expect(report).toMatchObject({ divisionCode: '441900115', region: ['广东省', '东莞市', '清溪镇'] });
  });
  it('does not read two letters outside gov.cn (dg.example.com) or as a place by themselves', () => {
    expect(ingest(page, 'http://dg.example.com/a/1.html').status).toBe('rejected');
    expect(placesOfHost('www.dg.gov.cn', gazetteer)).toEqual([]);
  });
});
