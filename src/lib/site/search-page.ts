import {
  ISSUER_TYPES,
  ISSUER_TYPE_LABELS,
  LEVELS,
  LEVEL_LABELS,
  SECTION_KINDS,
  SECTION_KIND_LABELS,
  type Report,
} from '../schema/report.ts';

/** The search page's filters whose choices are known at build time (cities and counties come from the results). */
export type StaticFacetKey = 'province' | 'level' | 'year' | 'issuer' | 'section';

/**
 * The choices of each build-time filter, as the values the search state and the index use:
 * only values some report has, provinces in pinyin order, years newest first, and levels,
 * issuer kinds and section kinds in the schema's order, by their labels. Computed at build
 * time, so the form is complete before any script runs.
 */
export function searchFilterChoices(reports: readonly Report[]): Record<StaticFacetKey, string[]> {
  return {
    province: [...new Set(reports.map((r) => r.region[0]!))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    level: LEVELS.filter((l) => reports.some((r) => r.level === l)).map((l) => LEVEL_LABELS[l]),
    year: [...new Set(reports.map((r) => String(r.year)))].sort().reverse(),
    issuer: ISSUER_TYPES.filter((t) => reports.some((r) => r.issuerType === t)).map((t) => ISSUER_TYPE_LABELS[t]),
    section: SECTION_KINDS.filter((k) => reports.some((r) => r.sections?.some((s) => s.kind === k))).map(
      (k) => SECTION_KIND_LABELS[k],
    ),
  };
}
