import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/schema/report.ts';
import { catalogOf, coverageOf } from '../../../src/lib/site/collection.ts';

const report = (id: string, divisionCode: string, year: number) =>
  ({ id, divisionCode, year, title: id, issuerType: 'government', region: ['广东省'] }) as Report;

describe('catalogOf', () => {
  const first = [report('440304008-2020', '440304008', 2020), report('440304008-2022', '440304008', 2022)];
  const second = [report('530181003-2021', '530181003', 2021)];

  it('sorts newest first and builds the place tree', () => {
    const { reports, tree } = catalogOf(first, { reuse: false });
    expect(reports.map((r) => r.id)).toEqual(['440304008-2022', '440304008-2020']);
    expect(tree.map((n) => n.name)).toEqual(['广东省']);
  });

  it('computes again when not asked to reuse (the dev server), and reuses when asked (a build)', () => {
    catalogOf(first, { reuse: false });
    expect(catalogOf(second, { reuse: true }).reports.map((r) => r.id)).toEqual(['440304008-2022', '440304008-2020']);
    expect(catalogOf(second, { reuse: false }).reports.map((r) => r.id)).toEqual(['530181003-2021']);
  });
});

describe('coverageOf', () => {
  const first = [report('440304008-2020', '440304008', 2020)];
  const second = [report('530181003-2021', '530181003', 2021)];

  it('computes again when not asked to reuse (the dev server), and reuses when asked (a build)', () => {
    expect(coverageOf(first, { reuse: false }).years).toEqual([2020]);
    expect(coverageOf(second, { reuse: true }).years).toEqual([2020]);
    expect(coverageOf(second, { reuse: false }).years).toEqual([2021]);
  });
});
