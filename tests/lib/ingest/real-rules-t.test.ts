import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { reflowGluedPage } from '../../../src/lib/ingest/page.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty: a page glued into one line, its line breaks printed as spaces, read as the page it copies, its
 * metadata included; then general rules from slice T's misses (tests/fixtures/real, split `untouched`, read only
 * after its blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and,
 * where a rule must not overreach, on the shape it must leave alone.
 */

/** What a reader takes from a page: the fields the corpus labels. */
function fieldsOf(text: string, sourceUrl: string) {
  const report = published(ingest(text, sourceUrl));
  const { title, divisionCode, level, issuer, year, publishedAt, signedAt, indexNumber, sourceName, docNumber } =
    report;
  return { title, divisionCode, level, issuer, year, publishedAt, signedAt, indexNumber, sourceName, docNumber };
}

const BODY = [
  '2025年,在县委、县政府的坚强领导下,深入学习贯彻习近平法治思想,现将有关情况报告如下:',
  '一、党政主要负责人履行推进法治建设第一责任人职责情况',
  `${PROSE}${PROSE}${PROSE}`,
  '二、存在的不足',
  `${PROSE}${PROSE}`,
];

/** Each page read with its lines, then glued (a probe gluing every labelled published page: 120 of 1,475 read
 * otherwise before this round; 41 of 1,518 after it, 43 of 1,559 with slice U's pages and a breadcrumb's title). */
const SHAPES: Array<[string, string[], string]> = [
  [
    'bracketed cells, two a row (`[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]`, d016)',
    [
      '[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]',
      '[ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告',
      '[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]',
      '[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10',
      '丰都县栗子乡人民政府2025年法治政府建设情况报告',
    ],
    'http://www.cqfd.gov.cn/a/1.html',
  ],
  [
    'a table of pipes (`| 发文日期: | 2026-01-06 | 发布机构: | 临淄区皇城镇人民政府 |`, c044)',
    [
      '| 标题: | 皇城镇人民政府2025年度法治政府建设情况报告 | ||',
      '|---|---|---|---|',
      '| 索引号: | 1137030500421943XY/2026-5561816 | 文号: | |',
      '| 发文日期: | 2026-01-06 | 发布机构: | 临淄区皇城镇人民政府 |',
    ],
    'http://www.linzi.gov.cn/a/1.html',
  ],
  [
    'colon-less labels and their values on one row (`索引号 4309… 发布机构 南县退役军人事务局 发文日期 …`, f127; read so before this round too: a guard)',
    [
      '2023年法治政府建设年度工作报告',
      '索引号 4309210010/2023-1876101 发布机构 南县退役军人事务局 发文日期 2023-12-19',
      '信息类别 综合政务 公开范围 全部公开 公开方式 政府网站',
    ],
    'http://www.nanxian.gov.cn/a/1.html',
  ],
  [
    'labels and values apart (`发布日期: 2025-02-24`, `文       号:遂安委〔2025〕14号`), a joint title (a076)',
    [
      '政府信息公开',
      '  •  索 引 号:115108037/2025-00427',
      '  • 发布机构:安居区',
      '  • 文       号:遂安委〔2025〕14号',
      '  • 成文日期: 2025-02-24',
      '  • 发布日期: 2025-02-24',
      '中共遂宁市安居区委 遂宁市安居区人民政府关于2024年度法治政府建设工作的报告',
      '来源:安居区 发布时间:2025-02-24 15:21 浏览次数: 字体: [ ] 打印',
      '市委、市政府:',
    ],
    'http://www.scanju.gov.cn/a/1.html',
  ],
  [
    'a colon standing apart (`时间 : 2022-03-30 11:40:23 来源 : 本网`, b041)',
    [
      '首页 > 政务公开 > 法治政府建设',
      '广东省人民政府关于2021年度法治政府建设情况的报告',
      '时间 : 2022-03-30 11:40:23 来源 : 本网',
      '【打印】 【字体:',
    ],
    'http://www.gd.gov.cn/zwgk/1.html',
  ],
  [
    'a value against its cell’s closing bracket (`[ 发布机构 ]万盛经济技术开发区`, a060)',
    [
      '[ 索引号 ]11500110588903728C/2026-00070 [ 发文字号 ] [ 发布机构 ]万盛经济技术开发区 [ 成文日期 ]2026-02-09 [ 发布日期 ]2026-02-09',
      '重庆市綦江区金桥镇人民政府2025年度法治政府建设情况报告',
    ],
    'http://www.ws.cq.gov.cn/a/1.html',
  ],
  [
    'a body after a bar (`2026-01-20 17:01 | 武汉市水务局`, e108)',
    ['中国政府网|湖北政府网|繁体|无障碍', '2026-01-20 17:01 | 武汉市水务局', '市水务局2025年度法治政府建设情况报告'],
    'http://swj.wuhan.gov.cn/a/1.html',
  ],
  [
    'a table under the title, its labels letter-spaced (`| 索 引 号 | K45893645/2026-00379 |`, f060; read so before too: a guard)',
    [
      '阿克陶县克孜勒陶镇人民政府2025年度法治政府建设工作报告',
      '| 索 引 号 | K45893645/2026-00379 | 主题分类 | |',
      '| 成文日期 | 2026-02-14 | 发布日期 | 2026-02-14 |',
      '| 发文单位 | 阿克陶县克孜勒陶镇人民政府 | 发布机构 | 阿克陶县克孜勒陶镇人民政府 |',
    ],
    'http://www.xjakt.gov.cn/a/1.html',
  ],
  [
    'a dated title after a breadcrumb’s last `>>`, and a row its date opens (`2022/03/01/ 15:05 来源:新区原创`, h102)',
    [
      '您当前的位置 : 兰州新区门户网站 >> 政府信息公开 >> 政策 >>',
      '兰州新区2021年度法治政府建设工作报告',
      ' 2022/03/01/ 15:05 来源:新区原创',
    ],
    'http://www.lzxq.gov.cn/a/1.html',
  ],
  [
    'a letter-spaced body over its title (`青 海 省 卫 生 健 康 委`, b025)',
    ['青 海 省 卫 生 健 康 委', '2023年法治政府建设工作总结'],
    'https://wsjkw.qinghai.gov.cn/a/1.html',
  ],
];

