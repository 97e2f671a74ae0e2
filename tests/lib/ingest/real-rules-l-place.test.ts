import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Slice L's place and year misses (round twelve): general rules for where and when, each tested on
 * a piece of the real page's shape (the file it comes from is named) and, where a rule must not
 * overreach, on the shape it must leave alone.
 */

describe('a portal spelled by its place’s full name with the suffix said in pinyin', () => {
  const page = `2024年,在区委、区政府及区依法治区委员会的正确领导和各部门单位的关心支持下,${PROSE}现将有关工作报告如下:\n一、加强制度建设、明确法治职责\n${PROSE}${PROSE}\n二、加强宣传教育、提升队伍素质\n${PROSE}`;
  it('places `区委、区政府` on yunxiqu.gov.cn at 云溪区 (l142)', () => {
    expect(published(ingest(page, 'https://yunxiqu.gov.cn/31295/65688/content_2274083.html'))).toMatchObject({
      divisionCode: '430603',
      level: 'county',
      year: 2024,
    });
  });
  it('places nothing on a host that spells the stem with a suffix the place does not have', () => {
    expect(ingest(page, 'https://yunxixian.gov.cn/31295/65688/content_2274083.html').status).toBe('rejected');
  });
});
