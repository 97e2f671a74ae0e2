import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/schema/report.ts';
import { comparePath, seriesKey, yearPairs } from '../../../src/lib/site/series.ts';

const report = (id: string, year: number, issuerType: Report['issuerType'] = 'government') =>
  ({ id, divisionCode: id.split('-')[0]!, year, issuerType }) as Report;

describe('seriesKey', () => {
  it('keys a government by its place and kind, a department by its issuer hash', () => {
    expect(seriesKey(report('440304-2021', 2021))).toBe('440304-government');
    expect(seriesKey(report('440304-2021', 2021, 'party'))).toBe('440304-party');
    expect(seriesKey(report('440304-2021-abc123', 2021, 'department'))).toBe('440304-abc123');
    expect(seriesKey(report('440304-2022-abc123', 2022, 'department'))).toBe(
      seriesKey(report('440304-2021-abc123', 2021, 'department')),
    );
  });
});

describe('yearPairs', () => {
  it('pairs each year with the closest earlier year of the same series only', () => {
    const all = [
      report('440304-2021', 2021),
      report('440304-2023', 2023),
      report('440304-2024', 2024),
      report('440304-2024-aaaaaa', 2024, 'department'),
      report('440304-2023-bbbbbb', 2023, 'department'),
      report('440305-2022', 2022),
    ];
    const pairs = yearPairs(all).map((p) => `${p.key}:${p.earlier.id}>${p.later.id}`);
    expect(pairs.sort()).toEqual([
      '440304-government:440304-2021>440304-2023',
      '440304-government:440304-2023>440304-2024',
    ]);
  });
  it('builds the compare address from the key and the two years', () => {
    expect(comparePath('440304-abc123', 2023, 2024)).toBe('/compare/440304-abc123/2023-2024/');
  });
});
