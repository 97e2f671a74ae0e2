import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { serveStatic } from '../../src/lib/bench/serve.ts';
import { ingestDirectoryWithImages } from '../../src/lib/ingest/directory.ts';
import { ROOT } from '../helpers/paths.ts';

/**
 * An HTML capture saved with its files (fixture f48: a chart PNG and a photo JPEG in
 * f48_html_saved_with_files_files/, a remote and a data: image beside them) goes through the
 * real pipeline: ingest, astro build, a report page in Chromium.
 */

const FIXTURE = join(ROOT, 'tests/fixtures/captures');
const NAME = 'f48_html_saved_with_files';
const SHOT = process.env.REPORT_IMAGE_SHOT; // where to save a screenshot of the page, if set
const work = mkdtempSync(join(tmpdir(), 'report-images-'));
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let dist: string;

beforeAll(async () => {
  const raw = join(work, 'raw');
  const content = join(work, 'content');
  dist = join(work, 'dist');
  mkdirSync(raw);
  cpSync(join(FIXTURE, `${NAME}.html`), join(raw, `${NAME}.html`));
  cpSync(join(FIXTURE, `${NAME}_files`), join(raw, `${NAME}_files`), { recursive: true });
  // A scanned report: a covering sentence, then its pages as images (made by sharp here).
  mkdirSync(join(raw, 'scan_files'));
  for (const n of [1, 2])
    await sharp({ create: { width: 900, height: 1270, channels: 3, background: { r: 250, g: 250 - n, b: 245 } } })
      .jpeg()
      .toFile(join(raw, 'scan_files', `p${n}.jpg`));
  writeFileSync(
    join(raw, 'scan.html'),
    `<html><head><meta charset="utf-8"><title>浚县2023年法治政府建设年度报告</title></head><body><h1>浚县2023年法治政府建设年度报告</h1>
<p>发布时间：2024-03-15</p><p>现将浚县2023年法治政府建设情况报告如下，全文见以下扫描件。</p>
<p><img src="scan_files/p1.jpg" alt="报告第1页"></p><p><img src="scan_files/p2.jpg" alt="报告第2页"></p></body></html>`,
  );
  await ingestDirectoryWithImages(raw, content);
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: dist,
      SEARCH_CACHE_DIR: join(work, 'search-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(ROOT, dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a report page with archived images', () => {
  it("shows each image (decoded, natural width > 0) with its alt text, from the report's own address, and requests nothing from elsewhere", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${server.url}/reports/331002-2023/`);
    const images = page.locator('[data-report-text] picture img');
    await expect.poll(() => images.count()).toBe(2);
    for (const img of await images.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
    }
    const shown = await images.evaluateAll((els) =>
      (els as HTMLImageElement[]).map((el) => ({
        alt: el.alt,
        src: new URL(el.currentSrc).pathname,
        width: el.naturalWidth,
        lazy: el.loading,
      })),
    );
    expect(shown).toEqual([
      {
        alt: '2023年椒江区行政复议案件办理情况柱状图',
        src: expect.stringMatching(/^\/reports\/331002-2023\/[0-9a-f]{20}\.webp$/),
        width: 800,
        lazy: 'lazy',
      },
      {
        alt: '区政府常务会议学法现场',
        src: expect.stringMatching(/^\/reports\/331002-2023\/[0-9a-f]{20}\.webp$/),
        width: 1200,
        lazy: 'lazy',
      },
    ]);
    // The image is no wider than the text column.
    const overflow = await images
      .first()
      .evaluate(
        (el) => el.getBoundingClientRect().width - el.closest('[data-report-text]')!.getBoundingClientRect().width,
      );
    expect(overflow).toBeLessThanOrEqual(0);
    // The images that could not be archived read as their alt text, and were never requested.
    await expect.poll(() => page.locator('[data-report-text]').textContent()).toContain('（图片：法治宣传活动现场）');
    const origin = new URL(server.url).origin;
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requested.some((url) => url.endsWith('.webp'))).toBe(true);
    if (SHOT) {
      await images.first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: SHOT, fullPage: true });
    }
    await page.close();
  });
  it('says on the page when the report is mostly scanned images', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/reports/410621-2023/`);
    await expect.poll(() => page.locator('[data-report-text] picture img').count()).toBe(2);
    const note = page.locator('[data-mostly-images]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('本报告正文主要为图片');
    const plain = await browser.newPage();
    await plain.goto(`${server.url}/reports/331002-2023/`);
    expect(await plain.locator('[data-mostly-images]').count()).toBe(0);
    await Promise.all([page.close(), plain.close()]);
  });
  it("serves the fallback too, and only the report's own archived files", async () => {
    const html = readFileSync(join(dist, 'reports/331002-2023/index.html'), 'utf8');
    const fallbacks = [...html.matchAll(/<img src="(\/reports\/331002-2023\/[0-9a-f]{20}\.(?:png|jpg))"/g)].map(
      (m) => m[1]!,
    );
    expect(fallbacks.map((f) => f.slice(-3))).toEqual(['png', 'jpg']);
    for (const path of fallbacks) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type') ?? '').toMatch(/^image\//);
    }
    expect(html).not.toMatch(/jiaojiang\.gov\.cn\/picture|data:image|seeds-labels/);
  });
});
