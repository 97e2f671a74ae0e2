import { divisionChain, type Division, type Gazetteer } from '../gazetteer/gazetteer.ts';
import type { IssuerType, Level, Report } from '../schema/report.ts';

/**
 * Which places published which year. Rows are a region's places from the gazetteer, all of
 * them, so a place with no report shows as a gap; columns are the archive's years.
 *
 * The deadline: Article 25 of the 2019 《法治政府建设与责任落实督察工作规定》 says local
 * governments at county level and above and their departments make their annual rule-of-law
 * report public (newspapers, websites…) before 1 April of the following year. A report
 * published after 1 April is late; townships are shown but the deadline does not bind them.
 */

export const DEADLINE_RULE = '《法治政府建设与责任落实督察工作规定》（2019年）第二十五条';
export const DEADLINE_TEXT =
  '县级以上地方各级政府及其部门应当于每年4月1日之前通过报刊、网站等新闻媒体向社会公开上一年度法治政府建设情况报告';

export type PublicationStatus = 'on-time' | 'late' | 'published';
export type CellStatus = PublicationStatus | 'missing';

export const STATUS_LABELS: Record<CellStatus, string> = {
  'on-time': '按期公开',
  late: '逾期公开',
  published: '已公开',
  missing: '未收录',
};

export function boundByDeadline(level: Level): boolean {
  return level !== 'township';
}

/** The last day a report of `year` is on time: 1 April of the following year. */
function deadlineOf(year: number): string {
  return `${year + 1}-04-01`;
}

/**
 * on-time or late for a dated report of a level the rule binds; `published` when the date is
 * unknown or the level (township) is not bound.
 */
export function publicationStatus(report: Pick<Report, 'year' | 'level' | 'publishedAt'>): PublicationStatus {
  if (!report.publishedAt || !boundByDeadline(report.level)) return 'published';
  return report.publishedAt > deadlineOf(report.year) ? 'late' : 'on-time';
}

export interface CoverageCell {
  year: number;
  /** The status of the cell's main report (the first of reportIds). */
  status: CellStatus;
  publishedAt?: string;
  /** The main report first (government, else party committee, else a department), then the others. */
  reportIds: string[];
}

const ISSUER_ORDER: IssuerType[] = ['government', 'party', 'department', 'other'];

export interface CoverageRow {
  code: string;
  name: string;
  level: Level;
  cells: CoverageCell[];
  /** Reports of this place and every place inside it. */
  total: number;
  /** Set when the place has places below it with reports: its own grid page exists. */
  drillDown: boolean;
}

export interface CoverageCounts {
  places: number;
  /** Places with at least one report of their own. */
  placesPublished: number;
  /** Places with a report of their own or inside them. */
  placesWithReports: number;
  reports: number;
  onTime: number;
  late: number;
}

export interface CoverageGrid {
  /** The region's code; undefined for the whole country. */
  code?: string;
  name: string;
  years: number[];
  /** The region's own reports (its government and departments), when it is a place itself. */
  self?: CoverageRow;
  rows: CoverageRow[];
  counts: CoverageCounts;
}

export interface CoverageIndex {
  gazetteer: Gazetteer;
  years: number[];
  /** Reports by the code of their own place. */
  own: Map<string, Report[]>;
  /** Reports of a place and inside it. */
  totals: Map<string, number>;
  children: Map<string, Division[]>;
}

const ROOT = '';
/** The division code of national bodies (State Council ministries and commissions). */
const NATIONAL_CODE = '100000';

