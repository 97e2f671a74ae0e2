import { describe, expect, it } from 'vitest';
import { traditionalCharacterMap } from '../../../src/lib/chinese-script/script.ts';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { buildPlaceTree } from '../../../src/lib/site/catalog.ts';
import { searchPlaces, simplifiedToTraditional } from '../../../src/lib/site/search-data.ts';
import { anning, yinhang } from './sample-reports.ts';

describe('search page data files', () => {
  const reports = [anning.data, yinhang.data];
  it('lists every place with reports by its full name, ancestors included', () => {
    const places = searchPlaces(buildPlaceTree(reports, loadGazetteer()), loadGazetteer());
    expect(places).toContainEqual({ code: '310110016', name: '上海市杨浦区殷行街道', total: 1 });
    expect(places).toContainEqual({ code: '310110', name: '上海市杨浦区', total: 1 });
    expect(places.find((p) => p.code === '530181003')?.name).toMatch(/^云南省昆明市安宁市/);
  });
  it('writes each Simplified character the standard Traditional way', () => {
    const s2t = simplifiedToTraditional(traditionalCharacterMap());
    const of = (c: string) => [...s2t.to][[...s2t.from].indexOf(c)];
    expect(of('镇')).toBe('鎮');
    expect(of('诉')).toBe('訴');
    expect(of('杨')).toBe('楊');
    expect([...s2t.from].length).toBe([...s2t.to].length);
    expect(s2t.from.length).toBeGreaterThan(2000);
  });
});
