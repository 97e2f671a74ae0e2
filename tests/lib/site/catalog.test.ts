import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/schema/report.ts';
import { countBy, yearNeighbourIndex } from '../../../src/lib/site/catalog.ts';

const report = (id: string, divisionCode: string, year: number, issuerType: Report['issuerType'] = 'government') =>
  ({ id, divisionCode, year, issuerType }) as Report;

describe('yearNeighbourIndex', () => {
  const all = [
    report('440304008-2020', '440304008', 2020),
    report('440304008-2022', '440304008', 2022),
    report('440304008-2021', '440304008', 2021),
    report('440304008-2021-abcdef', '440304008', 2021, 'department'),
    report('530181003-2021', '530181003', 2021),
  ];
  const index = yearNeighbourIndex(all);

  it('links each report to the years before and after of the same place and issuer kind', () => {
    expect(index.get('440304008-2021')).toEqual({ previous: all[0], next: all[1] });
    expect(index.get('440304008-2020')).toEqual({ previous: undefined, next: all[2] });
    expect(index.get('440304008-2022')).toEqual({ previous: all[2], next: undefined });
  });
  it('keeps other places and issuer kinds apart', () => {
    expect(index.get('440304008-2021-abcdef')).toEqual({ previous: undefined, next: undefined });
    expect(index.get('530181003-2021')).toEqual({ previous: undefined, next: undefined });
  });
  it("does not make two departments of one place each other's previous and next year", () => {
    const departments = [
      report('440304-2022-aaaaaa', '440304', 2022, 'department'),
      report('440304-2023-bbbbbb', '440304', 2023, 'department'),
      report('440304-2023-aaaaaa', '440304', 2023, 'department'),
    ];
    const byDepartment = yearNeighbourIndex(departments);
    expect(byDepartment.get('440304-2023-bbbbbb')).toEqual({ previous: undefined, next: undefined });
    expect(byDepartment.get('440304-2023-aaaaaa')).toEqual({ previous: departments[0], next: undefined });
    expect(byDepartment.get('440304-2022-aaaaaa')).toEqual({ previous: undefined, next: departments[2] });
  });
});

describe('countBy', () => {
  it('counts items per key', () => {
    expect([...countBy(['a', 'b', 'a'], (x) => x)]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});
