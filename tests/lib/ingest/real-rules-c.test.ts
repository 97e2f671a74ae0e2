import { describe, expect, it } from 'vitest';
import { gazetteer, ingest, PROSE, published } from './real-page.ts';
import { PREFECTURE_SHORT_NAMES } from '../../../src/lib/gazetteer/prefecture-names.ts';
import { findPlaceNames, placesOfHost } from '../../../src/lib/gazetteer/resolve.ts';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { selfReferenceOf } from '../../../src/lib/ingest/place.ts';

/**
 * Rules for shapes of the second real slice's tune half (tests/fixtures/real/c*), each with a
 * piece of such a page; the file each piece comes from is named in the test.
 */

describe('autonomous prefectures by their short names', () => {
  it('has one short name for each of the 30 autonomous prefectures, every one a 自治州 of the gazetteer', () => {
    expect(PREFECTURE_SHORT_NAMES.size).toBe(30);
    for (const [name, short] of PREFECTURE_SHORT_NAMES) {
      expect(name.endsWith('自治州')).toBe(true);
      expect(short.endsWith('州')).toBe(true);
      expect(gazetteer.byName.get(short)?.map((d) => d.name)).toEqual([name]);
    }
  });
  it('places a report that names its prefecture only as 巴州 and 全州 (c001)', () => {
    const report = published(
      ingest(
        `2023年,巴州党委、政府坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想。现就法治政府建设工作报告如下:\n一、主要做法\n州党委、政府始终将法治政府建设摆在突出位置,确保依法治州、依法执政、依法行政共同推进。`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '652800', jurisdiction: '巴音郭楞蒙古自治州', level: 'city' });
  });
  it('reads a title that starts with 昌吉州人民政府 (c030) and 黔西南州人民政府 (c048)', () => {
    const report = published(
      ingest(`黔西南州人民政府关于2020年度法治政府建设情况的报告\n省人民政府:\n2020年,黔西南州人民政府${PROSE}`),
    );
    expect(report).toMatchObject({ divisionCode: '522300', level: 'city', issuer: '黔西南州人民政府' });
  });
  it('takes a two-character short name only where it stands for the prefecture (巴州区 is a county of 巴中)', () => {
    expect(findPlaceNames('巴州党委、政府', gazetteer)).toEqual(['巴州']);
    expect(findPlaceNames('巴中市巴州区人民政府', gazetteer)).toEqual(['巴中市', '巴州区']);
  });
});

describe('titles, fields and look-alikes of slice C', () => {
  it('joins a title broken inside its phrase (c030: …法治政府 / 建设情况报告)', () => {
    const report = published(
      ingest(
        `昌吉州人民政府2024年度法治政府\n建设情况报告\n2024年,昌吉州人民政府${PROSE}现将有关情况报告如下:\n一、基本情况和主要做法\n${PROSE}`,
      ),
    );
    expect(report.title).toBe('昌吉州人民政府2024年度法治政府建设情况报告');
    expect(report.divisionCode).toBe('652300');
  });
  it('reads 成文时间 and 发文时间 as the signing date, not the publication date (c043, c045)', () => {
    expect(parseFields('• 成文时间:2026年01月28日').map((f) => f.kind)).toEqual(['written']);
    expect(parseFields('- 发文时间:2026年01月01日').map((f) => f.kind)).toEqual(['written']);
    const report = published(
      ingest(
        `- 发布机构:羊庄镇\n- 成文时间:2026年01月01日\n- 发文时间:2026年01月01日\n- 标 题:羊庄镇2025年法治政府建设报告\n羊庄镇2025年法治政府建设报告\n2025年以来,羊庄镇${PROSE}现将有关情况汇报如下:\n一、加强法治政府建设情况\n${PROSE}`,
        'http://www.tengzhou.gov.cn/zwgk/xxgkml/zj/yzz/202601/t20260113_2230269.html',
      ),
    );
    expect(report.signedAt).toBe('2026-01-01');
    expect(report.publishedAt).toBeUndefined();
  });
  it('ends a source value at the font-size widget (c021: 来源:天心区坡子街街道 字体大小:)', () => {
    const fields = parseFields('发布时间 : 2023-01-29 来源:天心区坡子街街道 字体大小:');
    expect(fields.find((f) => f.kind === 'source')?.value).toBe('天心区坡子街街道');
  });
  it("rejects a government work report to the people's congress, not a rule-of-law report (c080)", () => {
    const outcome = ingest(
      `(内蒙古)2022年正蓝旗人民政府工作报告(全文)\n2022年1月7日在正蓝旗第十六届人民代表大会第一次会议上\n各位代表:\n现在,我代表正蓝旗人民政府向大会报告工作,请予审议。\n一、十五届人民政府工作回顾\n2018年以来,旗人民政府${PROSE}`,
    );
    expect(outcome.status).toBe('rejected');
    expect(outcome.reasons[0]).toContain('政府工作报告');
    expect(
      published(
        ingest(`桃源县人民政府2017年度法治政府建设工作报告\n2017年,我县${PROSE}\n一、依法全面履行政府职能\n${PROSE}`),
      ).divisionCode,
    ).toBe('430725');
  });
});

describe('places named only by the host or by 我街', () => {
  it('reads a city portal named by its initials and "city" (c005: yzcity = 永州) to settle 仁和镇', () => {
    expect(placesOfHost('admin.yzcity.gov.cn:8888', gazetteer).map((d) => d.name)).toContain('永州市');
    const report = published(
      ingest(
        `仁和镇人民政府\n关于2024年度法治政府建设工作的报告\n2024年,仁和镇在上级党委、政府的坚强领导下,${PROSE}现将仁和镇2024年度法治政府建设工作情况报告如下:\n一、主要措施和成效\n${PROSE}`,
        'http://admin.yzcity.gov.cn:8888/nyx/fzzfjs/202503/797be64e7ad143a58b022c7d99dd86f2.shtml',
      ),
    );
    expect(report).toMatchObject({
      divisionCode: '431126107',
      title: '仁和镇人民政府关于2024年度法治政府建设工作的报告',
    });
  });
  it('deepens to the street a report calls 我街 (c033: 黄石街 in 白云区), not to a 全街 inside a name', () => {
    expect(selfReferenceOf(['我街严格按照区委依法治区办印发的要求'])).toEqual({ word: '我街', level: 'township' });
    expect(selfReferenceOf(['秀全街花港社区被推选为示范社区'])).toBeUndefined();
    const report = published(
      ingest(
        `为全面贯彻党的十九大精神,我街严格按照区委依法治区办印发的《中共广州市白云区委全面依法治区委员会2020年工作要点》的要求,全面推进法治建设。现将我街法治建设有关工作情况总结如下:\n一、2020年法治建设工作情况\n制定《黄石街2020年全面依法治街工作要点》,确保依法治街工作落到实处。`,
      ),
    );
    expect(report).toMatchObject({ divisionCode: '440111006', jurisdiction: '黄石街道', level: 'township' });
  });
});
