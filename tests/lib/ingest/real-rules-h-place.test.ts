import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * General rules for where and when, from the shapes that slice H's misses showed
 * (tests/fixtures/real, split `held`, read only after its figure was taken). Each is tested on a
 * piece of such a page (the file it comes from is named) and, where a rule must not overreach, on
 * the shape it must leave alone.
 */

describe('`镇(街道)`: a kind of unit with its alternative in brackets, not a place', () => {
  const page = (cut: string) =>
    `2024年,我县${PROSE}现将工作情况报告如下:\n一、工作开展情况\n${PROSE}有关县级领导、县级部门主要负责人和${cut}党(工)委书记为成员,${PROSE}出台《中共佛坪县委全面依法治县委员会2024年工作要点》,持续加强对法治佛坪建设的牵头抓总。${PROSE}`;
  it('does not read `负责人和镇(街道)` as 人和镇 (h124), so the county the page names places it', () => {
    expect(published(ingest(page('镇(街道)'), 'http://www.example.com/a/1.shtml'))).toMatchObject({
      divisionCode: '610730',
      jurisdiction: '佛坪县',
      level: 'county',
    });
  });
  it('still reads a town named in the body when no bracketed kind follows it', () => {
    const outcome = ingest(page('人和镇的'), 'http://www.example.com/a/1.shtml');
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.reasons.join(' ')).toContain('人和镇');
  });
});