describe('a page glued into one line, its metadata read as on the page it copies', () => {
  it.each(SHAPES)('%s', (_shape, head, sourceUrl) => {
    const lines = [
      ...head,
      ...BODY.map((line) => line.replace('2025年,', `${head.join('').match(/20\d\d(?=年)/u)![0]}年,`)),
    ];
    const page = fieldsOf(lines.join('\n'), sourceUrl);
    expect(page.title).not.toBe('');
    expect(fieldsOf(lines.map((line) => line.trim()).join(' '), sourceUrl)).toEqual(page);
  });

  it('finds a title with inline pinyin in the glued line (`關(guān)于`, c024)', () => {
    const title = '廣州市海珠區(qū)人民政府關(guān)于2023年度法治政府建設(shè)情況的報(bào)告';
    const glued = `${title}2023年,在市委、市政府的堅強領導下,海珠區堅持以習近平法治思想為指導,現將有關情況報告如下:一、${'堅持以習近平新時代中國特色社會主義思想為指導,深入學習貫徹習近平法治思想,紮實推進法治政府建設,各項工作取得新成效。'.repeat(6)} 二、存在的不足`;
    expect(published(ingest(glued, 'https://qhpw.example.com/a/1.html'))).toMatchObject({
      title,
      divisionCode: '440105',
      year: 2023,
    });
  });

  it('cuts a Traditional copy with inline pinyin where its Simplified reading has labels (`【字體:`, c064)', () => {
    const prose =
      '堅(jiān)持以習(xí)近平新時(shí)代中國(guó)特色社會(huì)主義思想為指導(dǎo),紮實推進法治政府建設(shè),各項工作取得新成效。';
    const lines = [
      '內(nèi)蒙古自治區(qū)人民政府關(guān)于2024年法治政府建設(shè)情況的報(bào)告',
      '發(fā)布日期:2025-03-12 09:18',
      '【字體:',
      `2024年,內(nèi)蒙古自治區(qū)${prose}`,
      `一、堅持黨的領導${prose.repeat(3)}`,
      `二、存在的不足${prose.repeat(2)}`,
    ];
    const page = fieldsOf(lines.join('\n'), 'https://www.jeevanhouse.com/a/1.html');
    expect(page).toMatchObject({ divisionCode: '150000', year: 2024, publishedAt: '2025-03-12' });
    expect(fieldsOf(lines.join(' '), 'https://www.jeevanhouse.com/a/1.html')).toEqual(page);
  });

  it('keeps a column’s name as a breadcrumb’s last step on the breadcrumb (`> 区法治政府建设报告`, j316)', () => {
    const glued = `您现在的位置:首页 > 政务公开 > 法治政府建设 > 区法治政府建设报告 来源:本网发布日期:2022-01-07 2021年,南沙区${PROSE.repeat(8)}`;
    expect(reflowGluedPage([glued])[0]).toBe('您现在的位置:首页 > 政务公开 > 法治政府建设 > 区法治政府建设报告');
  });

  it('leaves a page of long paragraphs without spaces as it is (`■ 哈爾濱市司法局` over them, h442)', () => {
    const lines = ['■ 哈爾濱市司法局', `近年來,${PROSE.repeat(12)}`, PROSE.repeat(12)];
    expect(reflowGluedPage(lines)).toEqual(lines);
  });
});

