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
    expect(chineseNumberToInt('一零六')).toBe(106);
  });
});

describe('cells of a metadata row the label list does not know', () => {
  it.each([
    ['来源:XX区司法局 校对:李四', 'XX区司法局'],
    ['信息来源:XX区司法局 访问人数:123', 'XX区司法局'],
    ['来源:XX区司法局 撰稿人:李四 审核:王五', 'XX区司法局'],
    ['来源:XX区司法局 保护视力色:', 'XX区司法局'],
  ])('ends the source of `%s` at the next cell', (line, source) => {
    expect(parseFields(line)[0]).toEqual({ kind: 'source', label: expect.any(String), value: source });
  });
  it('keeps a source whose name holds a space but no colon after it', () => {
    expect(parseFields('来源:中共XX区委 XX区人民政府')[0]?.value).toBe('中共XX区委 XX区人民政府');
  });
  it('reads a label that opens with 信息 without leaving 信息 on the value before it', () => {
    expect(parseFields('来源:XX区司法局 信息发布时间:2024-01-05')).toEqual([
      { kind: 'source', label: '来源', value: 'XX区司法局' },
      { kind: 'published', label: '发布时间', value: '2024-01-05' },
    ]);
    expect(parseFields('信息来源:XX区司法局')[0]?.label).toBe('信息来源');
  });
  it('reads 发布部门 as a publisher and 来源单位, 供稿单位 as a source', () => {
    expect(parseFields('公布日期:2024-01-05 发布部门:XX区司法局')[1]).toEqual({
      kind: 'publisher',
      label: '发布部门',
      value: 'XX区司法局',
    });
    expect(parseFields('来源单位:XX区司法局 发布人:张三')[0]).toEqual({
      kind: 'source',
      label: '来源单位',
      value: 'XX区司法局',
    });
    expect(parseFields('供稿单位:XX区司法局')[0]?.kind).toBe('source');
  });
  it('drops bracketed links printed one against the other (`【打印】【关闭】`, `【我要打印】`)', () => {
    expect(parseFields('信息来源:XX区司法局 【打印】【关闭】')[0]?.value).toBe('XX区司法局');
    expect(parseFields('来源:XX区司法局 【我要打印】【关闭窗口】')[0]?.value).toBe('XX区司法局');
  });
});
