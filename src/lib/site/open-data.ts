import { divisionChain, type Gazetteer } from '../gazetteer/gazetteer.ts';
import { LEVELS, type Level, type Report } from '../schema/report.ts';
import { csvCell } from './results-csv.ts';
import { reportJson } from './report-downloads.ts';

/**
 * The archive as open data: /data/reports.csv (one row per report, every frontmatter field,
 * the place split by level) and /data/reports.jsonl (one JSON object per line, with the text).
 * The dictionary below is the one description of the columns: the CSV header and the /data/
 * page both come from it.
 */

export interface Column {
  name: string;
  type: string;
  description: string;
  value: (row: OpenDataRow) => string;
}

export interface OpenDataRow {
  report: Report;
  permalink: string;
  /** Name and code of the report's division at each level it has (a municipality has no city). */
  place: Partial<Record<Level, { name: string; code: string }>>;
}

export function placeByLevel(report: Report, gazetteer: Gazetteer): OpenDataRow['place'] {
  const place: OpenDataRow['place'] = {};
  for (const code of divisionChain(gazetteer, report.divisionCode)) {
    const division = gazetteer.byCode.get(code);
    if (division) place[division.level] = { name: division.name, code };
  }
  // A division the gazetteer does not know is still the report's own place.
  place[report.level] ??= { name: report.jurisdiction, code: report.divisionCode };
  return place;
}

const text = (value: string | number | boolean | undefined) => (value === undefined ? '' : String(value));
const json = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));
// The country has no column of its own: a national report's place columns are all empty.
const PLACE_LEVELS = LEVELS.filter((level): level is Exclude<Level, 'national'> => level !== 'national');
const LEVEL_NAMES: Record<(typeof PLACE_LEVELS)[number], string> = {
  province: '省',
  city: '市',
  county: '县',
  township: '乡镇（街道）',
};

const placeColumns: Column[] = PLACE_LEVELS.flatMap((level) => [
  {
    name: `${level}Name`,
    type: '文本',
    description: `所在${LEVEL_NAMES[level]}级区划名称（直辖市等无此级时为空）`,
    value: (r: OpenDataRow) => text(r.place[level]?.name),
  },
  {
    name: `${level}Code`,
    type: '文本',
    description: `所在${LEVEL_NAMES[level]}级区划代码（省、市、县 6 位，乡镇 9 位）`,
    value: (r: OpenDataRow) => text(r.place[level]?.code),
  },
]);

