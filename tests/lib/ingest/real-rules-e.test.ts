import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';
import { parseFields } from '../../../src/lib/ingest/fields.ts';

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
