import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { findPlaceNames, resolveDivision, townshipsWithin } from '../../../src/lib/gazetteer/resolve.ts';

const gazetteer = loadGazetteer();

describe('gazetteer', () => {
  it('holds the national township-level divisions with their regions', () => {
    expect(gazetteer.byCode.size).toBeGreaterThan(41_000);
    expect(gazetteer.byCode.get('530181003')).toMatchObject({
      name: '八街街道',
      level: 'township',
      region: ['云南省', '昆明市', '安宁市', '八街街道'],
      ancestorCodes: ['530000', '530100', '530181'],
    });
  });
  it('skips the 市辖区 placeholder of municipalities', () => {
    expect(gazetteer.byCode.get('310110016')?.region).toEqual(['上海市', '杨浦区', '殷行街道']);
    expect(gazetteer.byCode.get('500110')?.region).toEqual(['重庆市', '綦江区']);
  });
  it('hangs the streets of cities without districts (东莞市) under the city, with no division its own ancestor', () => {
    const street = [...gazetteer.byCode.values()].find(
      (d) => d.level === 'township' && d.ancestorCodes.includes('441900'),
    )!;
    expect(street.region.slice(0, 2)).toEqual(['广东省', '东莞市']);
    expect(street.ancestorCodes).toEqual(['440000', '441900']);
    expect(gazetteer.byCode.get('441900')?.level).toBe('city');
    for (const division of gazetteer.byCode.values()) expect(division.ancestorCodes).not.toContain(division.code);
  });
  it('knows the short form 胡家园街 for 胡家园街道', () => {
    expect(gazetteer.byName.get('胡家园街')?.map((d) => d.code)).toEqual(['120116011']);
  });
});

describe('townshipsWithin', () => {
  it('lists exactly the townships under a province, city or county, as a scan of the gazetteer would', () => {
    for (const code of ['120000', '441900', '120116', '530181']) {
      const scanned = [...gazetteer.byCode.values()].filter(
        (d) => d.level === 'township' && d.ancestorCodes.includes(code),
      );
      expect(scanned.length).toBeGreaterThan(0);
      expect(townshipsWithin(code, gazetteer)).toEqual(scanned);
    }
    expect(townshipsWithin('530181003', gazetteer)).toEqual([]);
  });
});

describe('findPlaceNames', () => {
  it('finds the longest names left to right', () => {
    expect(findPlaceNames('重庆市綦江区安稳镇人民政府', gazetteer)).toEqual(['重庆市', '綦江区', '安稳镇']);
    expect(findPlaceNames('中共滨海新区胡家园街道工作委员会', gazetteer)).toEqual(['滨海新区', '胡家园街道']);
  });
});

describe('resolveDivision', () => {
  const title = (text: string) => [{ field: 'title' as const, text }];

  it('does not pick one of the same-named 莲花街道 without context', () => {
    const result = resolveDivision(title('莲花街道2020年法治政府建设年度报告'), { fullText: '莲花街道' }, gazetteer);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/ambiguous/);
      expect(result.candidates.length).toBeGreaterThanOrEqual(6);
      expect(result.candidates.map((c) => c.code)).toContain('440304008');
    }
  });
  it('resolves 莲花街道 from its district named on the page', () => {
    const result = resolveDivision(
      title('莲花街道2020年法治政府建设年度报告'),
      { fullText: '来源：福田区莲花街道办事处' },
      gazetteer,
    );
    expect(result).toMatchObject({ ok: true, division: { code: '440304008' } });
  });
  it('resolves 莲花街道 from the portal site code alone', () => {
    const result = resolveDivision(
      title('莲花街道2020年法治政府建设年度报告'),
      { fullText: '莲花街道', siteCode: '4403040003' },
      gazetteer,
    );
    expect(result).toMatchObject({ ok: true, division: { code: '440304008' } });
  });
  it('resolves 莲花街道 from the source URL host (szft = 深圳福田 by initials)', () => {
    const result = resolveDivision(
      title('莲花街道2020年法治政府建设年度报告'),
      { fullText: '莲花街道', sourceHost: 'www.szft.gov.cn' },
      gazetteer,
    );
    expect(result).toMatchObject({ ok: true, division: { code: '440304008' } });
  });
  it('resolves 城关镇 from a host that spells its district in full (fengxiang)', () => {
    const result = resolveDivision(
      title('城关镇2022年法治政府建设年度报告'),
      { fullText: '城关镇', sourceHost: 'www.fengxiang.gov.cn' },
      gazetteer,
    );
    expect(result).toMatchObject({ ok: true, division: { code: '610305100' } });
  });
  it('prefers the street in the title to the district in the source line', () => {
    const result = resolveDivision(
      [...title('八街街道办事处2021年度法治政府建设工作报告'), { field: 'sourceName', text: '安宁市人民政府' }],
      { fullText: '安宁市 八街街道' },
      gazetteer,
    );
    expect(result).toMatchObject({ ok: true, division: { code: '530181003', level: 'township' } });
  });
  it('places a county report at county level even when its body names towns', () => {
    const result = resolveDivision(
      [...title('綦江区2021年法治政府建设年度报告'), { field: 'body', text: '安稳镇、打通镇等镇街开展普法。' }],
      { fullText: '重庆市綦江区' },
      gazetteer,
    );
    expect(result).toMatchObject({ ok: true, division: { code: '500110', level: 'county' } });
  });
  it('says so when no place is named', () => {
    expect(resolveDivision(title('2021年法治政府建设年度报告'), { fullText: '' }, gazetteer)).toMatchObject({
      ok: false,
    });
  });
});
