import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page with everything that went wrong on it recorded: script errors, console errors, failed requests. */
async function watched(path: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`requestfailed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${base}${path}`);
  return { page, problems };
}

const statusOf = (page: Page) => page.locator('#search-status');

async function settled(page: Page): Promise<string> {
  await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).not.toMatch(/^$|正在检索/);
  return (await statusOf(page).textContent())!;
}

describe('search input edge cases', () => {
  it.each(['"', '""', '“”', '「 」', '"  "', '%E3%80%80%E3%80%80', '%20%20%20'])(
    'treats q=%s (only quotes or spaces) as an empty query',
    async (q) => {
      const { page, problems } = await watched(`/search/?q=${encodeURIComponent(decodeURIComponent(q))}`);
      expect(await settled(page)).toBe('请输入检索词，或选择筛选条件。');
      expect(await page.locator('#search-results li').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('reports unknown filter values and sort keys from the URL on the page', async () => {
    const { page, problems } = await watched(
      '/search/?q=%E6%9E%AB%E6%A1%A5%E7%BB%8F%E9%AA%8C&year=1900&level=%E6%9C%AA%E7%9F%A5&sort=bogus',
    );
    await settled(page);
    const notice = page.locator('[data-search-notice]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    const text = (await notice.textContent())!;
    expect(text).toContain('1900');
    expect(text).toContain('未知');
    expect(text).toContain('bogus');
    expect(text).toMatch(/报告年度/);
    expect(text).toMatch(/排序/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says nothing about the URL when every filter and sort in it is known', async () => {
    const { page } = await watched('/search/?q=%E6%9E%AB%E6%A1%A5%E7%BB%8F%E9%AA%8C&sort=year-desc');
    await settled(page);
    expect(await page.locator('[data-search-notice]').isVisible()).toBe(false);
    await page.close();
  });

  it('caps a very long query at 200 characters and says so', async () => {
    const long = '法治政府建设'.repeat(100);
    const { page, problems } = await watched(`/search/?q=${encodeURIComponent(long)}`);
    await settled(page);
    const notice = page.locator('[data-search-notice]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/200/);
    expect((await page.locator('#search-q').inputValue()).length).toBe(200);
    expect(await page.locator('#search-q').getAttribute('maxlength')).toBe('200');
    // No script error; the index's requests for this query are the index's business (its
    // missing-bucket 404s are reported to the index work, not asserted here).
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });

  it('runs an ordinary query with no failed request and no console error', async () => {
    const { page, problems } = await watched('/search/?q=%E6%9E%AB%E6%A1%A5%E7%BB%8F%E9%AA%8C');
    expect(await settled(page)).toMatch(/找到 [1-9]\d* 份报告/);
    await page.locator('#search-q').fill('依法行政');
    await page.locator('#search-q').press('Enter');
    await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).toMatch(/找到 [1-9]\d* 份报告/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('report page with a malformed address', () => {
  it.each([
    '/reports/440304008-2020/?hl=%E4%B8',
    '/reports/440304008-2020/#%E4%B8',
    '/reports/440304008-2020/?hl=%E6%9E%AB%E6%A1%A5#%',
    '/reports/440304008-2020/?hl=%25%ZZ#s-1%ZZ',
    '/reports/440304008-2020/?hl=%22%22#%E4%B8%',
  ])('opens %s without a script error', async (path) => {
    const { page, problems } = await watched(path);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.locator('h1').textContent()).toBe('莲花街道2020年法治政府建设年度报告');
    expect(problems).toEqual([]);
    await page.close();
  });
});
