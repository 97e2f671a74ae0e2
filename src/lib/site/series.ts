import type { Report } from '../schema/report.ts';

/**
 * A report series: the reports of one issuer for one place, year after year. A place has its
 * government's series and one per department, and a department's 2023 report is not the
 * previous year of another department's 2024 report.
 */

type SeriesMember = Pick<Report, 'id' | 'divisionCode' | 'year' | 'issuerType'>;

/**
 * `<divisionCode>-<issuer>`: a government, party committee or other single issuer of the place
 * by its kind (its name is written differently from year to year: 某区人民政府, 某区政府), a
 * department by the issuer hash its report id carries (the same issuer name gives the same hash).
 */
export function seriesKey(report: SeriesMember): string {
  const hash = /^\d+-\d{4}-([0-9a-f]{6})$/.exec(report.id)?.[1];
  return `${report.divisionCode}-${hash ?? report.issuerType}`;
}

/** Every series of the collection, each sorted by year (ties by id). */
export function seriesOf<T extends SeriesMember>(reports: T[]): Map<string, T[]> {
  const series = new Map<string, T[]>();
  for (const report of reports) {
    const key = seriesKey(report);
    const list = series.get(key);
    if (list) list.push(report);
    else series.set(key, [report]);
  }
  for (const list of series.values()) list.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  return series;
}

export interface YearPair<T> {
  key: string;
  earlier: T;
  later: T;
}

/**
 * Each report with the series' report of the closest earlier year (a gap year is skipped:
 * 2021 and 2023 are compared when 2022 is not in the archive). Two reports of one series in
 * the same year (a re-issue) are not a pair.
 */
export function yearPairs<T extends SeriesMember>(reports: T[]): Array<YearPair<T>> {
  const pairs: Array<YearPair<T>> = [];
  for (const [key, list] of seriesOf(reports)) {
    const seen = new Set<string>();
    for (let i = 1; i < list.length; i++) {
      const later = list[i]!;
      const earlier = list.slice(0, i).findLast((r) => r.year < later.year);
      const years = `${earlier?.year}-${later.year}`;
      if (earlier && !seen.has(years)) {
        seen.add(years);
        pairs.push({ key, earlier, later });
      }
    }
  }
  return pairs;
}

export const comparePath = (key: string, earlierYear: number, laterYear: number) =>
  `/compare/${key}/${earlierYear}-${laterYear}/`;
