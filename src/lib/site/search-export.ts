import { csvCell } from './results-csv.ts';

/**
 * Search results exported for spreadsheets (CSV) and programs (JSON): one record per report,
 * the same fields in both, described once below (the CSV header is the Chinese name, the JSON
 * key the English one).
 */

export interface ExportRecord extends PlaceColumns {
  title: string;
  divisionCode: string;
  year: number;
  published: string;
  issuer: string;
  indexNumber: string;
  /** Occurrences of the query in the report; empty when the search had no query. */
  hits: number | null;
  /** Headings of the sections the excerpts fall in. */
  matchedSections: string[];
  firstExcerpt: string;
  url: string;
}

type Field = keyof ExportRecord;

const FIELDS: Array<[Field, string]> = [
  ['title', '标题'],
  ['provinceName', '省'],
  ['provinceCode', '省代码'],
  ['cityName', '市'],
  ['cityCode', '市代码'],
  ['countyName', '县'],
  ['countyCode', '县代码'],
  ['townshipName', '乡镇（街道）'],
  ['townshipCode', '乡镇（街道）代码'],
  ['divisionCode', '区划代码'],
  ['year', '年度'],
  ['published', '发布日期'],
  ['issuer', '发布机构'],
  ['indexNumber', '索引号'],
  ['hits', '命中次数'],
  ['matchedSections', '匹配章节'],
  ['firstExcerpt', '首个摘录'],
  ['url', '链接'],
];

export const EXPORT_HEADER = FIELDS.map(([, header]) => header);

export interface PlaceColumns {
  provinceName: string;
  provinceCode: string;
  cityName: string;
  cityCode: string;
  countyName: string;
  countyCode: string;
  townshipName: string;
  townshipCode: string;
}

/**
 * The place split by level. `place` is the names province first, joined with ' · ' (as the
 * index's rows hold it), `code` the division code, and `levels` the province, city and county
 * names the index's filter columns give the report (absent when the place has no such level: a
 * municipality has no city). Codes are the division code's prefixes: 2 digits of province, 4
 * of city, 6 of county, padded with zeros; a township's is the whole 9-digit code.
 */
export function placeColumns(
  place: string,
  code: string,
  levels: { province?: string; city?: string; county?: string },
): PlaceColumns {
  const parts = place.split(' · ').filter(Boolean);
  const township = code.length === 9 ? (parts.at(-1) ?? '') : '';
  return {
    provinceName: levels.province ?? '',
    provinceCode: levels.province ? `${code.slice(0, 2)}0000` : '',
    cityName: levels.city ?? '',
    cityCode: levels.city ? `${code.slice(0, 4)}00` : '',
    countyName: levels.county ?? '',
    countyCode: levels.county ? code.slice(0, 6) : '',
    townshipName: township,
    townshipCode: township ? code : '',
  };
}

const cellOf = (value: ExportRecord[Field]): string =>
  Array.isArray(value) ? value.join('；') : value === null ? '' : String(value);

/** UTF-8 with a byte-order mark (Excel needs it for Chinese), RFC 4180 quoting, formulas defused. */
export function exportCsv(records: readonly ExportRecord[]): string {
  const lines = [EXPORT_HEADER, ...records.map((r) => FIELDS.map(([field]) => cellOf(r[field])))].map((row) =>
    row.map(csvCell).join(','),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export interface ExportMeta {
  query: string;
  /** The search's address, filters included. */
  searchUrl: string;
  exportedAt: Date;
}

/** The same records as JSON, with what was searched and when. */
export function exportJson(records: readonly ExportRecord[], meta: ExportMeta): string {
  return `${JSON.stringify(
    {
      query: meta.query,
      searchUrl: meta.searchUrl,
      exportedAt: meta.exportedAt.toISOString(),
      count: records.length,
      fields: Object.fromEntries(FIELDS),
      results: records,
    },
    null,
    2,
  )}\n`;
}

/** Characters file systems refuse or treat specially, and spaces. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\s\p{Cc}]+/gu;

/**
 * 法治政府建设年度报告-检索-<query>-<YYYYMMDD-HHmm>.<ext>: the query (at most 30 characters,
 * unsafe characters as _) and the local export time, so exports of several searches sit apart.
 */
export function exportFileName(query: string, at: Date, extension: 'csv' | 'json'): string {
  const safe = [...query.replace(UNSAFE_IN_NAME, '_').replace(/^[._]+|_+$/g, '')].slice(0, 30).join('');
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `法治政府建设年度报告-检索-${safe || '筛选结果'}-${time}.${extension}`;
}
