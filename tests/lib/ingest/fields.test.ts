import { describe, expect, it } from 'vitest';
import { isMasked, parseFields } from '../../../src/lib/ingest/fields.ts';
import { findDate, isDateOnlyLine, chineseNumberToInt } from '../../../src/lib/ingest/text.ts';

const pick = (line: string) => parseFields(line).map(({ kind, value }) => [kind, value]);

describe('parseFields', () => {
  it('splits several fields run together on one line', () => {
    expect(pick('信息提供日期 : 2021-01-06 14:59来源 : 福田区莲花街道办事处 信息索引号 : /2021-9007472')).toEqual([
      ['published', '2021-01-06 14:59'],
      ['source', '福田区莲花街道办事处'],
      ['index', '/2021-9007472'],
    ]);
  });
  it('reads full-width colons, bracketed labels and spaced labels', () => {
    expect(pick('发布时间：2023-02-28 15:36 浏览量：1')).toEqual([
      ['published', '2023-02-28 15:36'],
      ['ignored', '1'],
    ]);
    expect(pick('[ 索引号 ] 11500229768895163R/2026-00004')).toEqual([['index', '11500229768895163R/2026-00004']]);
    expect(pick('索 引 号:370481/2026-00158')).toEqual([['index', '370481/2026-00158']]);
    expect(pick('文章来源：县司法局 | 发布日期：2024-01-05')).toEqual([
      ['source', '县司法局'],
      ['published', '2024-01-05'],
    ]);
  });
  it('takes a date label without a colon when a date follows', () => {
    expect(pick('发布时间 2025年09月05日')).toEqual([['published', '2025年09月05日']]);
  });
  it('returns nothing for a line of prose', () => {
    expect(parseFields('街道党工委、办事处高度重视法治政府建设工作,一是主要负责人切实加强组织领导。')).toEqual([]);
  });
  it('knows masked values say nothing', () => {
    expect(isMasked('********** **:**')).toBe(true);
    expect(isMasked('2024-01-05')).toBe(false);
  });
});

describe('dates', () => {
  it.each([
    ['2022-01-20 09:56', '2022-01-20'],
    ['2021/03/29', '2021-03-29'],
    ['2021年12月28日', '2021-12-28'],
    ['2025年09月05日', '2025-09-05'],
    ['（2024-03-01）', '2024-03-01'],
    ['二〇二一年十二月二十八日', '2021-12-28'],
    ['二〇二二年一月二十日', '2022-01-20'],
    ['２０２３年２月２８日', '2023-02-28'],
  ])('findDate(%s) = %s', (text, iso) => expect(findDate(text)).toBe(iso));

  it('rejects dates that do not exist', () => {
    expect(findDate('2021年2月30日')).toBeUndefined();
    expect(findDate('2025730日')).toBeUndefined();
  });
  it('recognises lines that are only a date', () => {
    expect(isDateOnlyLine('2022年1月20日')).toBe(true);
    expect(isDateOnlyLine('(2024-03-01)')).toBe(true);
    expect(isDateOnlyLine('2022年1月20日召开会议')).toBe(false);
  });
  it('reads Chinese numerals', () => {
    expect(chineseNumberToInt('二十八')).toBe(28);
    expect(chineseNumberToInt('十')).toBe(10);
    expect(chineseNumberToInt('十二')).toBe(12);
    expect(chineseNumberToInt('二〇二一')).toBe(2021);
  });
});
