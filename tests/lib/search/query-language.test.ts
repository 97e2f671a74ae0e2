import { describe, expect, it } from 'vitest';
import { prng } from '../../../src/lib/corpus/generate.ts';
import { describeQuery, parseQueryLanguage, type Clause } from '../../../src/lib/search/web/query-language.ts';
import { parseQuery } from '../../../src/lib/search/web/query.ts';

/** The clauses of a query that must parse without problems. */
function clean(q: string): Clause[] {
  const { clauses, problems } = parseQueryLanguage(q);
  expect(problems, q).toEqual([]);
  return clauses;
}

/** The problems of a query, as messages, and what is still searched. */
function problemsOf(q: string): { messages: string[]; clauses: Clause[] } {
  const { clauses, problems } = parseQueryLanguage(q);
  return { messages: problems.map((p) => p.message), clauses };
}

const term = (text: string) => ({ kind: 'term', text }) as const;
const phrase = (text: string) => ({ kind: 'phrase', text }) as const;

describe('query language: the forms', () => {
  it('reads space-separated words as terms that must all match', () => {
    expect(clean('行政诉讼 复议')).toEqual([term('行政诉讼'), term('复议')]);
    // Full-width space (U+3000) separates too, and extra spaces do nothing.
    expect(clean('  行政诉讼\u3000\u3000复议 ')).toEqual([term('行政诉讼'), term('复议')]);
    expect(clean('')).toEqual([]);
  });

  it('reads a phrase in every quote style as written, operators inside it being plain text', () => {
    for (const q of ['"行政 诉讼"', '“行政 诉讼”', '「行政 诉讼」', '『行政 诉讼』', '＂行政 诉讼＂'])
      expect(clean(q), q).toEqual([phrase('行政 诉讼')]);
    expect(clean('"-信访 | 或 年份:2021"')).toEqual([phrase('-信访 | 或 年份:2021')]);
    // Input methods give mixed pairs.
    expect(clean('“行政诉讼“')).toEqual([phrase('行政诉讼')]);
    expect(clean('“行政诉讼"')).toEqual([phrase('行政诉讼')]);
    // A phrase next to a word, and two phrases.
    expect(clean('行政"诉讼"')).toEqual([term('行政'), phrase('诉讼')]);
    expect(clean('"行政诉讼"复议')).toEqual([phrase('行政诉讼'), term('复议')]);
    expect(clean('“行政” 「诉讼」')).toEqual([phrase('行政'), phrase('诉讼')]);
  });

  it('keeps quotes inside a quoted passage as text: the phrase ends at a closing quote before a space or the end', () => {
    expect(clean('““放管服”“最多跑一次””')).toEqual([phrase('“放管服”“最多跑一次”')]);
    expect(clean('“落实“谁执法谁普法”责任”')).toEqual([phrase('落实“谁执法谁普法”责任')]);
    expect(clean('“””')).toEqual([phrase('”')]);
  });

  it('reads -word (also full-width －) and -"phrase" as exclusions', () => {
    expect(clean('行政复议 -信访')).toEqual([term('行政复议'), { kind: 'exclude', atom: term('信访') }]);
    expect(clean('行政复议 －信访')).toEqual([term('行政复议'), { kind: 'exclude', atom: term('信访') }]);
    expect(clean('行政复议 -"信访 事项"')).toEqual([term('行政复议'), { kind: 'exclude', atom: phrase('信访 事项') }]);
    expect(clean('行政复议 -「信访」')).toEqual([term('行政复议'), { kind: 'exclude', atom: phrase('信访') }]);
    // A hyphen inside a word is text.
    expect(clean('2020-2022 A-B')).toEqual([term('2020-2022'), term('A-B')]);
  });

  it('reads | (also ｜) and 或 as a word of its own as either, binding tighter than the spaces of AND', () => {
    const either = { kind: 'either', alternatives: [term('行政诉讼'), term('行政复议')] };
    for (const q of [
      '行政诉讼 | 行政复议',
      '行政诉讼|行政复议',
      '行政诉讼 ｜ 行政复议',
      '行政诉讼｜行政复议',
      '行政诉讼 或 行政复议',
    ])
      expect(clean(q), q).toEqual([either]);
    expect(clean('调解 行政诉讼 | 行政复议 -信访')).toEqual([
      term('调解'),
      either,
      { kind: 'exclude', atom: term('信访') },
    ]);
    expect(clean('A | B 或 "C D"')).toEqual([{ kind: 'either', alternatives: [term('A'), term('B'), phrase('C D')] }]);
    // 或 inside a word is text (或者, 或许), and an alternative written twice counts once.
    expect(clean('或者 行政')).toEqual([term('或者'), term('行政')]);
    expect(clean('A | A')).toEqual([term('A')]);
  });

  it('reads 年份: (also 年份：, year:) as a year or a range, full-width digits too', () => {
    const y2021 = { kind: 'year', from: 2021, to: 2021 };
    const range = { kind: 'year', from: 2020, to: 2022 };
    for (const q of [
      '年份:2021',
      '年份：2021',
      'year:2021',
      'YEAR:2021',
      'ｙｅａｒ：２０２１',
      '年份:2021年',
      '年份: 2021',
      '年度:2021',
    ])
      expect(clean(q), q).toEqual([y2021]);
    for (const q of [
      '年份:2020-2022',
      '年份：２０２０－２０２２',
      'year:2020..2022',
      '年份:2020~2022',
      '年份:2020至2022',
      '年份:2020年-2022年',
    ])
      expect(clean(q), q).toEqual([range]);
    expect(clean('年份:2020-')).toEqual([{ kind: 'year', from: 2020 }]);
    expect(clean('年份:-2020')).toEqual([{ kind: 'year', to: 2020 }]);
    expect(clean('行政诉讼 年份:2020-2022')).toEqual([term('行政诉讼'), range]);
  });

  it('reads 发布: (also 发布：, 發布:, published:) as a year, month, day or range of publication', () => {
    const published = (from?: string, to?: string) => ({
      kind: 'published',
      ...(from && { from }),
      ...(to && { to }),
    });
    expect(clean('发布:2023')).toEqual([published('2023-01-01', '2023-12-31')]);
    expect(clean('发布:2023-03')).toEqual([published('2023-03-01', '2023-03-31')]);
    expect(clean('发布:2023-02')).toEqual([published('2023-02-01', '2023-02-28')]);
    expect(clean('发布:2024-02')).toEqual([published('2024-02-01', '2024-02-29')]);
    expect(clean('发布:2023-3-5')).toEqual([published('2023-03-05', '2023-03-05')]);
    for (const q of [
      '发布:2023-01-01..2023-06-30',
      '发布：2023-01-01..2023-06-30',
      '發布:2023-01-01..2023-06-30',
      '發布：２０２３－０１－０１..２０２３－０６－３０',
      'published:2023/01/01~2023/06/30',
      '发布:2023年1月1日至2023年6月30日',
      '发布:2023-01..2023-06',
      '发布日期:2023-01-01..2023-06-30',
    ])
      expect(clean(q), q).toEqual([published('2023-01-01', '2023-06-30')]);
    expect(clean('发布:2022-2023')).toEqual([published('2022-01-01', '2023-12-31')]);
    expect(clean('发布:2023-03..')).toEqual([published('2023-03-01')]);
    expect(clean('发布:..2023-03')).toEqual([published(undefined, '2023-03-31')]);
  });

  it('keeps Traditional and full-width terms as typed (the search folds them as the index folds text)', () => {
    expect(clean('「行政訴訟」 | 行政復議 －信訪 發布：2023')).toEqual([
      { kind: 'either', alternatives: [phrase('行政訴訟'), term('行政復議')] },
      { kind: 'exclude', atom: term('信訪') },
      { kind: 'published', from: '2023-01-01', to: '2023-12-31' },
    ]);
    expect(clean('ＡＢＣ１２３')).toEqual([term('ＡＢＣ１２３')]);
  });
});

