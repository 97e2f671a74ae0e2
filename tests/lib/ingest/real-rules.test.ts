import { describe, expect, it } from 'vitest';
import { gazetteer, ingest, PROSE, published } from './real-page.ts';
import { nationalBodyOf } from '../../../src/lib/gazetteer/national.ts';
import { isBareIpHost, placesOfHost, resolveDivision } from '../../../src/lib/gazetteer/resolve.ts';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { openingSubject } from '../../../src/lib/ingest/ingest.ts';
import { cleanTitle, findReportYear, issuerFromTitle, splitDocNumber } from '../../../src/lib/ingest/page.ts';
import { reportSchema } from '../../../src/lib/schema/report.ts';

/** Rules for shapes real pages have (tests/fixtures/real), each with a piece of such a page. */

describe('national ministries', () => {
  it('places a ministry report that starts mid-page (b006) at the national level', () => {
    const report = published(
      ingest(`2022年,司法部${PROSE}\n一、加强党对法治政府建设的领导\n${PROSE}`, 'https://freewechat.com/a/1'),
    );
    expect(report).toMatchObject({
      level: 'national',
      divisionCode: '100000',
      jurisdiction: '中华人民共和国',
      region: ['中华人民共和国'],
      year: 2022,
    });
  });
  it('reads the body through inline pinyin debris (b060: 應(yīng)急管理部)', () => {
    expect(nationalBodyOf(undefined, '2022年,应(yīng)急管理部坚持以习近平')).toBe('应急管理部');
  });
  it('does not take a ministry cited by a local report for its author', () => {
    expect(
      nationalBodyOf(
        '武汉市司法局关于2023年度法治政府建设情况的报告',
        '2023年,在市委、市政府的坚强领导下,市司法局按照司法部部署',
      ),
    ).toBeUndefined();
  });
  it('is in the gazetteer by code only, so the place tree names it and law titles do not place a report', () => {
    expect(gazetteer.byCode.get('100000')).toMatchObject({
      name: '中华人民共和国',
      level: 'national',
      region: ['中华人民共和国'],
    });
    expect(gazetteer.byName.has('中华人民共和国')).toBe(false);
  });
  it('is a valid schema level with the 100000 code in ids', () => {
    const parsed = reportSchema.safeParse({
      id: '100000-2022-abcdef',
      title: '司法部2022年法治政府建设年度报告',
      jurisdiction: '中华人民共和国',
      divisionCode: '100000',
      region: ['中华人民共和国'],
      level: 'national',
      issuerType: 'department',
      year: 2022,
      docNumber: '司发〔2023〕1号',
      sourceFile: 'b.txt',
      sourceSha256: 'a'.repeat(64),
    });
    expect(parsed.success).toBe(true);
  });
});

