import { describe, expect, it } from 'vitest';
import { gazetteer, ingest, PROSE, published } from './real-page.ts';
import { findPlaceNames, placesOfHost } from '../../../src/lib/gazetteer/resolve.ts';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { splitDocNumber, unwrapTitle } from '../../../src/lib/ingest/page.ts';

/**
 * General rules for the shapes that slice D's misses showed (tests/fixtures/real, split
 * `blind`, read only after its figure was taken), each tested on a piece of such a page (the
 * file it comes from is named) and, where a rule must not overreach, on the shape it must
 * leave alone.
 */

describe('a report that names its government by level only', () => {
  it('goes down to the county its host spells when addressed to `县委、县政府:` (d035: 建湖县, not 江苏省)', () => {
    const report = published(
      ingest(
        `县委、县政府:\n2024年以来,教育局坚持以习近平法治思想为指引,认真贯彻落实习近平总书记对江苏工作重要讲话精神,${PROSE}\n一、2024年度推进法治政府建设的主要举措和成效\n1.高擎思想旗帜,提高法治意识。全县教育系统认真学习贯彻党的二十大精神。`,
        'https://www.jianhu.gov.cn/art/2025/3/10/art_32121_4299645.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '320925', jurisdiction: '建湖县', level: 'county' });
  });
  it('goes down to the one county the body names when the opening says `在县委、县政府…` (d042: 突泉县)', () => {
    const report = published(
      ingest(
        `2024年,县教育局在县委、县政府的正确领导下,深入落实教育系统法治建设要求。现将工作开展情况报告如下。\n(一)严格落实法治建设第一责任人职责。\n组织局机关干部集中学习《内蒙古自治区法制宣传教育条例》。${PROSE}\n全面推进政务公开,梳理、公布突泉县教育行政权责清单共71项。`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '152224', jurisdiction: '突泉县', level: 'county' });
  });
  it('stays at the province when the body names a second county there (a weaker hint than `我县`)', () => {
    const report = published(
      ingest(
        `2024年,县教育局在县委、县政府的正确领导下,深入落实教育系统法治建设要求。现将工作开展情况报告如下。\n(一)严格落实法治建设第一责任人职责。\n组织局机关干部集中学习《内蒙古自治区法制宣传教育条例》。${PROSE}\n公布突泉县教育行政权责清单,突泉县各校参加,学习扎赉特旗经验。`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '150000', level: 'province' });
  });
  it('is placed by its host when it names only `县委依法治县办公室` (d037: 卓尼县)', () => {
    const report = published(
      ingest(
        `时间:2025-03-17 作者: 点击数: |\n根据《法治政府建设实施纲要(2021-2025年)》等文件要求和县委依法治县办公室有关工作安排,我局高度重视,认真总结我局2024年法治政府建设工作开展情况,现将相关情况详细报告如下: 一、年度法治政府建设的主要举措和成效 ${PROSE}`,
        'http://www.zhuoni.gov.cn/info/1704/39894.htm',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '623022', level: 'county', year: 2024, publishedAt: '2025-03-17' });
  });
  it('does not take a named city’s office (`南通市委依法治市办公室`) for a bare level', () => {
    const outcome = ingest(`2024年,江苏省某单位${PROSE}现将有关情况报告如下。\n南通市委依法治市办公室指导。`);
    expect(outcome.status === 'rejected' || outcome.report.level !== 'county').toBe(true);
  });
});

describe('places that are not the report’s', () => {
  it('does not read a contact address as the place (d067: 天津市, not 和平区)', () => {
    const report = published(
      ingest(
        `根据《法治政府建设实施纲要(2021—2025年)》和相关文件要求,现将市人社局2022年法治政府建设情况报告予以公开。\n如对本报告有任何疑问,请与市人社局法规处联系(地址:天津市和平区建设路18号;邮编:300040)\n一、主要举措和成效\n2022年,市人社局${PROSE}全面落实《天津市法治政府建设实施方案》。`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '120000', level: 'province' });
  });
  it('does not read gazetteer entries named only by their kind (开发区, 工业园区) as places (d061)', () => {
    expect(findPlaceNames('在全国率先启动开发区法治建设考核工作,推动工业园区和经济开发区依法行政', gazetteer)).toEqual(
      [],
    );
    expect(findPlaceNames('苏州工业园区管委会', gazetteer)).toEqual(['苏州工业园区']);
  });
  it('reads `shanxi` as 山西 and `shaanxi` as 陕西, as the two provinces spell themselves (d061, d060)', () => {
    expect(placesOfHost('sft.shanxi.gov.cn', gazetteer, true).map((d) => d.name)).toEqual(['山西省']);
    expect(placesOfHost('sft.shaanxi.gov.cn', gazetteer, true).map((d) => d.name)).toEqual(['陕西省']);
  });
  it('places a provincial department by its host when its body names only a 开发区 (d061)', () => {
    const report = published(
      ingest(
        `2024年,省司法厅${PROSE}\n一、2024年工作情况\n(一)举办全省领导干部习近平法治思想暨宪法法律知识竞赛。在全国率先启动开发区法治建设考核工作。`,
        'http://sft.shanxi.gov.cn/qmyfzs/fzzfndbg/202503/t20250328_9797856.html',
      ),
    );
    expect(report).toMatchObject({ divisionCode: '140000', level: 'province' });
  });
});

describe('the year in the opening', () => {
  it('reads `2023年在…的正确领导下` as the opening year (d029)', () => {
    const report = published(
      ingest(
        `2023年在工委依法治区办的正确领导下,区农业农村局严格落实全面依法治国战略部署要求,较好的完成了全年法治建设各项工作任务,现将有关工作汇报如下。\n一、主要举措和成效\n实现汉南区47个行政村${PROSE}`,
      ),
    );
    expect(report).toMatchObject({ year: 2023, divisionCode: '420113' });
  });
  it('reads the year summed up just before `现将` (d037)', () => {
    const report = published(
      ingest(`认真总结我局2024年法治政府建设工作开展情况,现将相关情况报告如下:\n一、主要举措\n卓尼县${PROSE}`),
    );
    expect(report.year).toBe(2024);
  });
  it('still does not take an earlier year mentioned in the first lines for an opening', () => {
    const outcome = ingest(`2021年在全县开展的满意度测评中名列前茅。\n${PROSE}卓尼县`);
    expect(outcome.status).toBe('rejected');
  });
});

describe('titles as aggregators and lists print them', () => {
  it('unwraps `《…》(全文)` (d047, d048) and a list bullet (d073)', () => {
    expect(unwrapTitle('《民政部2021年法治政府建设年度报告》(全文)')).toBe('民政部2021年法治政府建设年度报告');
    expect(unwrapTitle('• 郑州市人民政府2024年度法治政府建设情况报告')).toBe(
      '郑州市人民政府2024年度法治政府建设情况报告',
    );
  });
  it('takes the title and issuer from inside the wrapper (d047)', () => {
    const report = published(
      ingest(`《民政部2021年法治政府建设年度报告》(全文)\n民政部2021年法治政府建设年度报告\n2021年,民政部党组${PROSE}`),
    );
    expect(report).toMatchObject({ title: '民政部2021年法治政府建设年度报告', issuer: '民政部' });
  });
  it('splits a document number glued to the title without 《 (d076)', () => {
    expect(splitDocNumber('长政发〔2021〕1号长海县2020年度法治政府建设情况报告')).toEqual({
      text: '长海县2020年度法治政府建设情况报告',
      docNumber: '长政发〔2021〕1号',
    });
    expect(splitDocNumber('长政发〔2021〕1号').docNumber).toBeUndefined();
  });
  it('drops a stray space between the body and the year (d036)', () => {
    const report = published(
      ingest(`陵川县教育局 2025年法治政府建设年度报告\n\n发布时间:2026-01-19\n\n2025年,陵川县教育局${PROSE}`),
    );
    expect(report).toMatchObject({ title: '陵川县教育局2025年法治政府建设年度报告', issuer: '陵川县教育局' });
  });
});

describe('publisher labels under other names', () => {
  it('reads 发文机构, 发文机关 and 发布单位 as the publisher (d018, d039, d063)', () => {
    expect(parseFields('- 发文机构:普兰县人民政府')[0]).toMatchObject({ kind: 'publisher', value: '普兰县人民政府' });
    expect(parseFields('发文机关:双牌县教育局')[0]).toMatchObject({ kind: 'publisher' });
    expect(parseFields('发布单位: 杜桥镇')[0]).toMatchObject({ kind: 'publisher', value: '杜桥镇' });
  });
  it('makes a publisher that is the government itself the issuer and source (d018)', () => {
    const report = published(
      ingest(
        `普兰县2025年法治政府建设年度报告\n- 索引号:pnx/2026-00010\n- 发文字号:\n- 发文机构:普兰县人民政府\n- 发布日期:2026-01-12\n2025年是全面贯彻落实《法治政府建设实施纲要(2021-2025)》的收官之年。普兰县人民政府${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      issuer: '普兰县人民政府',
      sourceName: '普兰县人民政府',
      indexNumber: 'pnx/2026-00010',
    });
  });
});

describe('a news review of the year', () => {
  it('rejects a headline ending in 综述 (d062)', () => {
    const outcome = ingest(
      `全面依法治省有力度 践行法治为民有温度——2023年省司法厅推进法治建设和司法行政工作综述\n\n来源:甘肃政法网 发布时间:2024-01-22\n\n2023年,省司法厅${PROSE}`,
    );
    expect(outcome.status).toBe('rejected');
    expect(outcome.reasons[0]).toMatch(/综述/);
  });
});

describe('metadata printed without labels', () => {
  const D070 = (second: string) =>
    `您当前的位置:首页 >法定主动公开内容 >其他法定信息\n\n  • 115002242037431382/2022-00038\n  • 法制\n  • 铜梁区司法局\n  • 2020-03-12\n  • ${second}\n\n重庆市铜梁区司法局2019年度法治政府建设情况的报告\n\n2019年,铜梁区司法局${PROSE}`;
  it('takes an index number by its shape from an unlabelled list (d024, d070)', () => {
    expect(published(ingest(D070('2020-03-12'))).indexNumber).toBe('115002242037431382/2022-00038');
  });
  it('takes the one unlabelled date, printed twice, as the publication date (d024)', () => {
    expect(published(ingest(D070('2020-03-12'))).publishedAt).toBe('2020-03-12');
  });
  it('takes no publication date when two different unlabelled dates stand there (d070)', () => {
    expect(published(ingest(D070('2020-03-14'))).publishedAt).toBeUndefined();
  });
  it('takes the index number of a row without a colon (d011)', () => {
    const report = published(
      ingest(
        `索引号 430S00/2023-018790 文号\n发布单位 湖南省交通运输厅 来源 厅法制处\n\n湖南省交通运输厅关于2022年度法治政府部门建设工作情况的报告\n\n发布日期:2023-03-01 08:11\n\n2022年,湖南省交通运输厅${PROSE}`,
      ),
    );
    expect(report.indexNumber).toBe('430S00/2023-018790');
  });
});

describe('a town named only by its stem in its own rule-of-law phrase', () => {
  const D005 = `2024年,得益于县委、县政府的坚强领导,我乡积极作为,${PROSE}现将我乡2024年度法治政府建设的具体情况汇报如下:\n一、主要举措和成效\n明确法治舒桥建设的重点任务与目标。`;
  it('places `我乡` at 舒桥乡 by `法治舒桥建设` inside the county its host spells (d005)', () => {
    const report = published(ingest(D005, 'http://www.qingtian.gov.cn/art/2025/2/8/art_1229392920_506294.html'));
    expect(report).toMatchObject({ divisionCode: '331121208', jurisdiction: '舒桥乡', level: 'township' });
  });
  it('places a bare `街道` at 鱼复街道 by `鱼复法治建设` inside the county it names (a015)', () => {
    const report = published(
      ingest(
        `为进一步加强法治政府建设,2021年来,街道按照《奉节县法治政府建设实施方案》的要求,以创建全县法治文明辖区为统领,奋力谱写鱼复法治建设新篇章。现将2021年工作情况报告如下。\n一、主要举措\n${PROSE}`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '500236002', level: 'township' });
  });
  it('leaves a county report that cites a town’s 法治建设 at the county (no town calls itself so)', () => {
    const report = published(
      ingest(`2021年,奉节县${PROSE}现将2021年工作情况报告如下。\n一、主要举措\n指导鱼复法治建设。`),
    );
    expect(report).toMatchObject({ divisionCode: '500236', level: 'county' });
  });
});

describe('label values that run onto the next line', () => {
  it('reads `发文机关:` / `双牌县教育局 发文日期:…` and `名称:` / `<title> - 文号:` as their values (d039)', () => {
    const report = published(
      ingest(
        `- 索 引 号:4311230009/2025-00578 分 类:\n-\n发文机关:\n双牌县教育局 发文日期:2025-02-25 15:58 - 名称:\n中共双牌县教育局党组2024年度法治政府建设年度报告 - 文号:\n2024年,双牌县教育局在县委、县政府的正确领导下,${PROSE}现将有关情况报告如下:`,
      ),
    );
    expect(report).toMatchObject({
      title: '中共双牌县教育局党组2024年度法治政府建设年度报告',
      issuer: '中共双牌县教育局党组',
      sourceName: '双牌县教育局',
      signedAt: '2025-02-25',
      indexNumber: '4311230009/2025-00578',
    });
  });
  it('still joins a label with a value alone on the next line', () => {
    const report = published(ingest(`荣昌区2024年法治政府建设情况报告\n来源:\n荣昌区司法局\n\n2024年,荣昌区${PROSE}`));
    expect(report.sourceName).toBe('荣昌区司法局');
  });
});

describe('a page title above a heading split after its body', () => {
  const HEADING = '中共重庆市铜梁区永嘉镇委员会\n\n2019年法治政府建设工作报告';
  const BODY = `\n\n根据区委有关文件精神,永嘉镇积极开展法治政府建设,${PROSE}现将全面依法治区工作报告如下:`;
  it('keeps the page title and takes the body on its own line as the issuer (d024)', () => {
    const report = published(ingest(`永嘉镇2019年法治政府建设工作报告\n\n${HEADING}${BODY}`));
    expect(report).toMatchObject({
      title: '永嘉镇2019年法治政府建设工作报告',
      issuer: '中共重庆市铜梁区永嘉镇委员会',
    });
  });
  it('still joins the split heading when no page title stands above it', () => {
    expect(published(ingest(`${HEADING}${BODY}`)).title).toBe('中共重庆市铜梁区永嘉镇委员会2019年法治政府建设工作报告');
  });
});
