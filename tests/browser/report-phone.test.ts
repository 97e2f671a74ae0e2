import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { withPageSession } from './page-session.ts';

/**
 * Issue 16, items 2 and 7: a report page on a phone (375×812) shows the title, a one-line
 * summary and the start of the text on its first screen; the full metadata and the 目录 are in
 * disclosures; a sticky bar names the current section and offers 回到顶部; the skip link and a
 * few Tab presses reach the text.
 */

const base = inject('baseUrl');
const outDir = inject('outDir');
const PHONE = { width: 375, height: 812 };
const WIDE = { width: 1280, height: 900 };
const REPORT = '/reports/530181003-2021/';
const ELDER = { 'fzbg.elder': 'on' };
const reportIds = readdirSync(join(outDir, 'reports'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d{6,12}-\d{4}$/.test(entry.name))
  .map((entry) => entry.name);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function withPage<T>(
  path: string,
  use: (page: Page) => Promise<T>,
  options: { viewport?: { width: number; height: number }; storage?: Record<string, string> } = {},
): Promise<T> {
  return withPageSession(browser, `${base}${path}`, use, { ...options, viewport: options.viewport ?? PHONE });
}

/** Top and bottom of the first element matching `selector`, in page (not viewport) pixels. */
const pageBox = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
    });

describe('the first screen of a report on a phone', () => {
  it('shows the title, the place · year · 发布日期 line and the start of the text, on every report (375×812)', async () => {
    expect(reportIds.length).toBeGreaterThanOrEqual(5);
    for (const id of reportIds) {
      await withPage(`/reports/${id}/`, async (page) => {
        const title = await pageBox(page, 'h1');
        const summary = page.locator('[data-report-summary]');
        const paragraph = await pageBox(page, '[data-report-text] p');
        expect(title.bottom, id).toBeLessThan(PHONE.height);
        expect(await summary.innerText(), id).toMatch(
          /^\S+ · \d{4}年度 · 发布日期 (\d{4}年\d{1,2}月\d{1,2}日|未注明)$/,
        );
        expect(paragraph.top, `${id}: the text starts at ${paragraph.top}px`).toBeLessThan(PHONE.height);
      });
    }
  });

  it('keeps the title and summary on the first screen in elder mode too', async () => {
    await withPage(
      REPORT,
      async (page) => {
        expect((await pageBox(page, '[data-report-summary]')).bottom).toBeLessThan(PHONE.height);
      },
      { storage: ELDER },
    );
  });

  it('puts the metadata, provenance, downloads and citation in one closed disclosure that opens by keyboard', async () => {
    await withPage(REPORT, async (page) => {
      const info = page.locator('details[data-report-info]');
      expect(await info.getAttribute('open')).toBeNull();
      for (const part of ['.fz-meta-panel', '.fz-provenance', '[data-download]', '[data-permalink]'])
        expect(await info.locator(part).first().isVisible(), part).toBe(false);
      await info.locator('summary').focus();
      await page.keyboard.press('Enter');
      expect(await info.getAttribute('open')).toBe('');
      expect(await page.getByRole('region', { name: '报告信息' }).isVisible()).toBe(true);
      for (const part of ['.fz-provenance', '[data-download]', '[data-permalink]'])
        expect(await info.locator(part).first().isVisible(), part).toBe(true);
    });
  });

  it('prints what the closed disclosure holds (the facts, the original link, the permalink)', async () => {
    await withPage(REPORT, async (page) => {
      await page.emulateMedia({ media: 'print' });
      for (const part of ['.fz-meta-panel', '.fz-provenance [data-original-link]', '[data-permalink]'])
        expect(await page.locator(part).first().isVisible(), part).toBe(true);
    });
  });

  it('has the 目录 in a closed disclosure before the text on a phone, its links reaching every heading', async () => {
    await withPage(REPORT, async (page) => {
      const toc = page.locator('details[data-toc-disclosure]');
      expect(await toc.isVisible()).toBe(true);
      expect(await toc.getAttribute('open')).toBeNull();
      expect((await pageBox(page, 'details[data-toc-disclosure]')).bottom).toBeLessThan(
        (await pageBox(page, '[data-report-text]')).top,
      );
      expect(await page.locator('aside[aria-label="本报告目录"]').isVisible()).toBe(false);
      await toc.locator('summary').click();
      const nav = page.getByRole('navigation', { name: '目录' });
      await nav.getByRole('link', { name: '二、存在问题' }).click();
      expect(new URL(page.url()).hash).toBe('#s-2');
    });
  });

  it('on a wide screen shows the 目录 as a column beside the text, not above it', async () => {
    await withPage(
      REPORT,
      async (page) => {
        expect(await page.locator('details[data-toc-disclosure]').isVisible()).toBe(false);
        const column = page.locator('aside[aria-label="本报告目录"]');
        expect(await column.isVisible()).toBe(true);
        const [columnBox, textBox] = await Promise.all([
          column.boundingBox(),
          page.locator('[data-report-text]').boundingBox(),
        ]);
        expect(columnBox!.x).toBeGreaterThanOrEqual(textBox!.x + textBox!.width);
        expect(columnBox!.y).toBeGreaterThanOrEqual(textBox!.y - 1);
      },
      { viewport: WIDE },
    );
  });
});

