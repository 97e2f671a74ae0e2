/**
 * What a printout says about itself: the date as printed in Chinese documents (2026年11月27日)
 * and that text as a CSS string, for the page margins (@page margin boxes take their content
 * from custom properties set on <html> when printing starts; see src/styles/print.css).
 */

/** 2026年11月27日: the calendar date in the given time zone (the reader's own when omitted). */
export function calendarDate(date: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日`;
}

/** The archive's dates are China's: a page built at 23:30 UTC was built the next day there. */
export const ARCHIVE_TIME_ZONE = 'Asia/Shanghai';

/** Text as a quoted CSS string, safe inside `content:` whatever it holds (quotes, backslashes, line breaks). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, '\\a ')}"`;
}
