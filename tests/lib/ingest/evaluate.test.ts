import { describe, expect, it } from 'vitest';
import { EVALUATED_FIELDS, type FieldScore, summariseOutcomes } from '../../../src/lib/ingest/evaluate.ts';

type Miss = FieldScore['misses'][number];

/** Scores of `pages` labelled pages with the given misses (field → misses). */
function scoresWith(pages: number, misses: Partial<Record<FieldScore['field'], Miss[]>>): FieldScore[] {
  return (['status', ...EVALUATED_FIELDS] as const).map((field) => {
    const own = misses[field] ?? [];
    return { field, correct: pages - own.length, total: pages, misses: own };
  });
}

const rejected = (file: string): Miss => ({ file, expected: '310110', actual: '(rejected: cannot place the report)' });

describe('summariseOutcomes: the pages a reader meets', () => {
  it('counts a rejected report once, as lost, not again for each field it then misses', () => {
    const summary = summariseOutcomes(
      scoresWith(3, {
        status: [{ file: 'a.txt', expected: 'published', actual: 'rejected: cannot place the report' }],
        divisionCode: [rejected('a.txt')],
        title: [rejected('a.txt')],
      }),
    );
    expect(summary).toEqual({
      pages: 3,
      right: 2,
      publishedWrongPlace: 0,
      publishedWrongText: 0,
      rejectedReports: 1,
      publishedLookAlikes: 0,
    });
  });

  it('puts a published page with a wrong place, level or year under wrong place, whatever else it misses', () => {
    const summary = summariseOutcomes(
      scoresWith(4, {
        divisionCode: [{ file: 'b.txt', expected: '520423', actual: '520000' }],
        level: [{ file: 'b.txt', expected: 'county', actual: 'province' }],
        year: [{ file: 'c.txt', expected: '2023', actual: '2021' }],
        title: [
          { file: 'c.txt', expected: '关于2023年度法治政府建设情况的报告', actual: '' },
          { file: 'd.txt', expected: 'X县2020年度法治政府建设情况报告', actual: 'X县人民政府关于2020年度…的报告' },
        ],
      }),
    );
    expect(summary.publishedWrongPlace).toBe(2);
    expect(summary.publishedWrongText).toBe(1);
    expect(summary.right).toBe(1);
  });

  it('counts a look-alike published as not a report, and a look-alike rejected as right', () => {
    const summary = summariseOutcomes(
      scoresWith(2, { status: [{ file: 'e.txt', expected: 'rejected', actual: 'published' }] }),
    );
    expect(summary.publishedLookAlikes).toBe(1);
    expect(summary.right).toBe(1);
  });

  it('refuses scores without the status row', () => {
    expect(() => summariseOutcomes(scoresWith(1, {}).slice(1))).toThrow(/status/);
  });
});
