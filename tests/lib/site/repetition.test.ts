import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/schema/report.ts';
import {
  compareReports,
  formatShare,
  overallShare,
  sectionsOf,
  splitSentences,
} from '../../../src/lib/site/repetition.ts';

describe('splitSentences', () => {
  it('ends sentences at Chinese and ASCII stops, keeping the mark and a closing quote', () => {
    expect(splitSentences('一是强化引领。二是“加强保障！”三是完善制度；最后一句没有句号')).toEqual([
      '一是强化引领。',
      '二是“加强保障！”',
      '三是完善制度；',
      '最后一句没有句号',
    ]);
    expect(splitSentences('')).toEqual([]);
  });
});

const SECTIONS: Report['sections'] = [
  { id: 's-1', heading: '一、主要举措和成效', kind: 'measures' },
  { id: 's-2', heading: '二、存在的不足和原因', kind: 'shortcomings' },
];

const earlierBody = `前言部分的一句话在这里写着。

## 一、主要举措和成效

全年共开展法治专题学习三次并形成制度。行政复议案件办理质量进一步提高。

## 二、存在的不足和原因

一是法治队伍建设仍有差距，专业人员数量不足。二是基层执法规范化水平有待提高。`;

const laterBody = `前言部分的一句话在这里写着。

## 一、主要举措和成效

全年共开展法治专题学习五次并形成制度。

## 二、存在的不足和原因

一是法治队伍建设仍有差距，专业人员数量不足。二是基层执法 规范化水平有待提高。三是新问题出现了需要解决好。`;

describe('sectionsOf', () => {
  it('splits the body at level-2 headings and takes each kind from the frontmatter', () => {
    const sections = sectionsOf(earlierBody, SECTIONS);
    expect(sections.map((s) => s.kind)).toEqual(['preamble', 'measures', 'shortcomings']);
    expect(sections[2]!.heading).toBe('二、存在的不足和原因');
    expect(sections[2]!.paragraphs).toEqual([
      ['一是法治队伍建设仍有差距，专业人员数量不足。', '二是基层执法规范化水平有待提高。'],
    ]);
  });
});

describe('compareReports', () => {
  const compared = compareReports(sectionsOf(earlierBody, SECTIONS), sectionsOf(laterBody, SECTIONS));
  const shortcomings = compared.find((s) => s.kind === 'shortcomings')!;
  const measures = compared.find((s) => s.kind === 'measures')!;

  it('marks the sentences repeated word for word (spaces ignored) and no others', () => {
    expect(shortcomings.later[0]!.paragraphs[0]!.map((s) => s.repeated)).toEqual([true, true, false]);
    expect(measures.later[0]!.paragraphs[0]!.map((s) => s.repeated)).toEqual([false]);
  });
  it('gives the share of repeated characters per section and overall', () => {
    const lengths = [
      '一是法治队伍建设仍有差距，专业人员数量不足。',
      '二是基层执法规范化水平有待提高。',
      '三是新问题出现了需要解决好。',
    ].map((s) => s.length);
    expect(shortcomings.repeatedShare).toBeCloseTo(
      (lengths[0]! + lengths[1]!) / (lengths[0]! + lengths[1]! + lengths[2]!),
    );
    expect(measures.repeatedShare).toBe(0);
    const preamble = compared.find((s) => s.kind === 'preamble')!;
    expect(preamble.repeatedShare).toBe(1);
    expect(overallShare(compared)).toBeGreaterThan(0.5);
    expect(overallShare(compared)).toBeLessThan(1);
    expect(formatShare(0.4567)).toBe('45.7%');
  });
  it("keeps the earlier year's sections of the same kind beside the later one", () => {
    expect(shortcomings.earlier[0]!.heading).toBe('二、存在的不足和原因');
  });
  it('does not count short stock phrases as repetition', () => {
    const short = compareReports(sectionsOf('现报告如下。', undefined), sectionsOf('现报告如下。', undefined));
    expect(short[0]!.repeatedShare).toBe(0);
  });
});
