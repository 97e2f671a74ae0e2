/**
 * A CSV cell (RFC 4180 quoting) with a leading formula character defused, so a spreadsheet
 * shows the value instead of running it. Used by the open data and the search export.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