export const COLUMNS: Column[] = [
  {
    name: 'id',
    type: '文本',
    description: '报告编号：区划代码-年度，同地同年另一机构的报告再加 6 位机构散列',
    value: (r) => r.report.id,
  },
  { name: 'permalink', type: '网址', description: '本站报告页的永久网址', value: (r) => r.permalink },
  { name: 'title', type: '文本', description: '报告标题', value: (r) => r.report.title },
  {
    name: 'titleSynthesized',
    type: '是/否',
    description: 'true 表示原网页未标注标题，标题依据地区和年度拟定',
    value: (r) => text(r.report.titleSynthesized),
  },
  { name: 'jurisdiction', type: '文本', description: '报告所属区划的名称', value: (r) => r.report.jurisdiction },
  {
    name: 'divisionCode',
    type: '文本',
    description: '报告所属区划代码（统计用区划代码）',
    value: (r) => r.report.divisionCode,
  },
  {
    name: 'region',
    type: '文本',
    description: '从省到本级的区划名称，以“/”分隔',
    value: (r) => r.report.region.join('/'),
  },
  ...placeColumns,
  {
    name: 'level',
    type: '取值',
    description:
      '行政层级：national 国家级（国务院部门，区划代码 100000）、province 省级、city 市级、county 县级、township 乡镇（街道）',
    value: (r) => r.report.level,
  },
  { name: 'issuer', type: '文本', description: '发布机构（原网页标注的）', value: (r) => text(r.report.issuer) },
  {
    name: 'issuerType',
    type: '取值',
    description: '机构类型：government 政府、party 党委、department 部门、other 其他',
    value: (r) => r.report.issuerType,
  },
  { name: 'year', type: '整数', description: '报告所述年度', value: (r) => String(r.report.year) },
  {
    name: 'publishedAt',
    type: '日期',
    description: '发布日期（YYYY-MM-DD）',
    value: (r) => text(r.report.publishedAt),
  },
  { name: 'indexNumber', type: '文本', description: '政府信息公开索引号', value: (r) => text(r.report.indexNumber) },
  { name: 'docNumber', type: '文本', description: '发文字号（原样）', value: (r) => text(r.report.docNumber) },
  { name: 'signedAt', type: '日期', description: '成文日期（YYYY-MM-DD）', value: (r) => text(r.report.signedAt) },
  { name: 'sourceName', type: '文本', description: '来源网站名称', value: (r) => text(r.report.sourceName) },
  { name: 'sourceUrl', type: '网址', description: '原网页网址', value: (r) => text(r.report.sourceUrl) },
  {
    name: 'capturedAt',
    type: '时间',
    description: '采集时间（采集者记录的原样）',
    value: (r) => text(r.report.capturedAt),
  },
  {
    name: 'script',
    type: '取值',
    description: 'traditional 表示原文为繁体字，按原样保存',
    value: (r) => text(r.report.script),
  },
  { name: 'sourceFile', type: '文本', description: '采集文件名', value: (r) => r.report.sourceFile },
  {
    name: 'sourceSha256',
    type: '文本',
    description: '采集文件的 SHA-256 校验值（十六进制）',
    value: (r) => r.report.sourceSha256,
  },
  {
    name: 'images',
    type: 'JSON',
    description:
      '正文中存档的图片：[{file 文件（WebP）, fallback 兼容格式文件, width, height, alt 替代文字}]，文件在报告页地址下',
    value: (r) => json(r.report.images),
  },
  {
    name: 'mostlyImages',
    type: '取值',
    description: 'true 表示正文主要为图片（扫描件），文字检索不全',
    value: (r) => text(r.report.mostlyImages),
  },
  {
    name: 'alsoFrom',
    type: 'JSON',
    description: '同一报告的其他采集文件：[{sourceFile, sourceSha256, sourceUrl}]',
    value: (r) => json(r.report.alsoFrom),
  },
  {
    name: 'corrections',
    type: 'JSON',
    description: '依 overrides.yaml 所作的人工更正：[{field 字段, extracted 提取值, corrected 更正值}]',
    value: (r) => json(r.report.corrections),
  },
  {
    name: 'sections',
    type: 'JSON',
    description:
      '正文各节：[{id 锚点, heading 标题, kind 类别}]，类别为 measures 举措和成效、leadership 主要负责人履职、shortcomings 不足和原因、plans 下一年度安排、other 其他',
    value: (r) => json(r.report.sections),
  },
];

/** UTF-8 with a byte-order mark (Excel needs it for Chinese), RFC 4180 quoting, CRLF line ends. */
export function reportsCsv(rows: OpenDataRow[]): string {
  const lines = [COLUMNS.map((c) => c.name), ...rows.map((row) => COLUMNS.map((c) => c.value(row)))].map((cells) =>
    cells.map(csvCell).join(','),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** One line per report: the report's JSON download with its place split by level. */
export function reportsJsonLine(row: OpenDataRow, body: string): string {
  return `${JSON.stringify({ ...reportJson(row.report, body, row.permalink), place: row.place })}\n`;
}

export interface ArchiveCounts {
  reports: number;
  places: number;
  provinces: number;
  years: { first: number; last: number } | undefined;
}

export function archiveCounts(reports: Report[]): ArchiveCounts {
  let first = Infinity;
  let last = -Infinity;
  for (const r of reports) {
    first = Math.min(first, r.year);
    last = Math.max(last, r.year);
  }
  return {
    reports: reports.length,
    places: new Set(reports.map((r) => r.divisionCode)).size,
    provinces: new Set(reports.map((r) => r.region[0])).size,
    years: reports.length > 0 ? { first, last } : undefined,
  };
}