describe('titles, issuers and document numbers', () => {
  it('takes the issuer from the body a title starts with, one or two bodies, never a bare place', () => {
    expect(issuerFromTitle('武汉市司法局关于2023年度法治政府建设情况的报告')).toBe('武汉市司法局');
    expect(issuerFromTitle('中共海南省委 海南省人民政府关于2022年法治政府建设情况的报告')).toBe(
      '中共海南省委 海南省人民政府',
    );
    expect(issuerFromTitle('杭州市2020年法治政府建设年度报告')).toBeUndefined();
    expect(issuerFromTitle('东湖街道2023年法治政府建设情况报告')).toBeUndefined();
  });
  it('splits a document number printed before the title (b024)', () => {
    expect(splitDocNumber('浙卫〔2024〕3号《浙江省卫生健康委关于2023年度法治政府建设情况的报告》')).toEqual({
      text: '浙江省卫生健康委关于2023年度法治政府建设情况的报告',
      docNumber: '浙卫〔2024〕3号',
    });
  });
  it('cleans site suffixes, letter-spacing and stray spaces but keeps the space between two bodies', () => {
    expect(cleanTitle('友谊路街道2025年法治政府建设情况报告_街镇园区文件_上海市宝山区人民政府门户网站')).toBe(
      '友谊路街道2025年法治政府建设情况报告',
    );
    expect(cleanTitle('青 海 省 卫 生 健 康 委2023年法治政府建设工作总结')).toBe(
      '青海省卫生健康委2023年法治政府建设工作总结',
    );
    expect(cleanTitle('宛城区人力资源和社会保障局 关于2025年法治政府建设情况的报告')).toBe(
      '宛城区人力资源和社会保障局关于2025年法治政府建设情况的报告',
    );
    expect(cleanTitle('中共海南省委 海南省人民政府关于2022年法治政府建设情况的报告')).toBe(
      '中共海南省委 海南省人民政府关于2022年法治政府建设情况的报告',
    );
  });
  it('reads bulleted labels: 内容概述 as title, 备注/文号 as docNumber, 公文生成日期 as signing date (a067)', () => {
    const report = published(
      ingest(
        `• 索 引 号:LY07910-0700-2025-00003\n  • 备注/文号:象委〔2025〕42号\n  • 发布机构:象湖镇人民政府\n  • 公文生成日期:2025-12-29\n  • 内容概述: 漳平市象湖镇人民政府2025年法治政府建设年度报告\n雷速体育直播印发象湖镇2025年法治政府工作情况的报告\n2025年,象湖镇${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      title: '漳平市象湖镇人民政府2025年法治政府建设年度报告',
      docNumber: '象委〔2025〕42号',
      signedAt: '2025-12-29',
      issuer: '漳平市象湖镇人民政府',
    });
  });
  it('dates a page cut before its signature by its cover letter (b024)', () => {
    const report = published(
      ingest(
        `浙卫〔2024〕3号《浙江省卫生健康委关于2023年度法治政府建设情况的报告》\n浙江省卫生健康委关于2023年度法治政府建设情况的报告\n浙卫〔2024〕3号\n省委、省政府:\n根据中共中央办公厅、国务院办公厅印发的《法治政府建设与责任落实督察工作规定》及省委、省政府有关部署要求,现呈送我委2023年度法治政府建设情况报告,请审阅。\n浙江省卫生健康委\n2024年3月8日\n浙江省卫生健康委2023年度法治政府建设情况报告\n在省委省政府的坚强领导下,省卫生健康委${PROSE}`,
      ),
    );
    expect(report).toMatchObject({
      title: '浙江省卫生健康委关于2023年度法治政府建设情况的报告',
      docNumber: '浙卫〔2024〕3号',
      signedAt: '2024-03-08',
      divisionCode: '330000',
    });
  });
  it('ends a value at a metadata cell that is not a title ([ 主题分类 ], a058)', () => {
    expect(
      parseFields('[ 发布机构 ] 开州区政府办公室 [ 主题分类 ] 其他').find((f) => f.kind === 'publisher')?.value,
    ).toBe('开州区政府办公室');
    expect(parseFields('文章来源 ·   市政府办公厅 clock 157天前').find((f) => f.kind === 'source')?.value).toBe(
      '市政府办公厅',
    );
  });
});

describe('years of pages that start mid-page', () => {
  it('takes the year of the opening statement, not an earlier year cited first (a001)', () => {
    const lines = [
      '根据中共中央《全面深化法治领域改革纲要(2023—2027年)》提出“实行法治建设年度报告制度”,以及市、区对法治建设工作的具体部署,以落实“2023年法治上城建设工作要点”具体任务为牵引。现对2023年所做工作总结如下:',
    ];
    expect(findReportYear(undefined, lines)).toEqual({ year: 2023, from: 'statement' });
  });
  it('falls back to sentences that open with one year (b064)', () => {
    expect(
      findReportYear(undefined, [
        '一、全面加强党对法治建设的领导',
        '建立健全法治建设组织领导体系。2021年,党组召开8次会议研究解决法治建设具体事项;',
      ]).year,
    ).toBe(2021);
  });
});

describe('places', () => {
  it('reads the subject of the opening as the owner, short names included (a043: 2023年,新县在…)', () => {
    expect(openingSubject('2023年,新县在市委、市政府的坚强领导下,始终坚持')).toBe('新县');
    const report = published(
      ingest(
        `2023年,新县在市委、市政府的坚强领导下,认真贯彻落实省、市决策部署,先后获评“河南省社会主义法治文化建设示范县”。\n一、党政主要负责人履行推进法治建设第一责任人职责\n${PROSE}`,
      ),
    );
    expect(report.divisionCode).toBe('411523');
  });
  it('knows provinces by their short names (b040: 2021年,广东坚持…)', () => {
    expect(
      published(ingest(`2021年,广东${PROSE}\n一、坚持以习近平法治思想为统领\n省委、省政府${PROSE}`)).divisionCode,
    ).toBe('440000');
  });
  it('deepens to the county the report calls 我县 (a072)', () => {
    const report = published(
      ingest(
        `2022年,我县认真学习贯彻党的二十大精神,紧扣《中共江西省委江西省人民政府关于印发〈江西省法治政府建设实施纲要(2021-2025年)〉的通知》各项任务目标。现将我县推进法治政府建设情况报如下:\n一、主要举措和成效\n在第四次县委全面依法治县委员会中讨论并通过了《浮梁县法治政府建设实施纲要(2022-2025年)》。`,
      ),
    );
    expect(report.divisionCode).toBe('360222');
  });
  it('takes the province of the host for a 全省 report that names no place (b002 on gaotai.gov.cn)', () => {
    const text = `2023年,全省法治政府建设工作${PROSE}\n一、强化思想引领\n省政府党组理论学习中心组带头学,示范带动全省政府系统及时跟进学。`;
    expect(published(ingest(text, 'http://gaotai.gov.cn/zfxxgk/t20240611_1245579.html')).divisionCode).toBe('620000');
    expect(ingest(text, 'http://101.230.193.164/a.html').status).toBe('rejected');
  });
  it('reads host initials with 政府 and after the province (znzf = 中宁政府, sxgp = 山西高平)', () => {
    const clues = [
      {
        field: 'statement' as const,
        text: '2024年,宁安镇始终坚持以习近平新时代中国特色社会主义思想为指导,在县委、县政府的坚强领导下',
      },
    ];
    const resolved = resolveDivision(clues, { fullText: clues[0]!.text, sourceHost: 'www.znzf.gov.cn' }, gazetteer);
    expect(resolved.ok && resolved.division.code).toBe('640521100');
    expect(placesOfHost('www.sxgp.gov.cn', gazetteer).map((d) => d.name)).toContain('高平市');
  });
  it('treats a bare IP host as no clue', () => {
    expect(isBareIpHost('101.230.193.164')).toBe(true);
    expect(placesOfHost('101.230.193.164', gazetteer)).toEqual([]);
  });
  it('settles a same-named place by its city named without suffix (b077: 龙华区 with 广东、深圳)', () => {
    const clues = [{ field: 'title' as const, text: '龙华区司法局2023年法治政府建设年度报告' }];
    const resolved = resolveDivision(
      clues,
      { fullText: '龙华区司法局2023年法治政府建设年度报告\n为广东、深圳法治建设作出贡献' },
      gazetteer,
    );
    expect(resolved.ok && resolved.division.code).toBe('440309');
  });
  it('rejects an ambiguous place with the overrides line to publish it, and publishes it with that line', () => {
    const text = `2025年度,在区委、区政府的正确领导下,春江街道按照文件要求,坚持将法治工作置于街道经济社会发展大局。现将具体情况报告如下:\n一、2025年度推进法治政府建设主要措施和成效\n${PROSE}`;
    const rejected = ingest(text);
    expect(rejected.status).toBe('rejected');
    expect(rejected.reasons[0]).toContain('"page.txt": "320411004"  # 江苏省常州市新北区春江街道');
    expect(rejected.reasons[0]).toContain('"page.txt": "330111002"  # 浙江省杭州市富阳区春江街道');
    expect(published(ingest(text, undefined, '320411004')).divisionCode).toBe('320411004');
  });
});

describe('look-alikes', () => {
  it('rejects news of a meeting that reviewed the report (b043)', () => {
    const outcome = ingest(
      `首页 > 要闻动态\n省政府党组召开会议审议2019年度法治政府建设情况报告\n时间 : 2020-03-20 08:17:21 来源 : 本网\n3月19日,省政府党组书记、省长马兴瑞主持召开省政府党组会议,审议《广东省人民政府2019年度法治政府建设情况报告》,研究部署有关工作。`,
    );
    expect(outcome.status).toBe('rejected');
  });
  it('rejects a notice addressed down to 各市…人民政府 (b103)', () => {
    const outcome = ingest(
      `各市(含定州、辛集市)人民政府,各县(市、区)人民政府,雄安新区管委会,省政府各部门:\n2020年,在省委、省政府的坚强领导下,全省各级各部门${PROSE}`,
    );
    expect(outcome.status).toBe('rejected');
  });
});
