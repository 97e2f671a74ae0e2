import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { serveStatic } from '../../src/lib/bench/serve.ts';
import { buildDemo, prepareDemo } from '../../src/lib/corpus/demo.ts';
import { ROOT } from '../helpers/paths.ts';
import { AXE_MODES, AXE_WIDTHS, axeSweep } from './axe-sweep.ts';

/**
 * Coverage, year-over-year comparison, statistics, share cards and the demo banner, on a small
 * demo archive built here (report series over several years, departments, late publications),
 * and the absence of the demo marks on the sample site of the global setup.
 */

const sampleBase = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'portal-demo-'));
let base: string;
let outDir: string;
let closeServer: () => Promise<void>;
let browser: Browser;

beforeAll(async () => {
  const demo = prepareDemo({ root: ROOT, out: work, reports: 70, seed: 1 });
  buildDemo(ROOT, demo);
  outDir = demo.outDir;
  const server = await serveStatic(ROOT, demo.outDir);
  base = server.url;
  closeServer = server.close;
  browser = await launchChromium();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await closeServer?.();
  rmSync(work, { recursive: true, force: true });
});

async function open(path: string, width = 1280, origin = base): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const response = await page.goto(`${origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

interface CoverageLine {
  region: string;
  place: string;
  year: string;
  status: string;
  publishedAt: string;
  ids: string[];
}
function coverageLines(): CoverageLine[] {
  const text = readFileSync(join(outDir, 'data', 'coverage.csv'), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  const col = (name: string) => header!.indexOf(name);
  return rows.map((r) => ({
    region: r[col('region_code')]!,
    place: r[col('place_code')]!,
    year: r[col('year')]!,
    status: r[col('status')]!,
    publishedAt: r[col('published_at')]!,
    ids: r[col('report_ids')]!.split(' ').filter(Boolean),
  }));
}

/** Every report id, latest years first (the likeliest to have a previous year). */
function reportIdsLatestFirst(): string[] {
  return coverageLines()
    .filter((l) => l.ids.length > 0)
    .sort((a, b) => Number(b.year) - Number(a.year))
    .flatMap((l) => l.ids);
}

let firstCompare: string | undefined;
/** A compare page reached from a report page's link (found once, the search opens report pages). */
async function findCompareHref(): Promise<string | undefined> {
  for (const id of firstCompare ? [] : reportIdsLatestFirst()) {
    firstCompare = await compareLink(id);
    if (firstCompare) break;
  }
  return firstCompare;
}

async function compareLink(id: string): Promise<string | undefined> {
  const page = await open(`/reports/${id}/`);
  const links = page.locator('a[href^="/compare/"]', { hasText: '标出与上年相同' });
  const href = (await links.count()) > 0 ? ((await links.first().getAttribute('href')) ?? undefined) : undefined;
  await page.close();
  return href;
}

describe('demo archive', () => {
  it('says 合成演示数据 visibly and asks for noindex on every kind of page', async () => {
    const line = coverageLines().find((l) => l.ids.length > 0 && l.region)!;
    for (const path of [
      '/',
      `/reports/${line.ids[0]}/`,
      '/coverage/',
      `/coverage/${line.region}/`,
      '/stats/',
      '/browse/',
    ]) {
      const page = await open(path);
      await expect
        .poll(() => page.getByText('合成演示数据', { exact: true }).first().isVisible(), { timeout: 5000 })
        .toBe(true);
      expect(await page.locator('meta[name="robots"]').getAttribute('content'), path).toBe('noindex');
      await page.close();
    }
  });

  it('the sample site carries neither the banner nor noindex', async () => {
    const page = await open('/', 1280, sampleBase);
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    expect(await page.getByText('合成演示数据').count()).toBe(0);
    await page.close();
  });
});

describe('coverage', () => {
  it('is a table of places × years with headers, drilling down province → city → county → township', async () => {
    const lines = coverageLines();
    const township = lines.find((l) => l.ids.length > 0 && l.place.length === 9)!;
    const page = await open('/coverage/');
    const years = await page.locator('table.fz-coverage thead th[scope="col"]').count();
    expect(await page.locator('table.fz-coverage caption').textContent()).toContain('全国');
    expect(await page.locator('table.fz-coverage tbody th[scope="row"]').count()).toBe(31);
    // Down the chain of the township's region, following the row links.
    const chain = [
      township.place.slice(0, 2) + '0000',
      township.place.slice(0, 4) + '00',
      township.place.slice(0, 6),
    ].filter((code, i, all) => all.indexOf(code) === i);
    for (const code of chain) {
      const link = page.locator(`table.fz-coverage tbody th a[href="/coverage/${code}/"]`);
      if ((await link.count()) === 0) continue; // a municipality has no city level
      await link.click();
      await page.waitForURL(`**/coverage/${code}/`);
      expect(await page.locator('table.fz-coverage thead th[scope="col"]').count()).toBe(years);
      await expect.poll(() => page.locator('.fz-coverage-counts').textContent()).toMatch(/下辖 \d+ 个/);
    }
    expect(page.url()).toContain(`/coverage/${township.region}/`);
    expect(await page.locator(`tbody td a[href="/reports/${township.ids[0]}/"]`).count()).toBe(1);
    const regionLines = lines.filter((l) => l.region === township.region);
    expect(await page.locator('tbody tr').count()).toBe(regionLines.length / (years - 2) + 1); // + the county's own row
    // Places of the region without any report are listed too, as gaps.
    expect(await page.locator('tbody td', { hasText: '未收录' }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('marks a report published after 1 April of the following year as late, with its date and the rule', async () => {
    const late = coverageLines().find((l) => l.status === 'late' && l.place.length === 6)!;
    expect(late.publishedAt > `${Number(late.year) + 1}-04-01`).toBe(true);
    const page = await open(late.region ? `/coverage/${late.region}/` : '/coverage/');
    const cell = page.locator(`td a[href="/reports/${late.ids[0]}/"]`).first();
    expect(await cell.textContent()).toContain('逾期公开');
    expect(await cell.textContent()).toContain(late.publishedAt);
    const note = await page.locator('.fz-coverage-note').textContent();
    expect(note).toContain('第二十五条');
    expect(note).toContain('县级以上');
    expect(note).toContain('乡镇');
    await page.close();
  });

  it('fits a 320 px screen: the page does not scroll sideways, the table scrolls in a focusable region', async () => {
    const region = coverageLines().find((l) => l.place.length === 9)!.region;
    const page = await open(`/coverage/${region}/`, 320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const scroller = page.locator('.fz-coverage-scroll');
    expect(await scroller.getAttribute('tabindex')).toBe('0');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await scroller.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('year over year', () => {
  it('links a report to the comparison with its previous year, which marks the repeated sentences and their share', async () => {
    const compareHref = await findCompareHref();
    expect(compareHref).toMatch(/^\/compare\/\d+-[a-z0-9]+\/\d{4}-\d{4}\/$/);
    const page = await open(compareHref!);
    const marks = page.locator('mark.fz-repeat');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().textContent()).toContain('与上年相同');
    expect(await page.locator('.fz-compare-summary').textContent()).toMatch(/\d+\.\d% 的文字与\d{4}年度报告逐字相同/);
    const kinds = await page.locator('.fz-compare-section h2').allTextContents();
    expect(kinds.some((k) => k.startsWith('存在的不足和原因') && /与上年相同：\d+\.\d%/.test(k))).toBe(true);
    // Side by side on a wide screen, stacked on a phone.
    const columns = page.locator('.fz-compare-columns').first().locator('.fz-compare-column');
    const [left, right] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + 100);
    await page.setViewportSize({ width: 320, height: 900 });
    const [top, below] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(below!.y).toBeGreaterThan(top!.y + top!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it("gives a department the same department's previous year, never another issuer's", async () => {
    let checked = 0;
    for (const id of reportIdsLatestFirst()
      .filter((id) => /-[0-9a-f]{6}$/.test(id))
      .slice(0, 6)) {
      const page = await open(`/reports/${id}/`);
      const prev = page.locator('a[rel="prev"]');
      if ((await prev.count()) > 0) {
        expect((await prev.getAttribute('href'))!.split('/')[2]!.slice(-6)).toBe(id.slice(-6));
        checked++;
      }
      await page.close();
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('statistics', () => {
  it('draws static SVG charts with a title and description, each with its data table', async () => {
    const page = await open('/stats/');
    const charts = page.locator('figure.fz-chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < (await charts.count()); i++) {
      const chart = charts.nth(i);
      const svg = chart.locator('svg[role="img"]');
      const labelled = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      expect(await svg.locator(`#${labelled[0]}`).evaluate((el) => el.tagName)).toBe('title');
      expect(await svg.locator(`#${labelled[1]}`).evaluate((el) => el.tagName)).toBe('desc');
      expect(await svg.locator('rect.fz-chart-bar').count()).toBe(await chart.locator('tbody tr').count());
      expect(await chart.locator('table caption').isVisible()).toBe(true);
    }
    // Bars are drawn in SVG attributes, not inline styles (the CSP forbids style attributes).
    expect(await page.locator('[style]').count()).toBe(0);
    const perYear = page.locator('#fz-stats-year-caption').locator('xpath=..');
    const total = (await perYear.locator('tbody td').allTextContents()).reduce((n, t) => n + Number(t), 0);
    expect(total).toBe(70);
    expect(await page.locator('#fz-stats-timeliness-caption').count()).toBe(1);
    await page.close();
  });
});

