import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { LEVELS, LEVEL_LABELS, type Report } from '../schema/report.ts';
import { boundByDeadline, publicationStatus } from './coverage.ts';
import type { Datum } from './bar-chart.ts';

export { barChartLayout, percent, type Bar, type BarChartLayout, type Datum } from './bar-chart.ts';

/** The archive's figures for /stats/: plain counts, and the geometry of the bar charts that draw them. */

export function reportsPerProvince(reports: Report[], gazetteer: Gazetteer): Datum[] {
  const counts = new Map<string, number>();
  for (const r of reports) {
    const province = gazetteer.byCode.get(r.divisionCode)?.ancestorCodes[0] ?? r.divisionCode;
    counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, value]) => ({ label: gazetteer.byCode.get(code)?.name ?? code, value }));
}

export function reportsPerYear(reports: Report[]): Datum[] {
  const counts = new Map<number, number>();
  for (const r of reports) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([year, value]) => ({ label: `${year}年度`, value }));
}

export function reportsPerLevel(reports: Report[]): Datum[] {
  return LEVELS.map((level) => ({
    label: LEVEL_LABELS[level],
    value: reports.filter((r) => r.level === level).length,
  }));
}

export interface Timeliness {
  year: number;
  onTime: number;
  late: number;
  /** Reports the deadline binds whose date is unknown: not counted either way. */
  undated: number;
  /** onTime / (onTime + late); undefined when no dated report. */
  share?: number;
}

/** Per year, of the reports the 1 April deadline binds (county level and above), how many met it. */
export function timelinessPerYear(reports: Report[]): Timeliness[] {
  const byYear = new Map<number, Timeliness>();
  for (const r of reports) {
    if (!boundByDeadline(r.level)) continue;
    const row = byYear.get(r.year) ?? { year: r.year, onTime: 0, late: 0, undated: 0 };
    const status = publicationStatus(r);
    if (status === 'on-time') row.onTime++;
    else if (status === 'late') row.late++;
    else row.undated++;
    byYear.set(r.year, row);
  }
  return [...byYear.values()]
    .sort((a, b) => a.year - b.year)
    .map((row) => ({ ...row, share: row.onTime + row.late ? row.onTime / (row.onTime + row.late) : undefined }));
}

export interface TermShare {
  year: number;
  /** Reports of that year that contain the term. */
  count: number;
  total: number;
  share: number;
}

/**
 * The share of each year's reports that contain a term, from per-year counts (the search index
 * gives them for any term at run time; the stats page computes a few fixed terms at build).
 */
export function termShareByYear(counts: Map<number, number>, totals: Map<number, number>): TermShare[] {
  return [...totals]
    .sort(([a], [b]) => a - b)
    .map(([year, total]) => {
      const count = counts.get(year) ?? 0;
      return { year, count, total, share: total ? count / total : 0 };
    });
}

/** Each term's share of reports per year, counted over report texts (one pass over the texts for all terms). */
export function termSharesOfTexts(texts: Iterable<{ year: number; text: string }>, terms: string[]): TermShare[][] {
  const totals = new Map<number, number>();
  const counts = terms.map(() => new Map<number, number>());
  for (const { year, text } of texts) {
    totals.set(year, (totals.get(year) ?? 0) + 1);
    terms.forEach((term, i) => {
      if (text.includes(term)) counts[i]!.set(year, (counts[i]!.get(year) ?? 0) + 1);
    });
  }
  return counts.map((perYear) => termShareByYear(perYear, totals));
}
