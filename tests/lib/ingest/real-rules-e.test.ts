import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';
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
    expect(splitDocNumber('塘栖镇法治政府建设年度报告(2024年度)')).toEqual({ text: '塘栖镇法治政府建设年度报告(2024年度)' });
  });
  it('drops a site’s column tag before the title (e124: `【工作总结】`)', () => {
    expect(unwrapTitle('【工作总结】六安市公安局关于2022年法治政府建设情况的报告')).toBe(
      '六安市公安局关于2022年法治政府建设情况的报告',
    );
    expect(unwrapTitle('【法治政府建设】通知')).toBe('【法治政府建设】通知');
  });
});