describe('share cards and icons', () => {
  it('a report page names a 1200×630 PNG card in Open Graph and Twitter tags', async () => {
    const id = coverageLines().find((l) => l.ids.length > 0)!.ids[0]!;
    const page = await open(`/reports/${id}/`);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(image);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(
      (await page.locator('h1').textContent())!.trim(),
    );
    const path = new URL(image).pathname;
    expect(path).toMatch(new RegExp(`^/share/report-${id}-[0-9a-f]{12}\\.png$`));
    const png = Buffer.from(await (await fetch(`${base}${path}`)).arrayBuffer());
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    await page.close();
  });

  it('serves favicon.ico, apple-touch-icon and PNG icons, linked from the pages', async () => {
    const page = await open('/');
    expect(await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')).toBe('/apple-touch-icon.png');
    for (const [path, size] of [
      ['/apple-touch-icon.png', 180],
      ['/icon-32.png', 32],
      ['/icon-192.png', 192],
      ['/icon-512.png', 512],
    ] as const) {
      const png = Buffer.from(await (await fetch(`${base}${path}`)).arrayBuffer());
      expect(await sharp(png).metadata(), path).toMatchObject({ format: 'png', width: size, height: size });
    }
    const ico = Buffer.from(await (await fetch(`${base}/favicon.ico`)).arrayBuffer());
    expect(ico.readUInt16LE(2)).toBe(1);
    await page.close();
  });
});

describe("axe (WCAG 2.2 AA tags) on the demo's new pages", () => {
  it('coverage, compare and stats pages have zero violations, in every mode at 320 and 1280 px', async () => {
    const lines = coverageLines();
    const region = lines.find((l) => l.place.length === 9)!.region;
    const paths = ['/coverage/', `/coverage/${region}/`, '/stats/'];
    const compare = await findCompareHref();
    expect(compare).toBeDefined();
    paths.push(compare!);
    const found: string[] = [];
    for (const mode of Object.keys(AXE_MODES))
      for (const width of AXE_WIDTHS)
        for (const path of paths) {
          const { violations } = await axeSweep(browser, `${base}${path}`, mode, width);
          found.push(...violations.map((v) => `${path} (${mode}, ${width} px) ${v}`));
        }
    expect(found).toEqual([]);
  }, 600_000);
});