/** Built once per collection: every grid reads from it. */
export function coverageIndex(reports: Report[], gazetteer: Gazetteer): CoverageIndex {
  const own = new Map<string, Report[]>();
  const totals = new Map<string, number>();
  for (const report of reports) {
    const list = own.get(report.divisionCode);
    if (list) list.push(report);
    else own.set(report.divisionCode, [report]);
    for (const code of [ROOT, ...divisionChain(gazetteer, report.divisionCode)])
      totals.set(code, (totals.get(code) ?? 0) + 1);
  }
  const children = new Map<string, Division[]>();
  for (const division of gazetteer.byCode.values()) {
    // The country's own bodies (ministries, 100000) are the country grid's own row, not a place in it.
    if (division.level === 'national') continue;
    const parent = division.ancestorCodes.at(-1) ?? ROOT;
    const list = children.get(parent);
    if (list) list.push(division);
    else children.set(parent, [division]);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  // Every year from the first to the last, so a year nobody published in is a column too.
  const known = reports.map((r) => r.year);
  const first = Math.min(...known);
  const years = known.length ? Array.from({ length: Math.max(...known) - first + 1 }, (_, i) => first + i) : [];
  return { gazetteer, years, own, totals, children };
}

/**
 * The regions that get a grid page: the country, and every province, city and county with at
 * least one report inside it (not all 41,000 townships: a township has no places below it).
 */
export function coverageRegions(index: CoverageIndex): string[] {
  return [...index.totals.keys()].filter(
    (code) => code !== ROOT && (index.children.get(code)?.length ?? 0) > 0 && hasReportsBelow(index, code),
  );
}

function hasReportsBelow(index: CoverageIndex, code: string): boolean {
  return (index.children.get(code) ?? []).some((child) => (index.totals.get(child.code) ?? 0) > 0);
}

function rowOf(index: CoverageIndex, division: Division): CoverageRow {
  const reports = index.own.get(division.code) ?? [];
  const cells = index.years.map((year): CoverageCell => {
    const ofYear = reports.filter((r) => r.year === year);
    if (ofYear.length === 0) return { year, status: 'missing', reportIds: [] };
    // The cell speaks for the place's government report when there is one (then its party
    // committee's, then a department's): one department on time does not make a late government on time.
    const main = [...ofYear].sort(
      (a, b) => ISSUER_ORDER.indexOf(a.issuerType) - ISSUER_ORDER.indexOf(b.issuerType) || a.id.localeCompare(b.id),
    )[0]!;
    const others = ofYear
      .filter((r) => r !== main)
      .map((r) => r.id)
      .sort();
    return { year, status: publicationStatus(main), publishedAt: main.publishedAt, reportIds: [main.id, ...others] };
  });
  return {
    code: division.code,
    name: division.name,
    level: division.level,
    cells,
    total: index.totals.get(division.code) ?? 0,
    drillDown: hasReportsBelow(index, division.code),
  };
}

/** The grid of a region (a province, city or county code), or of the country when code is undefined. */
export function coverageGrid(index: CoverageIndex, code?: string): CoverageGrid {
  const division = code ? index.gazetteer.byCode.get(code) : undefined;
  if (code && !division) throw new Error(`unknown division ${code}`);
  const rows = (index.children.get(code ?? ROOT) ?? []).map((child) => rowOf(index, child));
  const national = index.own.has(NATIONAL_CODE) ? index.gazetteer.byCode.get(NATIONAL_CODE) : undefined;
  const self = division ? rowOf(index, division) : national ? rowOf(index, national) : undefined;
  const all = self ? [self, ...rows] : rows;
  const cells = all.flatMap((row) => row.cells);
  const counts: CoverageCounts = {
    places: rows.length,
    placesPublished: rows.filter((row) => row.cells.some((c) => c.status !== 'missing')).length,
    placesWithReports: rows.filter((row) => row.total > 0).length,
    reports: index.totals.get(code ?? ROOT) ?? 0,
    onTime: cells.filter((c) => c.status === 'on-time').length,
    late: cells.filter((c) => c.status === 'late').length,
  };
  return { code, name: division ? division.region.join('') : '全国', years: index.years, self, rows, counts };
}

export const coveragePath = (code?: string) => (code ? `/coverage/${code}/` : '/coverage/');

const CSV_COLUMNS = [
  'region_code',
  'place_code',
  'place_name',
  'level',
  'year',
  'status',
  'published_at',
  'report_count',
  'report_ids',
];

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * /data/coverage.csv: one line per place and year of every grid page (each place once, as a row
 * of its region), UTF-8 with a byte-order mark so spreadsheet programs read the Chinese.
 */
export function coverageCsv(index: CoverageIndex): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const region of [undefined, ...coverageRegions(index)]) {
    for (const row of coverageGrid(index, region).rows) {
      for (const cell of row.cells) {
        lines.push(
          [
            region ?? '',
            row.code,
            row.name,
            row.level,
            cell.year,
            cell.status,
            cell.publishedAt ?? '',
            cell.reportIds.length,
            cell.reportIds.join(' '),
          ]
            .map(csvField)
            .join(','),
        );
      }
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
