import { describe, expect, it } from 'vitest';
import { placesOfHost } from '../../../src/lib/gazetteer/resolve.ts';
import { withoutUnitOwners } from '../../../src/lib/ingest/ingest.ts';
import { gazetteer, ingest, PROSE, published } from './real-page.ts';

/**
 * General rules for where and when, from the shapes that slice I's misses showed
 * (tests/fixtures/real, split `after`, read only after its blind figure was taken). Each is tested
 * on a piece of such a page (the file it comes from is named) and, where a rule must not overreach,
 * on the shape it must leave alone.
 */

describe('a title opening with its department by level alone outranks the opening’s 全省', () => {
  const page = (title: string) =>
    `${title}\n\n发布日期:2025-03-27 14:45 来源:法治调研处\n\n2024年,在市委、市政府的坚强领导下,市司法局${PROSE}安置帮教相关做法在全省司法所规范化建设推进会上交流推介。现将相关情况报告如下:\n\n一、2024年工作情况\n\n${PROSE}${PROSE}`;
  it('places `市司法局关于2024年度…的报告` on sfj.wuhan.gov.cn at 武汉市, not 湖北省 (i221)', () => {
    expect(
      published(
        ingest(
          page('市司法局关于2024年度法治政府建设情况的报告'),
          'https://sfj.wuhan.gov.cn/zfxxgk/fzzf/202503/t1.shtml',
        ),
      ),
    ).toMatchObject({ divisionCode: '420100', jurisdiction: '武汉市', level: 'city' });
  });
  it('reads `【2022年】州生态环境局2022年度…` on hbj.enshi.gov.cn as the 州, of 恩施州 and 恩施市 (i217)', () => {
    const text = `【2022年】州生态环境局2022年度法治政府建设报告\n2022年,我局深入学习贯彻习近平法治思想,${PROSE}\n一、学习贯彻习近平法治思想情况\n局党组${PROSE}${PROSE}`;
    expect(published(ingest(text, 'http://hbj.enshi.gov.cn/xxgk/zdgk/202303/t20230321_1416610.shtml'))).toMatchObject({
      divisionCode: '422800',
      level: 'city',
    });
  });
  it('places a title naming no department by level by the opening’s subject, `市司法局`, since round twenty (t208)', () => {
    const outcome = ingest(
      page('关于2024年度法治政府建设情况的报告'),
      'https://sfj.wuhan.gov.cn/zfxxgk/fzzf/202503/t1.shtml',
    );
    expect(published(outcome)).toMatchObject({ divisionCode: '420100', level: 'city' });
  });
  it('leaves the opening’s 全省 the voice when the opening’s subject names no body by level', () => {
    const text = `关于2024年度法治政府建设情况的报告\n\n2024年,在省委、省政府的坚强领导下,全省司法行政系统${PROSE}现将相关情况报告如下:\n\n一、2024年工作情况\n\n${PROSE}${PROSE}`;
    expect(published(ingest(text, 'https://sft.hubei.gov.cn/zfxxgk/t1.shtml'))).toMatchObject({
      divisionCode: '420000',
      level: 'province',
    });
  });
});

describe('of the places a host leads to, the one it spells itself', () => {
  const page = `2024年,市城市管理局在市委、市政府的正确领导下,${PROSE}现将我局法治政府建设有关情况报告如下:\n一、加强领导,不断履行推进法治建设第一责任人职责\n${PROSE}${PROSE}`;
  it('places a city bureau naming no place on csgl.jining.gov.cn at 济宁市, not 集宁区’s 乌兰察布市 (i215)', () => {
    expect(published(ingest(page, 'https://csgl.jining.gov.cn/art/2025/2/12/art_4526_2710626.html'))).toMatchObject({
      divisionCode: '370800',
      jurisdiction: '济宁市',
      level: 'city',
    });
  });
  it('settles nothing when the host spells no place of the report’s level itself (`wuhua`: 五华县 and 五华区)', () => {
    expect(ingest(page, 'https://csgl.wuhua.gov.cn/art/2025/2/12/art_1.html').status).toBe('rejected');
  });
});

describe('of the places a two-letter gov.cn domain spells, the one whose stem the page writes', () => {
  const page = (clause: string) =>
    `关于2024年法治政府建设情况的报告\n\n2024年,在市委、市政府正确领导下,市司法局${PROSE}切实推动全市法治政府建设,${clause}提供了有力法治保障和优质法律服务。现将有关工作情况报告如下。\n\n一、2024年主要工作举措和成效\n\n${PROSE}${PROSE}`;
  const url = 'https://sfj.dl.gov.cn/art/2025/3/3/art_3945_2412458.html';
  it('places `为大连振兴发展新突破` on sfj.dl.gov.cn at 大连市, of 大连市 and 大理市 (i220)', () => {
    expect(published(ingest(page('为大连振兴发展新突破'), url))).toMatchObject({
      divisionCode: '210200',
      jurisdiction: '大连市',
      level: 'city',
    });
  });
  it('settles nothing when the page writes both stems, and lists both with their overrides lines', () => {
    const outcome = ingest(page('为大连、大理两地交流'), url);
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.reasons.join(' ')).toContain('"page.txt": "532901"');
  });
});