describe('query language: problems', () => {
  it('explains an unclosed quote, and searches what follows it as a phrase', () => {
    const { messages, clauses } = problemsOf('复议 "行政 诉讼');
    expect(clauses).toEqual([term('复议'), phrase('行政 诉讼')]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('引号没有配对');
    expect(messages[0]).toContain('行政 诉讼');
  });

  it('explains a closing quote with no opening one', () => {
    const { messages, clauses } = problemsOf('行政诉讼」 复议');
    expect(clauses).toEqual([term('行政诉讼'), term('复议')]);
    expect(messages).toEqual([expect.stringContaining('多了一个后引号“」”')]);
  });

  it('explains an empty phrase', () => {
    for (const q of ['复议 ""', '复议 “ ”', '复议 「」']) {
      const { messages, clauses } = problemsOf(q);
      expect(clauses, q).toEqual([term('复议')]);
      expect(messages, q).toEqual([expect.stringContaining('引号里没有内容')]);
    }
  });

  it('explains an operator with nothing on one side, or both, and keeps the word that is there', () => {
    expect(problemsOf('| 行政复议')).toEqual({
      clauses: [term('行政复议')],
      messages: [expect.stringContaining('“|”前面没有词')],
    });
    expect(problemsOf('行政复议 ｜')).toEqual({
      clauses: [term('行政复议')],
      messages: [expect.stringContaining('“｜”后面没有词')],
    });
    expect(problemsOf('或 行政复议').messages).toEqual([expect.stringContaining('“或”前面没有词')]);
    // The lone 或 says how to search the character itself.
    expect(problemsOf('或')).toEqual({
      clauses: [],
      messages: [expect.stringMatching(/“或”两边都没有词.*请加引号/u)],
    });
    expect(problemsOf('A | | B')).toEqual({
      clauses: [{ kind: 'either', alternatives: [term('A'), term('B')] }],
      messages: [expect.stringContaining('之间没有词')],
    });
    expect(problemsOf('A -').messages).toEqual([expect.stringContaining('“-”后面没有词')]);
  });

  it('explains a query of exclusions only (and still evaluates it: the reports without them)', () => {
    const { messages, clauses } = problemsOf('-信访 -"投诉 举报"');
    expect(clauses).toEqual([
      { kind: 'exclude', atom: term('信访') },
      { kind: 'exclude', atom: phrase('投诉 举报') },
    ]);
    expect(messages).toEqual([expect.stringContaining('只写了要排除的词（-信访 -“投诉 举报”）')]);
    // A range is something asked for: the reports of those years without the word.
    expect(problemsOf('年份:2021 -信访').messages).toEqual([]);
  });

  it('explains exclusions and ranges put as alternatives, keeping the other alternatives', () => {
    expect(problemsOf('-信访 | 复议')).toEqual({
      clauses: [term('复议')],
      messages: [expect.stringContaining('“-信访”不能作为“或”的一边')],
    });
    expect(problemsOf('年份:2021 | 年份:2022 复议')).toEqual({
      clauses: [term('复议')],
      messages: [expect.stringContaining('已忽略“年份:2021”'), expect.stringContaining('已忽略“年份:2022”')],
    });
    expect(problemsOf('-年份:2021 复议')).toEqual({
      clauses: [term('复议')],
      messages: [expect.stringContaining('不能排除')],
    });
  });

  it('explains reversed, impossible and malformed ranges, with an example of the right form', () => {
    const cases: Array<[string, RegExp]> = [
      ['年份:2022-2020', /“年份:2022-2020”的起始年份晚于结束年份.*年份:2020-2022/u],
      ['年份:21', /“年份:21”写法不对.*年份:2020-2022/u],
      ['年份:二〇二一', /写法不对/u],
      ['年份:-', /写法不对/u],
      ['年份:', /“年份:”后面没有年份/u],
      ['发布:2023-02-30', /“发布:2023-02-30”中的日期不存在/u],
      ['发布:2023-13', /日期不存在/u],
      ['发布:2023-00-10', /日期不存在/u],
      ['发布:2023-06-30..2023-01-01', /起始日期晚于结束日期.*发布:2023-01-01\.\.2023-06-30/u],
      ['发布:2024-2023', /起始日期晚于结束日期/u],
      ['发布:三月', /写法不对.*发布:2023-03/u],
      ['发布:..', /写法不对/u],
      ['published:', /后面没有日期/u],
    ];
    for (const [q, message] of cases) {
      const { messages, clauses } = problemsOf(`复议 ${q}`);
      expect(clauses, q).toEqual([term('复议')]);
      expect(messages, q).toEqual([expect.stringMatching(message)]);
    }
  });

  it('never throws, and every clause it gives is well formed, on any mix of the syntax', () => {
    const random = prng(7);
    const pieces = [
      '行政',
      '诉讼',
      '或',
      '|',
      '｜',
      '-',
      '－',
      '"',
      '“',
      '”',
      '「',
      '」',
      ' ',
      '　',
      '年份:',
      '发布:',
      '2021',
      '-',
      '..',
      '03',
      '發布：',
      '年',
    ];
    for (let n = 0; n < 3000; n++) {
      let q = '';
      for (let k = Math.floor(random() * 8); k >= 0; k--) q += pieces[Math.floor(random() * pieces.length)];
      const { clauses, problems } = parseQueryLanguage(q);
      for (const p of problems) expect(p.message.length, q).toBeGreaterThan(10);
      for (const c of clauses) {
        if (c.kind === 'either') expect(c.alternatives.length, q).toBeGreaterThanOrEqual(2);
        if (c.kind === 'term' || c.kind === 'phrase') expect(c.text.trim(), q).not.toBe('');
        if (c.kind === 'year' && c.from !== undefined && c.to !== undefined)
          expect(c.from, q).toBeLessThanOrEqual(c.to);
        if (c.kind === 'published' && c.from && c.to) expect(c.from <= c.to, q).toBe(true);
      }
    }
  });
});

describe('parseQuery: what the page shows and marks', () => {
  it('lists the words asked for once each, exclusions and ranges left out', () => {
    expect(parseQuery('行政诉讼 | 行政复议 -信访 "人民 调解" 年份:2021 行政诉讼')).toEqual({
      terms: ['行政诉讼', '行政复议', '人民', '调解'],
      quoted: false,
      parts: [],
    });
  });

  it('splits a single unquoted term into words for the second tier, also beside exclusions and ranges, but not beside other terms or alternatives', () => {
    expect(parseQuery('矛盾纠纷化解 -信访 年份:2021').parts).toEqual(['矛盾', '纠纷', '化解']);
    expect(parseQuery('矛盾纠纷化解 调解').parts).toEqual([]);
    expect(parseQuery('矛盾纠纷化解 | 调解').parts).toEqual([]);
    expect(parseQuery('"矛盾纠纷化解"').parts).toEqual([]);
  });

  it('calls a query quoted when its one asked-for clause is a phrase', () => {
    expect(parseQuery('“行政诉讼” -信访').quoted).toBe(true);
    expect(parseQuery('“行政诉讼” 复议').quoted).toBe(false);
  });
});

describe('describeQuery: the query as understood, for the status line', () => {
  it('says each clause in words', () => {
    const say = (q: string) => describeQuery(parseQueryLanguage(q).clauses);
    expect(say('行政诉讼 | 「行政复议」 -信访 调解 年份:2020-2022 发布:2023-03')).toBe(
      '包含“行政诉讼”或“行政复议”，不含“信访”，包含“调解”，2020–2022 年度，发布日期 2023-03-01 至 2023-03-31',
    );
    expect(say('年份:2021 发布:2023-03-05')).toBe('2021 年度，发布日期 2023-03-05');
    expect(say('年份:2020- 发布:..2023-06-30')).toBe('2020 年度及以后，发布日期 2023-06-30及以前');
    expect(say('')).toBe('');
  });
});
