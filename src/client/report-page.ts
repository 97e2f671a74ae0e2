import { highlightSearchHits } from './search-hits.ts';

/** The report page in the browser: search words highlighted, and a print button once it can work. */
export function startReportPage(): void {
  void highlightSearchHits();
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
