import { calendarDate, cssString } from '../../lib/site/print.ts';

/** Custom properties read by the @page margin boxes in src/styles/print.css. */
export const PRINT_SITE_PROPERTY = '--fz-print-site';
export const PRINT_DATE_PROPERTY = '--fz-print-date';

/**
 * When printing starts (the browser's menu, Ctrl+P, a print button, a PDF export), the header
 * says the day of printing in the reader's own calendar, and every page's top margin repeats
 * the archive's name and that date. Set on <html> through the CSSOM, which the Content Security
 * Policy allows (it refuses style attributes in markup, not style set by a same-origin script).
 */
export function startPrintHeader(): void {
  const header = document.querySelector<HTMLElement>('[data-print-header]');
  const date = header?.querySelector<HTMLElement>('[data-print-date]');
  if (!header || !date) return;
  const root = document.documentElement.style;
  window.addEventListener('beforeprint', () => {
    const printed = `打印于 ${calendarDate(new Date())}`;
    date.textContent = printed;
    root.setProperty(PRINT_SITE_PROPERTY, cssString(header.dataset.siteName ?? ''));
    root.setProperty(PRINT_DATE_PROPERTY, cssString(printed));
  });
}