describe('the reading bar', () => {
  const bar = '[data-reading-bar]';

  it('names the section being read, stays at the top while reading, and never covers the heading jumped to', async () => {
    await withPage(REPORT, async (page) => {
      const where = page.locator('[data-current-section]');
      expect(await where.isVisible()).toBe(false); // before the first heading: no section yet
      await page.locator('details[data-toc-disclosure] summary').click();
      await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '二、存在问题' }).click();
      await expect.poll(() => where.textContent()).toBe('当前章节：二、存在问题');
      const barBox = (await page.locator(bar).boundingBox())!;
      const heading = (await page.locator('#s-2').boundingBox())!;
      expect(barBox.y).toBe(0);
      expect(heading.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
      expect(heading.y).toBeLessThan(PHONE.height / 2);
      // The 目录 marks the same section, in words (aria-current), not only by colour.
      expect(await page.locator('[data-toc] a[aria-current="location"]').first().textContent()).toBe('二、存在问题');
      // Scrolled by hand to the next section, the bar follows.
      await page.evaluate(() => {
        const next = document.getElementById('s-3')!;
        window.scrollBy(0, next.getBoundingClientRect().top - 60);
      });
      await expect.poll(() => where.textContent()).toBe('当前章节：三、下一步工作 计划');
    });
  });

  it('keeps every control it holds from covering the focused element', async () => {
    await withPage(REPORT, async (page) => {
      await page.evaluate(() => window.scrollTo(0, 3000));
      // Tab on from the middle of the text: each focused control in the text is below the bar.
      await page.locator('[data-report-text] button.fz-copy-link').last().focus();
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Shift+Tab');
        const covered = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const barBox = document.querySelector('[data-reading-bar]')!.getBoundingClientRect();
          if (el.closest('[data-reading-bar]')) return false;
          return el.getBoundingClientRect().top < barBox.bottom;
        });
        expect(covered).toBe(false);
      }
    });
  });

  it('offers 回到顶部 only after more than one screen, and it moves focus and the view to the top', async () => {
    await withPage(REPORT, async (page) => {
      const toTop = page.getByRole('button', { name: '回到顶部' });
      expect(await toTop.count()).toBe(0);
      await page.evaluate(() => window.scrollTo(0, window.innerHeight * 0.9));
      await page.waitForTimeout(200);
      expect(await toTop.count()).toBe(0);
      await page.evaluate(() => window.scrollTo(0, window.innerHeight * 2));
      await expect.poll(() => toTop.isVisible()).toBe(true);
      await toTop.focus();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('回到顶部');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-title');
      await expect.poll(() => toTop.count()).toBe(0);
    });
  });

  it('is hidden without JavaScript, where nothing in it would work', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${REPORT}`);
    expect(await page.locator(bar).isVisible()).toBe(false);
    expect(await page.locator('[data-report-text] p').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('Tab stops before the text', () => {
  /** Tab to the skip link, follow it, then count Tab presses until focus is inside the report text. */
  async function tabsToText(page: Page): Promise<{ presses: number; path: string[] }> {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-title');
    const path: string[] = [];
    for (let presses = 1; presses <= 40; presses++) {
      await page.keyboard.press('Tab');
      const [inText, label] = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return [
          !!el.closest('[data-report-text]'),
          el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 12) ?? el.tagName,
        ] as const;
      });
      path.push(label);
      if (inText) return { presses, path };
    }
    return { presses: Infinity, path };
  }

  for (const [name, options] of Object.entries({
    'phone, default': { viewport: PHONE },
    'phone, elder mode': { viewport: PHONE, storage: ELDER },
    'wide screen': { viewport: WIDE },
  })) {
    it(`reaches the report text within 5 Tab presses after the skip link (${name})`, async () => {
      await withPage(
        REPORT,
        async (page) => {
          await page.waitForTimeout(1700); // the read-aloud control has settled (voice or note)
          const { presses, path } = await tabsToText(page);
          expect(presses, path.join(' → ')).toBeLessThanOrEqual(5);
        },
        options,
      );
    });
  }
});