describe('the year of the work summed up just before `现报告如下`', () => {
  const page = (summed: string) =>
    `根据中共中央办公厅、国务院办公厅《法治政府建设与责任落实督察工作规定》要求,区财政局认真梳理总结${summed}法治政府建设情况,现报告如下。\n一、推进法治政府建设的主要举措和成效\n(一)强化制度保障,健全依法理财体系\n${PROSE}${PROSE}`;
  const url = 'http://www.lianhu.gov.cn/ztzl/fzzfcj/2018161702810013697.html';
  it('dates `认真梳理总结2025年度法治政府建设情况,现报告如下。` 2025 (i319)', () => {
    expect(published(ingest(page('2025年度'), url))).toMatchObject({ year: 2025, divisionCode: '610104' });
  });
  it('still rejects the same statement with no year', () => {
    const outcome = ingest(page('本年度'), url);
    expect(outcome.status === 'rejected' && outcome.reasons.join(' ')).toContain('which year');
  });
});

describe('an autonomous county’s short name by initials after its province’s (gzzn = 贵州镇宁)', () => {
  const page = `2022年在县委、县政府的坚强领导下,镇宁自治县${PROSE}按照中央、省、市、县关于法治政府建设的决策部署,高质量统筹推进我县法治政府建设。现将有关情况报告如下:\n一、主要举措和成效\n${PROSE}${PROSE}`;
  it('places a page naming itself 镇宁自治县 on www.gzzn.gov.cn at 镇宁布依族苗族自治县, not 贵州省 (i001)', () => {
    expect(
      published(ingest(page, 'https://www.gzzn.gov.cn/gk/zdlyxx/ghjh/fzgh/202303/t20230313_81657077.html')),
    ).toMatchObject({ divisionCode: '520423', level: 'county' });
  });
  it('makes no guess on a host that spells nothing: the page names no place the gazetteer holds', () => {
    expect(ingest(page, 'https://www.example.com/gk/202303/t1.html').status).toBe('rejected');
  });
});

describe('the lowest of the governments a report thanks, listed from the top, is its own', () => {
  const page = (leaders: string) =>
    `2024年度法治政府建设工作情况的报告\n2024年,在${leaders}的坚强领导下,在人大和政协的监督与支持下,${PROSE}推动法治政府建设再上新台阶。现将有关情况报告如下:\n一、主要举措和成效\n${PROSE}严格落实《宿州市法治政府建设实施方案》,${PROSE}`;
  const url = 'https://www.sixian.gov.cn/public/25072/162349591.html';
  it('places `在市委、市政府和县委的坚强领导下` on www.sixian.gov.cn at 泗县, not 宿州市 (i343)', () => {
    expect(published(ingest(page('市委、市政府和县委'), url))).toMatchObject({
      divisionCode: '341324',
      jurisdiction: '泗县',
      level: 'county',
    });
  });
  it('leaves `在市委、市政府的坚强领导下` alone at the city it names', () => {
    expect(published(ingest(page('市委、市政府'), url))).toMatchObject({ divisionCode: '341300', level: 'city' });
  });
});

describe('a municipality’s district spelled on its portal with the municipality’s 市', () => {
  const page = `2025年,我镇在区委、区政府的坚强领导下,${PROSE}锚定“法治政府建设走在全区前列”目标。现就2025年度法治政府建设情况报告如下:\n一、主要工作举措与成效\n${PROSE}${PROSE}`;
  const url = (host: string) => `https://${host}/jz/tqz_70779/zwgk_70755/fzzfjsndbg/202602/t20260225_15450994.html`;
  it('settles 土桥镇 (seven towns) by cqstl = 重庆市铜梁 (i332)', () => {
    expect(published(ingest(page.replace('我镇', '土桥镇'), url('www.cqstl.gov.cn')))).toMatchObject({
      divisionCode: '500151101',
      level: 'township',
    });
  });
  it('reads cqstn as 潼南区 too, and no province that is not a municipality so (sxsgp)', () => {
    expect(placesOfHost('www.cqstn.gov.cn', gazetteer).map((d) => d.name)).toContain('潼南区');
    expect(placesOfHost('www.sxsgp.gov.cn', gazetteer)).toEqual([]);
  });
  it('leaves 土桥镇 ambiguous on a host that spells no place', () => {
    expect(ingest(page.replace('我镇', '土桥镇'), url('www.example.com')).status).toBe('rejected');
  });
});

describe('a town or street named as the owner of one of its units in a list of honours', () => {
  const page = (honour: string) =>
    `2023年,在市委、市政府的正确领导下,我局坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治人社建设。局2022年度法治政府建设情况报告获评全市优秀,“广州市小微企业劳动关系事务托管服务试点项目”获市法治建设创新项目一等奖,${honour}获评全国工作突出基层劳动人事争议调解组织。\n一、深入学习贯彻党的二十大精神\n${PROSE}${PROSE}`;
  const url = 'https://rsj.gz.gov.cn/zcfg/fzzfjs/content/post_9459190.html';
  it('places 广州市人社局 naming `南沙区南沙街劳动人事争议调解中心` at 广州市, not 南沙街道 (i238)', () => {
    expect(published(ingest(page('南沙区南沙街劳动人事争议调解中心'), url))).toMatchObject({
      divisionCode: '440100',
      level: 'city',
    });
  });
  // The page as a whole is 广州市's since round seventeen (a street named only past the first sentence, under
  // `全市`, gives way to the city: q223); what the unit-owner reading must leave is the street's own name.
  it('still reads a street that is the subject of the honour itself', () => {
    expect(withoutUnitOwners(page('南沙区南沙街道'))).toContain('南沙区南沙街道获评');
    expect(withoutUnitOwners(page('南沙区南沙街劳动人事争议调解中心'))).not.toContain('南沙街劳动');
  });
});
