import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { DEFAULT_SITE_NAME } from '../../src/lib/site/site-config.ts';
import { calendarDate } from '../../src/lib/site/print.ts';
import { cjkFontEnv, compact, pdfPages, type PdfPage } from '../helpers/pdf-text.ts';
import { ORIGINAL_URL } from './provenance-fixture.ts';

/**
 * Issue 16, item 4: a report printed from Chromium (page.pdf is the browser's own print: it runs
 * beforeprint and afterprint and applies the print styles and @page rules) reads as a document.
 * The PDF's text is read back with PDF.js.
 */

const base = inject('baseUrl');
const REPORT = '530181003-2021';
// The build's public address (SITE_URL unset in the tests' build).
const PERMALINK = `http://localhost:4321/reports/${REPORT}/`;
// The sample's site.config.yaml keeps the default name.
const SITE_NAME = DEFAULT_SITE_NAME;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(cjkFontEnv());
});
afterAll(async () => {
  await browser?.close();
});

async function withReport<T>(
  use: (page: Page, context: BrowserContext) => Promise<T>,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  // Headless Chromium's window.print() opens no dialog and leaves the page "being printed", so
  // page.pdf would then fail: the print buttons' call is recorded instead, and page.pdf prints.
  // Policy violations are recorded too: printing must not break the Content-Security-Policy.
  await context.addInitScript(() => {
    const record = window as unknown as { printCalls: number; violations: string[] };
    record.printCalls = 0;
    record.violations = [];
    window.print = () => {
      record.printCalls++;
    };
    document.addEventListener('securitypolicyviolation', (event) => record.violations.push(event.violatedDirective));
  });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/reports/${REPORT}/`);
    return await use(page, context);
  } finally {
    await context.close();
  }
}

// Each test prints up to three PDFs of a five-page report and reads them back: 9–21 s here alone.
const PRINT_TIMEOUT = 120_000;

const print = async (page: Page) => pdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));

/** The page numbers printed at the feet of the pages, as "n / total". */
const footers = (pages: PdfPage[]) =>
  pages.map((page) => page.runs.map((run) => run.trim()).find((run) => /^\d+ \/ \d+$/.test(run)));

const everyPageNumbered = (pages: PdfPage[]) => pages.map((_, i) => `${i + 1} / ${pages.length}`);

/** What only a screen needs: breadcrumbs, navigation, reader settings, buttons, the 纠错 form. */
const SCREEN_ONLY = [
  '首页', // the breadcrumbs' first step
  '跳到正文',
  '长者模式',
  '高对比度',
  '全文检索',
  '收录情况',
  '扫一扫',
  '打印本页',
  '打印本节',
  '朗读全文',
  '纠错',
  '上一年度',
];

describe('printing a report', () => {
  it(
    'prints the site name and print date on every page, "n / N" at every foot, the original address and the permalink with its QR, and no navigation, breadcrumbs, settings or buttons',
    async () => {
      await withReport(async (page) => {
        const pages = await print(page);
        expect(pages.length).toBeGreaterThanOrEqual(3);
        expect(footers(pages)).toEqual(everyPageNumbered(pages));
        const printed = compact(`打印于 ${calendarDate(new Date())}`);
        for (const [i, { text }] of pages.entries()) {
          expect(text, `page ${i + 1}`).toContain(compact(SITE_NAME));
          expect(text, `page ${i + 1}`).toContain(printed);
        }
        expect(pages[0]!.text).toContain(`原网页：${ORIGINAL_URL}`);
        expect(pages.at(-1)!.text).toContain(`本页地址：${PERMALINK}`);
        const all = pages.map((p) => p.text).join('');
        for (const word of SCREEN_ONLY) expect(all, word).not.toContain(word);
        // The report itself is there: its title on the first page.
        const title = await page.locator('h1').innerText();
        expect(pages[0]!.text).toContain(compact(title));
        expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

        // The QR code beside the address is drawn on paper, 3 cm square.
        await page.emulateMedia({ media: 'print' });
        const qr = await page.locator('[data-print-address] svg').boundingBox();
        expect(qr?.width).toBeGreaterThan(100);
        expect(Math.round(qr!.width)).toBe(Math.round(qr!.height));
      });
    },
    PRINT_TIMEOUT,
  );

  it(
    'without JavaScript, says the day the page was generated instead of a print date, and still numbers every page',
    async () => {
      await withReport(
        async (page) => {
          const pages = await print(page);
          expect(footers(pages)).toEqual(everyPageNumbered(pages));
          expect(pages[0]!.text).toMatch(/本页生成于\d{4}年\d{1,2}月\d{1,2}日/);
          expect(pages[0]!.text).toContain(compact(SITE_NAME));
          expect(pages.map((p) => p.text).join('')).not.toContain('打印于');
        },
        { javaScriptEnabled: false },
      );
    },
    PRINT_TIMEOUT,
  );

  it(
    '打印本节 prints the report title and that section only, with the print head, the section address and page numbers; the next print is the whole page',
    async () => {
      await withReport(async (page) => {
        const whole = await print(page);
        const sections = await page.evaluate(() =>
          [...document.querySelectorAll('[data-report-text] > h2')].map((heading) => {
            let first = heading.nextElementSibling;
            while (first && first.tagName !== 'P') first = first.nextElementSibling;
            return { id: heading.id, title: heading.textContent!.trim(), firstParagraph: first?.textContent ?? '' };
          }),
        );
        expect(sections.length).toBeGreaterThanOrEqual(3);
        const buttons = page.getByRole('button', { name: /^打印本节：/ });
        expect(await buttons.count()).toBe(sections.length);

        const chosen = sections[1]!;
        await page.getByRole('button', { name: `打印本节：${chosen.title}` }).click();
        expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
        const part = await print(page);
        const text = part.map((p) => p.text).join('');

        expect(footers(part)).toEqual(everyPageNumbered(part));
        expect(part.length).toBeLessThan(whole.length);
        expect(text).toContain(compact(await page.locator('h1').innerText()));
        expect(text).toContain(compact(chosen.title));
        expect(text).toContain(compact(chosen.firstParagraph).slice(0, 40));
        expect(text).toContain(`本节：${compact(chosen.title)}（${PERMALINK}#${chosen.id}）`);
        expect(text).toContain(compact(SITE_NAME));
        expect(text).toContain(`本页地址：${PERMALINK}`);
        for (const other of sections.filter((s) => s !== chosen)) {
          expect(text).not.toContain(compact(other.title));
          expect(text).not.toContain(compact(other.firstParagraph).slice(0, 40));
        }
        // Nothing else of the page: the opening paragraph, the metadata, provenance, citation.
        const opening = await page.locator('[data-report-text] > p').first().innerText();
        expect(text).not.toContain(compact(opening).slice(0, 40));
        for (const word of ['发布机构', '来源与校验', '参考文献']) expect(text, word).not.toContain(word);

        // Printing ended (afterprint): the page is whole again, on screen and on paper.
        expect(await page.evaluate(() => document.body.className)).not.toContain('fz-print-one-section');
        expect(await page.locator('.fz-print-keep').count()).toBe(0);
        const again = await print(page);
        expect(again.length).toBe(whole.length);
        expect(again.map((p) => p.text).join('')).toContain('来源与校验');
      });
    },
    PRINT_TIMEOUT,
  );
});
