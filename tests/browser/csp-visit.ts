import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Visits every page type of the built site the way a reader uses it (search with a query and a
 * filter, a Traditional query that loads t2s pieces, elder mode, text size, read-aloud) and returns
 * every Content-Security-Policy violation seen, by page. Violations are listened for from before
 * the first script of each page runs.
 */

export interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations: Array<Omit<Violation, 'page'>>;
  }
}

async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
    // Headless Chromium has no voices: a speech stub, so read-aloud shows and starts.
    const synth = {
      getVoices: () => [{ lang: 'zh-CN', name: '中文' }],
      speak(utterance: SpeechSynthesisUtterance) {
        setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 50);
      },
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  });
}

export async function collectViolations(page: Page, label: string): Promise<Violation[]> {
  const seen = await page.evaluate(() => window.__cspViolations);
  return seen.map((v) => ({ page: label, ...v }));
}

/** Turns elder mode on and off and changes the text size, through the reader toolbar. */
async function useReaderSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: '长者模式' }).click();
  await expect.poll(() => page.locator('html').getAttribute('data-elder')).toBe('');
  await page.getByRole('button', { name: '特大' }).click();
  await expect.poll(() => page.locator('html').getAttribute('data-size')).toBe('3');
  await page.getByRole('button', { name: '长者模式' }).click();
}

interface Visit {
  path: string;
  use?: (page: Page) => Promise<void>;
}

export const PAGE_VISITS: Visit[] = [
  { path: '/', use: useReaderSettings },
  { path: '/browse/' },
  { path: '/browse/year/2021/' },
  { path: '/browse/level/township/' },
  { path: '/place/440304008/' },
  { path: '/accessibility/' },
  {
    path: '/reports/530181003-2021/',
    use: async (page) => {
      await useReaderSettings(page);
      await page.getByRole('button', { name: '朗读全文' }).click();
      await expect.poll(() => page.locator('[data-read-aloud-status]').textContent()).toMatch(/朗读/);
      await page.getByRole('button', { name: '扫一扫 · 在手机上打开' }).click();
    },
  },
  {
    // Highlighting a Traditional term in a report loads the t2s pieces it needs.
    path: `/reports/530181003-2021/?hl=${encodeURIComponent('楓橋經驗')}`,
    use: (page) => page.waitForResponse((r) => r.url().includes('/t2s/')).then(() => undefined),
  },
  {
    path: `/search/?q=${encodeURIComponent('枫桥经验')}&year=2021`,
    use: async (page) => {
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
        .toMatch(/找到 \d+ 份报告/);
      await useReaderSettings(page);
    },
  },
  {
    path: `/search/?q=${encodeURIComponent('楓橋經驗')}`,
    use: async (page) => {
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
        .toMatch(/找到 \d+ 份报告/);
    },
  },
  { path: '/404.html' },
];

/** Visits PAGE_VISITS on `base`; returns the violations and the t2s pieces that were loaded. */
export async function visitAll(
  browser: Browser,
  base: string,
): Promise<{ violations: Violation[]; t2sLoaded: number; refused: string[] }> {
  const violations: Violation[] = [];
  const refused: string[] = [];
  let t2sLoaded = 0;
  for (const visit of PAGE_VISITS) {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(`${visit.path}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (/\/t2s\/\d+\.json$/.test(response.url()) && response.ok()) t2sLoaded += 1;
    });
    await listen(page);
    await page.goto(`${base}${visit.path}`, { waitUntil: 'load' });
    await visit.use?.(page);
    await page.waitForTimeout(100);
    violations.push(...(await collectViolations(page, visit.path)));
    await page.close();
  }
  return { violations, t2sLoaded, refused };
}

/** A page with an injected inline script and style must report them: the listener works. */
export async function injectedInlineIsBlocked(browser: Browser, base: string): Promise<Violation[]> {
  const page = await browser.newPage();
  await listen(page);
  await page.goto(`${base}/`);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true;';
    document.body.append(script);
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.append(div);
  });
  await page.waitForTimeout(100);
  const ran = await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran === true);
  const violations = await collectViolations(page, '/');
  await page.close();
  expect(ran, 'an injected inline script ran').toBe(false);
  return violations;
}
