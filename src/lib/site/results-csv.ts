/**
 * Search results as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel needs it for
 * Chinese), RFC 4180 quoting, and cells that a spreadsheet would run as a formula defused.
 */
export interface ResultRow {
  title: string;
  place: string;
  code: string;
  year: string;
  published: string;
  url: string;
}

const CSV_HEADER = ['标题', '地区', '区划代码', '年度', '发布日期', '链接'];

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function resultsCsv(rows: ResultRow[]): string {
  const lines = [CSV_HEADER, ...rows.map((r) => [r.title, r.place, r.code, r.year, r.published, r.url])].map((row) =>
    row.map(csvCell).join(','),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
