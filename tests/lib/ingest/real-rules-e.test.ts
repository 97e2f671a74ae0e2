import { describe, expect, it } from 'vitest';
import { gazetteer, ingest, PROSE, published } from './real-page.ts';
import { findPlaceNames, placesOfHost } from '../../../src/lib/gazetteer/resolve.ts';
import { bareGovernmentOf, speaksAsProvince } from '../../../src/lib/ingest/place.ts';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { splitDocNumber, unwrapTitle } from '../../../src/lib/ingest/page.ts';

/**
 * General rules for the shapes that slice E's misses showed (tests/fixtures/real, split
 * `unseen`, read only after its figure was taken), each tested on a piece of such a page (the
 * file it comes from is named) and, where a rule must not overreach, on the shape it must
 * leave alone.
 */

describe('a date printed after a source', () => {
  it('splits `来源:陕西日报 2026-03-16 08:15` into the source and the publication date (e132)', () => {
    expect(parseFields('来源:陕西日报 2026-03-16 08:15')).toEqual([
      { kind: 'source', label: '来源', value: '陕西日报' },
      { kind: 'published', label: '', value: '2026-03-16 08:15' },
    ]);
    const report = published(
      ingest(
        `陕西省人民政府关于2025年法治政府建设情况的报告\n\n来源:云南省交通运输厅       2024-02-26 11:05 【字体:\n\n2025年,在省委坚强领导下,省政府${PROSE}`,
      ),
    );
    expect(report).toMatchObject({ sourceName: '云南省交通运输厅', publishedAt: '2024-02-26' });
  });
  it('keeps a source with no date after it as it is', () => {
    expect(parseFields('来源:本网')).toEqual([{ kind: 'source', label: '来源', value: '本网' }]);
  });
});

