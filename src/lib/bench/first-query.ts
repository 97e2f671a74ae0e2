import type { Browser, Page } from 'playwright-core';

/**
 * What a reader's first search costs: bytes transferred from opening the search page to the
 * first result, and milliseconds from submitting the query to the first result on screen.
 * Each measurement uses a fresh browser context, so nothing is cached.
 */

export interface FirstQuery {
  query: string;
  bytes: number;
  requests: number;
  ms: number;
  /** ms to the UI's loading placeholder of a result, for a UI that draws one first (NaN otherwise). */
  placeholderMs: number;
  results: number;
}

export interface SearchUi {
  path: string;
  submit: (page: Page, query: string) => Promise<void>;
  /** The page event that starts a search: the form's submit (Enter), or the input's input event (search as you type). */
  startEvent: 'submit' | 'input';
  /**
   * The first result a reader can read (its title and excerpt) is on screen once this element
   * exists (and its text matches `pattern`, when given).
   */
  shown: { selector: string; pattern?: string };
  /** An element drawn in a result's place while its content loads, when the UI draws one: timed too, not waited for. */
  placeholder?: string;
  /** The number of results shown or counted, read once they are shown. */
  resultCount: (page: Page) => Promise<number>;
}

export const PORTAL_UI: SearchUi = {
  path: '/search/',
  submit: async (page, query) => {
    await page.locator('#search-q').fill(query);
    await page.locator('#search-q').press('Enter');
  },
  startEvent: 'submit',
  shown: { selector: '#search-status', pattern: '找到 \\d+ 份报告' },
  resultCount: async (page) => Number(/找到 (\d+)/.exec((await page.locator('#search-status').textContent())!)![1]),
};

/**
 * Pagefind's default UI over one bundle, or over several (a corpus indexed in slices) with its
 * `mergeIndex` option, which searches them together.
 */
export function defaultUiPage(bundles: string[] = ['/pagefind/']): string {
  const [first, ...more] = bundles;
  const options = {
    element: '#search',
    showSubResults: true,
    ...(more.length > 0 ? { bundlePath: first, mergeIndex: more.map((bundlePath) => ({ bundlePath })) } : {}),
  };
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind default UI</title>
<link href="${first}pagefind-ui.css" rel="stylesheet"><script src="${first}pagefind-ui.js"></script></head>
<body><div id="search"></div><script>new PagefindUI(${JSON.stringify(options)});</script></body></html>`;
}

export const DEFAULT_UI: SearchUi = {
  path: '/bench-default-ui/',
  submit: async (page, query) => {
    await page.locator('.pagefind-ui__search-input').fill(query);
  },
  startEvent: 'input',
  // The result's title link: Pagefind's list item (.pagefind-ui__result) is drawn first as a grey
  // loading bar, 90–170 ms before the title and excerpt it waits for (10,000 reports, this
  // machine); the portal draws its results with their text, so the like-for-like moment is the link.
  shown: { selector: '.pagefind-ui__result-link' },
  placeholder: '.pagefind-ui__result',
  resultCount: async (page) => {
    const message = (await page.locator('.pagefind-ui__message').textContent()) ?? '';
    return Number(/([\d,]+)/.exec(message)?.[1]?.replace(/,/g, '') ?? Number.NaN);
  },
};

export async function measureFirstQuery(
  browser: Browser,
  baseUrl: string,
  ui: SearchUi,
  query: string,
): Promise<FirstQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Playwright's context events include requests made by Pagefind's web worker, which a
  // page-level CDP session would not see.
  let requests = 0;
  const sizes: Array<Promise<number>> = [];
  context.on('requestfinished', (request) => {
    requests++;
    sizes.push(
      request
        .sizes()
        .then((s) => s.responseBodySize + s.responseHeadersSize)
        .catch(() => 0),
    );
  });
  await page.goto(`${baseUrl}${ui.path}`, { waitUntil: 'load' });
  // Timed in the page, from the event that starts the search to the first frame that shows a
  // result: the driver's own steps (Playwright typing, pressing, polling; ≈ 300 ms here for fill
  // and Enter) are no part of what a reader waits for, and differ between the two UIs.
  await page.evaluate(
    ({ event, placeholder }) => {
      const w = window as unknown as { benchStart?: number; benchPlaceholder?: number };
      addEventListener(event, () => (w.benchStart ??= performance.now()), { capture: true });
      if (!placeholder) return;
      // Timed at the frame that first shows one, as the result is. (No named function here:
      // the bench runs through tsx, which wraps named functions in a helper the page lacks.)
      const observer = new MutationObserver(() => {
        if (w.benchStart === undefined || !document.querySelector(placeholder)) return;
        observer.disconnect();
        requestAnimationFrame(() => (w.benchPlaceholder = performance.now() - w.benchStart!));
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    { event: ui.startEvent, placeholder: ui.placeholder },
  );
  await ui.submit(page, query);
  const handle = await page.waitForFunction(
    ({ selector, pattern }) => {
      const element = document.querySelector(selector);
      if (!element || (pattern && !new RegExp(pattern).test(element.textContent ?? ''))) return undefined;
      const start = (window as unknown as { benchStart?: number }).benchStart;
      return start === undefined ? undefined : performance.now() - start;
    },
    ui.shown,
    { timeout: 120_000, polling: 'raf' },
  );
  const ms = (await handle.jsonValue()) as number;
  const placeholderMs = ui.placeholder
    ? await page.evaluate(() => (window as unknown as { benchPlaceholder?: number }).benchPlaceholder ?? Number.NaN)
    : Number.NaN;
  const results = await ui.resultCount(page);
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { query, bytes, requests, ms, placeholderMs, results };
}