describe('a development zone by the short name its reports use', () => {
  it('reads `郑州高新区` as 郑州高新技术产业开发区 (t103, t106)', () => {
    const page = `2021年,在郑州市委、市政府的正确领导下,郑州高新区以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关工作开展情况报告如下:\n一、加强组织领导\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'https://public.zzgx.gov.cn/D07X/6909436.jhtml'))).toMatchObject({
      divisionCode: '410172',
      level: 'county',
      year: 2021,
    });
  });

  it('reads a city’s own new area that is no division as the city (`长春新区管理委员会`, t118, t120)', () => {
    const page = `长春新区管理委员会\n关于2022年度法治政府建设情况的报告\n市委、市政府:\n2022年,长春新区坚持以习近平法治思想为引领,${PROSE}\n一、主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://www.ccxq.gov.cn/xqyw/tzgg/1.html'))).toMatchObject({
      title: '长春新区管理委员会关于2022年度法治政府建设情况的报告',
      divisionCode: '220100',
      level: 'city',
      issuer: '长春新区管理委员会',
    });
  });

  it('leaves a new area that is a division its own (`兰州新区`)', () => {
    const page = `兰州新区2021年度法治政府建设工作报告\n2021年,兰州新区坚持${PROSE}\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(page)).jurisdiction).toBe('兰州新区');
  });
});

describe('a joint title over four lines, its subject broken after the year', () => {
  it('is one title with both bodies (`中共郑州航空港…工作委员会` / `…管委会` / `关于…2022年度` / `法治…报告`, t107)', () => {
    const page = `中共郑州航空港经济综合实验区工作委员会\n郑州航空港经济综合实验区管委会\n关于航空港经济综合实验区2022年度\n法治政府建设情况的报告\n来源:党政办 日期:2023-03-29 20:15\n中共河南省委:\n2022年,在省委、省政府的领导下,郑州航空港经济综合实验区(以下简称航空港区)坚持${PROSE}\n一、学习贯彻党的二十大精神\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'https://www.zzhkgq.gov.cn/2023/03-29/3377199.html'))).toMatchObject({
      title:
        '中共郑州航空港经济综合实验区工作委员会 郑州航空港经济综合实验区管委会关于航空港经济综合实验区2022年度法治政府建设情况的报告',
      issuer: '中共郑州航空港经济综合实验区工作委员会 郑州航空港经济综合实验区管委会',
      divisionCode: '410173',
    });
  });
});

describe('the opening’s subject is the report’s voice and place', () => {
  it('a department by its level alone (`市司法局在市委、市政府…`) before a later `全省` (t208)', () => {
    const page = `2025年,市司法局在市委、市政府的坚强领导和省司法厅的有力指导下,${PROSE}为黄石加快建设武汉都市圈重要增长极提供了坚实的法治保障。\n一、2025年主要工作情况\n(一)坚持统筹协调。${PROSE}其中西塞山区“法院+工商联”协同体系护航商圈发展项目成功入选全省十大优秀实践,铁山区${PROSE}`;
    expect(published(ingest(page, 'http://sfj.huangshi.gov.cn/xxgk_17/1.html'))).toMatchObject({
      divisionCode: '420200',
      level: 'city',
    });
  });

  it('a city by its stem above the one county its body names (`株洲深入贯彻…`, `向茶陵县发出…`, t203)', () => {
    const page = `2024年,在省委、省人民政府的坚强领导下,株洲深入贯彻党的二十大精神和习近平法治思想,${PROSE}现将有关情况报告如下:\n一、加强党对法治政府建设的领导。${PROSE}针对法治督察发现问题整改不力的情况,向茶陵县发出了督办函。${PROSE}`;
    expect(published(ingest(page, 'https://zz.rednet.cn/content/646946/51/14707417.html'))).toMatchObject({
      divisionCode: '430200',
      level: 'city',
    });
  });
});

describe('metadata a mirror or a portal prints its own way', () => {
  it('takes the heading a site’s page title wraps (`长沙市政府门户网站-…报告_足彩app…`, t201)', () => {
    const page = `长沙市政府门户网站-长沙市2023年法治政府建设情况报告_足彩app哪个是正规的\n首页 > 市政府 > 通知公告\n长沙市2023年法治政府建设情况报告\n来源:市司法局 发布时间:2024-02-22 15:53 字体大小:\n2023年,在省委、省人民政府的坚强领导下,我市${PROSE}\n一、加强组织保障\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://www.ptshed.com/szf/tzgg/202402/t20240223_11376892.html'))).toMatchObject({
      title: '长沙市2023年法治政府建设情况报告',
      publishedAt: '2024-02-22',
      sourceName: '市司法局',
    });
  });

  it('parts a source from the date printed against it (`来源:岳阳市司法局2023-03-10 11:29`, t209)', () => {
    expect(parseFields('来源:岳阳市司法局2023-03-10 11:29')).toEqual([
      { kind: 'source', label: '来源', value: '岳阳市司法局' },
      { kind: 'published', label: '', value: '2023-03-10 11:29' },
    ]);
  });

  it('ends a document number at the next cell (`文 号: 商政文〔2024〕11号 所属主题: 商政文`, t214)', () => {
    expect(parseFields('文 号: 商政文〔2024〕11号 所属主题: 商政文')[0]).toEqual({
      kind: 'docNumber',
      label: '文号',
      value: '商政文〔2024〕11号',
    });
  });
});