describe('what stands around a title', () => {
  it('splits a document number in square brackets before the title (e122)', () => {
    expect(splitDocNumber('[天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告')).toEqual({
      text: '天水市人民政府关于2025年法治政府建设情况的报告',
      docNumber: '天政发〔2026〕7号',
    });
  });
  it('splits a document number in brackets after the title (e007)', () => {
    const report = published(
      ingest(
        `湘潭县自然资源局2025年度法治政府建设工作报告(潭县自然资字〔2025〕79号)\n发布时间:2025-12-24 11:51\n县委、县人民政府:\n现将我局2025年法治政府建设工作情况汇报如下:${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      title: '湘潭县自然资源局2025年度法治政府建设工作报告',
      docNumber: '潭县自然资字〔2025〕79号',
      issuer: '湘潭县自然资源局',
    });
  });
  it('leaves a bracketed year that is no document number in the title', () => {
    expect(splitDocNumber('塘栖镇法治政府建设年度报告(2024年度)')).toEqual({
      text: '塘栖镇法治政府建设年度报告(2024年度)',
    });
  });
  it('drops a site’s column tag before the title (e124: `【工作总结】`)', () => {
    expect(unwrapTitle('【工作总结】六安市公安局关于2022年法治政府建设情况的报告')).toBe(
      '六安市公安局关于2022年法治政府建设情况的报告',
    );
    expect(unwrapTitle('【法治政府建设】通知')).toBe('【法治政府建设】通知');
  });
});

describe('the year in the opening', () => {
  it('reads an opening that starts with its year and ends in the statement (e060: `2022年西城区坚持…现将…`)', () => {
    const report = published(
      ingest(
        `2022年西城区${PROSE}按照市委市政府工作要求,扎实推进依法行政各项工作,法治政府建设取得积极成效。现将有关情况报告如下:\n一、主要举措和成效\n制发《北京市西城区法治政府建设规划(2021-2025年)》。`,
      ),
    );
    expect(report).toMatchObject({ year: 2022, jurisdiction: '西城区' });
  });
  it('does not take a year cited inside such an opening when another year is before the statement', () => {
    const outcome = ingest(
      `2021年满意度测评结果显示,西城区${PROSE}在2023年继续推进。现将有关情况报告如下:\n一、主要举措和成效\n${PROSE}`,
    );
    expect(outcome.status === 'rejected' && outcome.reasons.join(' ')).toMatch(/which year/);
  });
  it('reads the year past indent characters a mirror printed as `??` (e139, e140)', () => {
    const report = published(
      ingest(
        `??2022年,全区各部门在区委、区政府的坚强领导下,黄浦区${PROSE}具体情况如下:\n??一、深入学习贯彻习近平法治思想`,
      ),
    );
    expect(report.year).toBe(2022);
  });
});

describe('gazetteer entries that are common nouns', () => {
  it('does not read `林业站` in a list of a town’s offices as a place (e038: 丹云乡 alone)', () => {
    expect(findPlaceNames('党政办、综治中心、司法所、林业站、水利站等部门负责人协同配合', gazetteer)).toEqual([]);
    const report = published(
      ingest(
        `2024年,我乡在县委、县政府的正确领导下,落实《永泰县法治政府建设实施方案(2021-2025)》。现将丹云乡2024年法治政府建设报告情况如下:\n一、健全组织机构\n由乡长总负责,党政办、综治中心、司法所、林业站、水利站等部门负责人协同配合。${PROSE}`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '350125211', jurisdiction: '丹云乡', level: 'township' });
  });
});

describe('national bodies by their former names', () => {
  it('places `2017年,原环境保护部…` at the national level (e148)', () => {
    const report = published(
      ingest(`2017年,原环境保护部深入学习宣传贯彻党的十九大精神,${PROSE}\n一、依法全面履行政府职能\n${PROSE}`),
    );
    expect(report).toMatchObject({ divisionCode: '100000', level: 'national', year: 2017 });
  });
  it('reads the body after `2017年以来,` (e157: 教育部 in Traditional script)', () => {
    const report = published(
      ingest(
        `2017年以來,教育部認真學習貫徹習近平新時代中國特色社會主義思想,深入推進依法行政,切實履行政府職責。\n一、切實加強法治政府建設的組織領導\n教育部黨組高度重視法治政府建設工作。`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '100000', level: 'national', year: 2017 });
  });
  it('still does not take a body cited by a local report (`按照原农业部部署`)', () => {
    const outcome = ingest(`2017年,按照原农业部部署,我县${PROSE}\n一、主要举措\n${PROSE}`);
    expect(outcome.status === 'rejected' || outcome.report.level !== 'national').toBe(true);
  });
});

describe('a department named by its government’s level alone', () => {
  it('is placed by its host when the title is `区卫生健康委关于…` (e013: cqjlp = 重庆九龙坡)', () => {
    const report = published(
      ingest(
        `区卫生健康委关于2025年法治政府建设情况的报告\n一、2025年推进法治政府建设的主要举措和成效\n(一)深学笃行习近平法治思想。${PROSE}`,
        'http://cqjlp.gov.cn/zwgk_251/zfxxgkml_1/fzzfjsndbg/202602/t20260224_15447833.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '500107', jurisdiction: '九龙坡区', issuer: '区卫生健康委' });
  });
  it('is placed at the province its host spells for `省教育厅` (e120: jyt.jiangsu.gov.cn)', () => {
    const report = published(
      ingest(
        `2024年,省教育厅坚持以习近平法治思想为指引,按照省委省政府部署要求,深入推进法治政府建设。现将有关情况报告如下。\n一、深入践行习近平法治思想\n${PROSE}`,
        'http://jyt.jiangsu.gov.cn/art/2025/3/25/art_58320_11524762.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '320000', level: 'province' });
  });
  it('reads words that start with a level character as words (`市场监管局`, `市级部门`, `区域`)', () => {
    expect(bareGovernmentOf(['按照市场监管局部署,市级部门和区域协调发展局配合'])).toBeUndefined();
    expect(bareGovernmentOf(['2025年,市人力资源保障局坚持以习近平新时代中国特色社会主义思想为指导'])).toMatchObject({
      level: 'city',
    });
  });
});

describe('a municipality that calls itself 全市', () => {
  it('is placed at the municipality its host spells (e138: shanghai.gov.cn, `全市各区、各部门`)', () => {
    const report = published(
      ingest(
        `2022年,全市各区、各部门在市委、市政府的坚强领导下,${PROSE}具体情况如下:\n一、深入学习贯彻习近平法治思想\n本市各级党委政府全面深入学习贯彻党的二十大精神。`,
        'https://shanghai.gov.cn/nw12344/20230330/db2a9fdc6a654bd28a4e86ec15ad74bc.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '310000', level: 'province', jurisdiction: '上海市' });
  });
  it('is not placed by a host that spells no place (a mirror of the same page)', () => {
    const outcome = ingest(
      `2022年,全市各区、各部门在市委、市政府的坚强领导下,${PROSE}具体情况如下:\n一、深入学习贯彻习近平法治思想`,
      'http://www.gzfuluhua.cn/nw12344/20230330/db2a9fdc6a654bd28a4e86ec15ad74bc.html',
    );
    expect(outcome.status).toBe('rejected');
  });
});

describe('two places named equally strongly', () => {
  const page = `2022年,我局在区委、区政府的正确领导下,${PROSE}现将我局2022年法治政府建设情况报告如下。\n一、深学笃用习近平法治思想\n局长亲自带队到永川区学习法治政府建设经验。拟定《荣昌区法治政府建设实施方案(2022-2025)》。`;
  it('takes the one the portal’s host spells (e018: rongchang.gov.cn, 荣昌区 over 永川区)', () => {
    const report = published(ingest(page, 'http://rongchang.gov.cn/bm/qsfj/zwgk_70831/202303/t20230307_11722059.html'));
    expect(report).toMatchObject({ divisionCode: '500153', jurisdiction: '荣昌区' });
  });
  it('stays rejected with both candidates on a host that spells neither', () => {
    const outcome = ingest(page, 'http://www.example-mirror.com/bm/qsfj/t20230307_11722059.html');
    expect(outcome.status === 'rejected' && outcome.reasons.join(' ')).toMatch(/永川区 and 荣昌区|荣昌区 and 永川区/);
  });
});

describe('a report that speaks as a province', () => {
  it('stays at the province when it names one city as an award winner (e130: 河南省, not 驻马店市)', () => {
    const report = published(
      ingest(
        `2020年,在党中央、国务院及省委的正确领导下,全省各级政府${PROSE}\n一、加强法治政府建设组织领导。省政府主要负责人积极履行第一责任人职责。驻马店市获评第一批全国法治政府建设示范市,我省命名5个法治政府建设示范市(县)。`,
        'https://henan.gov.cn/2021/03-30/2117585.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '410000', level: 'province' });
  });
  it('stays at the province when it names a district as an award winner (e134: 陕西省, not 莲湖区)', () => {
    const report = published(
      ingest(
        `2022年,省政府${PROSE}习近平总书记来陕考察重要讲话,为全省经济社会高质量发展提供坚强法治保障。\n一、切实加强组织领导。积极参加全国法治政府建设示范创建活动,延安市被命名为“全国法治政府建设示范市”,西安市莲湖区“自然人法人全生命周期政务服务”项目被命名为“全国法治政府建设示范项目”。`,
        'http://sx-dj.gov.cn/dylt/fzzx/1661282526778679298.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '610000', level: 'province' });
  });
  it('does not lift a city whose opening names it as the subject (b048: 杭州市 `在全省…`)', () => {
    const report = published(
      ingest(
        `杭州市人民政府\n主任、副主任、秘书长、各位委员:\n2023年,杭州市坚持以习近平新时代中国特色社会主义思想为指导,为杭州在全省“勇当先行者、谱写新篇章”中勇攀高峰提供坚强法治保障。现将有关情况报告如下。\n一、主要举措和成效`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '330100', level: 'city' });
  });
  it('is not a province’s voice when only its addressee is the province (`省人民政府:`, as c048)', () => {
    expect(speaksAsProvince(['省人民政府:', `2020年,黔西南州人民政府${PROSE}`])).toBe(false);
  });
  it('is not a province’s voice when the opening also speaks as a city (`全省`, `市委、市政府`)', () => {
    expect(speaksAsProvince(['2023年,在市委、市政府的领导下,我局工作走在全省前列。'])).toBe(false);
    expect(speaksAsProvince(['2022年,省政府坚持以习近平新时代中国特色社会主义思想为指导,为全省发展提供保障。'])).toBe(
      true,
    );
  });
});

describe('a metadata table copied without colons', () => {
  it('reads `发文机关 河南省人民政府 成文日期` and a letter-spaced `标  题` as labels (e129)', () => {
    expect(parseFields('发文机关 河南省人民政府 成文日期')).toEqual([
      { kind: 'publisher', label: '发文机关', value: '河南省人民政府' },
      { kind: 'written', label: '成文日期', value: '' },
    ]);
    const report = published(
      ingest(
        `索 引 号 10001-01-2024-00122 失效时间\n发文机关 河南省人民政府 成文日期\n标  题 河南省人民政府关于2023年度法治政府建设情况的报告\n发文字号 豫政文〔2024〕46号 发布时间 2024年03月22日\n\n2023年,全省各级政府${PROSE}现将有关情况报告如下:`,
      ),
    );
    expect(report).toMatchObject({
      title: '河南省人民政府关于2023年度法治政府建设情况的报告',
      issuer: '河南省人民政府',
      sourceName: '河南省人民政府',
      docNumber: '豫政文〔2024〕46号',
      publishedAt: '2024-03-22',
    });
  });
  it('reads `索引号 发布机构 川沙新镇` as an empty index number and the town as publisher (e031)', () => {
    expect(parseFields('索引号 发布机构 川沙新镇')).toEqual([
      { kind: 'index', label: '索引号', value: '' },
      { kind: 'publisher', label: '发布机构', value: '川沙新镇' },
    ]);
  });
  it('leaves prose that merely starts with a label word alone', () => {
    expect(parseFields('时间 紧、任务重,我镇克服困难完成各项工作。')).toEqual([]);
  });
});

describe('a date line above the title', () => {
  it('reads `2026-01-20 17:01  |  武汉市水务局` as the publication date, with no source (e108)', () => {
    const report = published(
      ingest(
        `今天是:\n\n中国政府网|湖北政府网|繁体|无障碍\n\n2026-01-20 17:01  |  武汉市水务局\n\n武汉市水务局2025年度法治政府建设情况报告\n\n2025年,我局${PROSE}现将工作情况报告如下。\n\n一、主要举措和成效`,
      ),
    );
    expect(report).toMatchObject({ publishedAt: '2026-01-20', jurisdiction: '武汉市' });
    expect(report.sourceName).toBeUndefined();
  });
});

describe('a city named only by its rule-of-law brand', () => {
  const opening = `2022年,市退役军人事务局认真学习贯彻习近平总书记全面依法治国新理念新思想新战略,在市委、市政府的正确领导下,`;
  it('is placed at the city `法治<stem>` names (e127: 法治岳阳 → 岳阳市)', () => {
    const report = published(
      ingest(`${opening}为全面提升法治岳阳水平贡献力量。现将相关情况报告如下。\n一、组织领导强起来\n${PROSE}`),
    );
    expect(report).toMatchObject({ divisionCode: '430600', jurisdiction: '岳阳市', level: 'city' });
  });
  it('stays rejected when the brand is also a province’s (法治吉林) or no city’s (法治政府)', () => {
    expect(ingest(`${opening}为法治吉林建设贡献力量。现将相关情况报告如下。\n一、组织领导\n${PROSE}`).status).toBe(
      'rejected',
    );
    expect(ingest(`${opening}为法治政府建设贡献力量。现将相关情况报告如下。\n一、组织领导\n${PROSE}`).status).toBe(
      'rejected',
    );
  });
});

describe('a city government’s initials domain', () => {
  it('places a city bureau’s report on hrss.sz.gov.cn at 深圳市 (e106)', () => {
    const report = published(
      ingest(
        `2025年,在市委、市政府的正确领导下,在省人力资源社会保障厅的关心指导下,市人力资源保障局${PROSE}现将全年工作情况报告如下:\n一、2025年度推进法治政府建设的主要举措和成效`,
        'https://hrss.sz.gov.cn/xxgk/ghjh/jhjzj/content/post_12641476.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '440300', jurisdiction: '深圳市', level: 'city' });
  });
  it('reads two letters as a city only as that registered domain, not as any host label', () => {
    expect(placesOfHost('www.sz.example.com', gazetteer).map((d) => d.name)).not.toContain('深圳市');
    expect(placesOfHost('sz.gov.cn.example.com', gazetteer).map((d) => d.name)).not.toContain('深圳市');
  });
});

describe('places that tie inside the division the report speaks for', () => {
  it('places a 全市 report naming two districts of one municipality equally at the municipality (e140)', () => {
    const report = published(
      ingest(
        `2021年,全市各区、各部门在市委、市政府的坚强领导下,${PROSE}具体情况如下:\n一、深入学习贯彻习近平法治思想\n徐汇区、黄浦区开展试点。`,
        'http://qchtl.cn/nw12344/20220329/1591ffe6cd6745e2b710723cdf76af9f.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '310000', level: 'province', year: 2021 });
  });
  it('keeps a district bureau’s tie rejected (`区委、区政府`: the shared city is not its level)', () => {
    const outcome = ingest(
      `2022年,我局在区委、区政府的正确领导下,${PROSE}现将我局2022年法治政府建设情况报告如下。\n一、深学笃用习近平法治思想\n到永川区学习,拟定《荣昌区法治政府建设实施方案》。`,
    );
    expect(outcome.status).toBe('rejected');
  });
});
