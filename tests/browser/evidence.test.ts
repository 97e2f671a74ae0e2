import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { withPageSession } from './page-session.ts';
import { markdownFiles, readReportFile } from '../../src/lib/report-file/report-file.ts';
import { reportPlainText } from '../../src/lib/search/build/document.ts';
import { reportSchema, SECTION_KINDS } from '../../src/lib/schema/report.ts';
import { byRecency } from '../../src/lib/site/catalog.ts';
import { gbtReference } from '../../src/lib/site/citation.ts';
import { FEED_ENTRY_LIMIT } from '../../src/lib/site/feeds.ts';
import { formatKilobytes } from '../../src/lib/site/report-downloads.ts';
import { RAW_SAMPLE } from '../helpers/paths.ts';
import { CAPTURED_AT, ORIGINAL_URL, UNSAFE_URL } from './provenance-fixture.ts';

/** Issue 15, report side: provenance, downloads, open data, feeds and discovery, metadata, citation. */

const base = inject('baseUrl');
const contentDir = inject('contentDir');
const outDir = inject('outDir');
// The build's public address (SITE_URL unset): permalinks, canonical links and feeds use it, not the test server's.
const SITE = 'http://localhost:4321';
const files = markdownFiles(join(contentDir, 'reports')).map((path) => ({ path, ...readReportFile(path) }));
const byId = new Map(files.map((f) => [f.data.id, f]));
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'url', 'sitemap'].includes(name),
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function withPage<T>(
  path: string,
  use: (page: Page, context: BrowserContext) => Promise<T>,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<T> {
  return withPageSession(browser, `${base}${path}`, use, {
    ...options,
    clipboard: true,
    // A report's provenance, downloads and citation are in a disclosure: open it, as a reader would.
    afterLoad: async (page) => {
      const info = page.locator('details[data-report-info] > summary');
      if (await info.count()) await info.click();
    },
  });
}

const fetchText = async (path: string) => {
  const response = await fetch(new URL(path, base));
  expect(response.status, path).toBe(200);
  return response.text();
};
const fetchBytes = async (path: string) => {
  const response = await fetch(new URL(path, base));
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};
/** A URL of the built site as a path on the test server. */
const local = (url: string) => new URL(url).pathname;

describe('provenance on the report page', () => {
  it('links the original, shows the capture time, the capture’s SHA-256 (that of the raw file) and says nothing was corrected', async () => {
    const report = byId.get('530181003-2021')!.data;
    const raw = readFileSync(join(RAW_SAMPLE, report.sourceFile));
    await withPage('/reports/530181003-2021/', async (page) => {
      const section = page.locator('.fz-provenance');
      expect(await section.locator('[data-original-link]').getAttribute('href')).toBe(ORIGINAL_URL);
      expect(await section.locator('time').getAttribute('datetime')).toBe(CAPTURED_AT);
      expect(await section.locator('[data-sha256]').textContent()).toBe(createHash('sha256').update(raw).digest('hex'));
      expect(await section.innerText()).toContain('未经人工更正');
      // The footer's 以原网页为准 points at the original too.
      expect(await page.locator('footer a', { hasText: '原网页' }).getAttribute('href')).toBe(ORIGINAL_URL);
    });
  });

  it('never turns a captured address that is not http(s) into a link, anywhere on the page', async () => {
    await withPage('/reports/500110119-2021/', async (page) => {
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.filter((href) => !/^https?:/.test(href))).toEqual([]);
      // The ingest drops such an address (with a warning in ingest-report.json): the page says none was recorded.
      const provenance = await page.locator('.fz-provenance').innerText();
      expect(provenance).not.toContain(UNSAFE_URL);
      expect(provenance).not.toContain('javascript:');
      expect(provenance).toMatch(/原网页\s*未记录/);
      expect(await page.locator('footer a', { hasText: '原网页' }).count()).toBe(0);
      expect(await page.locator('footer').innerText()).toContain('以原网页为准');
    });
  });

  it('lists the corrections from overrides.yaml: field, extracted value (or none) and corrected value', async () => {
    await withPage('/reports/120116011-2022/', async (page) => {
      const rows = await page
        .locator('.fz-corrections tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      expect(rows).toEqual([
        ['来源', '胡家园街', '天津市滨海新区人民政府'],
        ['索引号', '未提取到', '12120116MB1234567X/2023-00001'],
      ]);
      expect(await page.locator('.fz-corrections caption').textContent()).toContain('overrides.yaml');
    });
  });
});

describe('downloads', () => {
  it('links the Markdown of record, JSON and plain text, each with the size of the bytes served', async () => {
    const file = byId.get('530181003-2021')!;
    await withPage('/reports/530181003-2021/', async (page) => {
      const links = await page.locator('[data-download]').evaluateAll((as) =>
        as.map((a) => ({
          format: a.getAttribute('data-download')!,
          href: a.getAttribute('href')!,
          shown: a.parentElement!.textContent!,
        })),
      );
      expect(links.map((l) => l.format)).toEqual(['md', 'json', 'txt']);
      const served: Record<string, Buffer> = {};
      for (const link of links) {
        served[link.format] = await fetchBytes(link.href);
        expect(link.shown, link.format).toContain(formatKilobytes(served[link.format]!.length));
      }
      expect(served.md!.toString('utf8')).toBe(file.text);
      const json = JSON.parse(served.json!.toString('utf8'));
      expect(json.metadata).toEqual(JSON.parse(JSON.stringify(file.data)));
      expect(json.permalink).toBe(`${SITE}/reports/530181003-2021/`);
      expect(json.sections.map((s: { id: string; kind: string }) => [s.id, s.kind])).toEqual(
        file.data.sections!.map((s) => [s.id, s.kind]),
      );
      for (const section of json.sections) expect(SECTION_KINDS).toContain(section.kind);
      expect(json.text).toBe(reportPlainText(file.body).text);
      const txt = served.txt!.toString('utf8');
      expect(txt.startsWith(`${file.data.title}\n`)).toBe(true);
      expect(txt).toContain(reportPlainText(file.body).text);
    });
  });
});

describe('open data', () => {
  it('/data/reports.csv parses back: BOM, one row per report, every frontmatter field, place split into names and codes', async () => {
    const bytes = await fetchBytes('/data/reports.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.id).sort()).toEqual([...byId.keys()].sort());
    for (const field of Object.keys(reportSchema.shape)) expect(Object.keys(rows[0]!), field).toContain(field);
    for (const row of rows) {
      const report = byId.get(row.id!)!.data;
      expect(row).toMatchObject({
        title: report.title,
        year: String(report.year),
        divisionCode: report.divisionCode,
        sourceSha256: report.sourceSha256,
        provinceName: report.region[0],
        permalink: `${SITE}/reports/${report.id}/`,
      });
      expect(row[`${report.level}Code`]).toBe(report.divisionCode);
      expect(JSON.parse(row.sections!)).toEqual(report.sections);
    }
    const corrected = rows.find((r) => r.id === '120116011-2022')!;
    expect(JSON.parse(corrected.corrections!)).toEqual(byId.get('120116011-2022')!.data.corrections);
    expect(corrected.indexNumber).toBe('12120116MB1234567X/2023-00001');
  });

  it('/data/reports.jsonl has one report per line with its metadata and full text', async () => {
    const lines = (await fetchText('/data/reports.jsonl')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(byId.size);
    for (const line of lines) {
      const record = JSON.parse(line);
      const file = byId.get(record.id)!;
      expect(record.metadata).toEqual(JSON.parse(JSON.stringify(file.data)));
      expect(record.text).toBe(reportPlainText(file.body).text);
      expect(record.place[file.data.level].code).toBe(file.data.divisionCode);
    }
  });

  it('/data/ shows the counts, the build date, the note that these are official documents and a dictionary of every CSV column', async () => {
    const header = Object.keys(
      (
        parseCsv(await fetchBytes('/data/reports.csv'), { bom: true, columns: true, to: 1 }) as Array<
          Record<string, string>
        >
      )[0]!,
    );
    await withPage('/data/', async (page) => {
      expect(await page.locator('[data-count-reports]').textContent()).toBe(String(byId.size));
      expect(await page.locator('[data-count-places]').textContent()).toContain(
        String(new Set(files.map((f) => f.data.divisionCode)).size),
      );
      // The day the build wrote the page (a run that crosses midnight UTC tests after that day).
      expect(await page.locator('[data-build-date]').getAttribute('datetime')).toBe(
        statSync(join(outDir, 'data', 'index.html'))
          .mtime.toISOString()
          .slice(0, 10),
      );
      expect(await page.locator('main').innerText()).toContain('官方文件');
      const documented = await page.locator('.fz-dictionary dt').allTextContents();
      expect(documented).toEqual(header);
      for (const href of await page
        .locator('main a[href^="/data/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
        await fetchBytes(href);
    });
  });
});

describe('feeds and discovery', () => {
  it('/feeds/all.xml is Atom that parses: the newest reports, newest first, each entry a report permalink', async () => {
    const { feed } = xml.parse(await fetchText('/feeds/all.xml'));
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    const expected = files
      .map((f) => f.data)
      .sort(byRecency)
      .slice(0, FEED_ENTRY_LIMIT)
      .map((r) => `${SITE}/reports/${r.id}/`);
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(expected);
    for (const entry of feed.entry) {
      expect(entry.link[0]['@href']).toBe(entry.id);
      expect(Date.parse(entry.updated)).not.toBeNaN();
      await fetchText(local(entry.id));
    }
  });

  it('report and place pages announce their feeds with rel=alternate; each parses, a province’s holds the reports inside it', async () => {
    const alternates = (page: Page) =>
      page
        .locator('link[rel="alternate"][type="application/atom+xml"]')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute('href')!));
    const onReport = await withPage('/reports/530181003-2021/', alternates);
    expect(onReport).toEqual(['/feeds/all.xml', '/feeds/place/530000.xml', '/feeds/place/530181003.xml']);
    for (const href of onReport) {
      const { feed } = xml.parse(await fetchText(href));
      expect(feed.entry.map((e: { id: string }) => e.id)).toContain(`${SITE}/reports/530181003-2021/`);
      expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${SITE}${href}`);
    }
    const province = xml.parse(await fetchText('/feeds/place/440000.xml')).feed;
    const inGuangdong = files
      .map((f) => f.data)
      .filter((r) => r.divisionCode.startsWith('44'))
      .sort(byRecency);
    expect(inGuangdong.length).toBeGreaterThan(1);
    expect(province.entry.map((e: { id: string }) => e.id)).toEqual(inGuangdong.map((r) => `${SITE}/reports/${r.id}/`));
    expect(await withPage('/place/440304/', alternates)).toEqual(['/feeds/all.xml', '/feeds/place/440304.xml']);
    expect(await withPage('/', alternates)).toEqual(['/feeds/all.xml']);
  });

  it('robots.txt points to a sitemap index whose sitemaps list every page and nothing that is not a page', async () => {
    const robots = await fetchText('/robots.txt');
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
    expect(sitemapUrl).toBe(`${SITE}/sitemap-index.xml`);
    const index = xml.parse(await fetchText(local(sitemapUrl))).sitemapindex;
    const urls: string[] = [];
    for (const sitemap of index.sitemap)
      urls.push(...xml.parse(await fetchText(local(sitemap.loc))).urlset.url.map((u: { loc: string }) => u.loc));
    for (const id of byId.keys()) expect(urls).toContain(`${SITE}/reports/${id}/`);
    expect(urls).toContain(`${SITE}/place/440304/`);
    expect(urls).toContain(`${SITE}/data/`);
    expect(urls.filter((u) => !u.endsWith('/'))).toEqual([]);
    expect(urls.some((u) => u.includes('/404'))).toBe(false);
  });

  it('every page type has a canonical link to its own address and a meta description; report pages each their own', async () => {
    const descriptions = new Set<string>();
    for (const path of [
      '/',
      '/browse/',
      '/place/440304/',
      '/data/',
      '/accessibility/',
      '/search/?q=%E6%B3%95',
      ...[...byId.keys()].map((id) => `/reports/${id}/`),
    ]) {
      await withPage(
        path,
        async (page) => {
          expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toBe(
            `${SITE}${path.replace(/\?.*$/, '')}`,
          );
          const description = (await page.locator('meta[name="description"]').getAttribute('content'))!;
          expect(description.length, path).toBeGreaterThan(10);
          if (path.startsWith('/reports/')) descriptions.add(description);
        },
        { javaScriptEnabled: false },
      );
    }
    expect(descriptions.size).toBe(byId.size);
    expect(await withPage('/404.html', (page) => page.locator('link[rel="canonical"]').count())).toBe(0);
  });
});

describe('machine-readable metadata on report pages', () => {
  it('one JSON-LD Report, Dublin Core and Highwire citation_* tags with title, issuer, place, dates and permalink', async () => {
    const report = byId.get('530181003-2021')!.data;
    const url = `${SITE}/reports/530181003-2021/`;
    await withPage('/reports/530181003-2021/', async (page) => {
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks).toHaveLength(1);
      const ld = JSON.parse(blocks[0]!);
      expect(ld).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Report',
        url,
        name: report.title,
        author: { '@type': 'GovernmentOrganization', name: report.issuer },
        datePublished: report.publishedAt,
        isBasedOn: ORIGINAL_URL,
        spatialCoverage: { '@type': 'AdministrativeArea', identifier: report.divisionCode, name: '八街街道' },
      });
      const meta = Object.fromEntries(
        await page
          .locator('head meta[name]')
          .evaluateAll((ms) => ms.map((m) => [m.getAttribute('name'), m.getAttribute('content')])),
      );
      expect(meta).toMatchObject({
        'DC.title': report.title,
        'DC.creator': report.issuer,
        'DC.date': report.publishedAt,
        'DC.identifier': url,
        'DC.language': 'zh-CN',
        'DC.source': ORIGINAL_URL,
        'DCTERMS.spatial': `${report.region.join('')}（${report.divisionCode}）`,
        citation_title: report.title,
        citation_author: report.issuer,
        citation_publication_date: report.publishedAt!.replaceAll('-', '/'),
        citation_public_url: url,
      });
      expect(await page.locator('link[rel="schema.DC"]').count()).toBe(1);
    });
  });
});

describe('cite', () => {
  it('gives the GB/T 7714-2015 reference with today’s date as the reader’s 引用日期, and copies it and the permalink, announced', async () => {
    const report = byId.get('530181003-2021')!.data;
    const url = `${SITE}/reports/530181003-2021/`;
    await withPage('/reports/530181003-2021/', async (page) => {
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      const expected = gbtReference(report, url, today);
      expect(await page.locator('[data-reference]').textContent()).toBe(expected);
      expect(await page.locator('[data-cited-date-note]').isVisible()).toBe(false);
      const copy = page.getByRole('button', { name: '复制参考文献' });
      await copy.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(await page.locator('.fz-cite [role="status"]').textContent()).toBe(`已复制参考文献：${expected}`);
      await page.getByRole('button', { name: '复制永久链接' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      expect(await page.locator('[data-permalink]').getAttribute('href')).toBe(url);
    });
  });

  it('without JavaScript, leaves the 引用日期 for the reader to fill in and says so; no dead copy buttons', async () => {
    await withPage(
      '/reports/530181003-2021/',
      async (page) => {
        expect(await page.locator('[data-reference]').textContent()).toContain('[引用日期]');
        expect(await page.locator('[data-cited-date-note]').isVisible()).toBe(true);
        expect(await page.locator('[data-cited-date-note]').textContent()).toContain('请改为您查阅本页的日期');
        expect(await page.locator('.fz-cite button:visible').count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });

  it('puts a copy-link control on every heading and paragraph: visible without hover, by keyboard, announced, text unchanged', async () => {
    await withPage('/reports/530181003-2021/', async (page) => {
      const anchored = await page.locator('[data-report-text] :is(h2, h3, h4, h5, h6, p, li)[id]').count();
      expect(anchored).toBeGreaterThan(10);
      const buttons = page.locator('[data-report-text] button.fz-copy-link');
      expect(await buttons.count()).toBe(anchored);
      // Each control sits in its passage, and adds no characters to the text read, searched or copied.
      expect(
        await page
          .locator('[data-report-text] :is(h2, h3, h4, h5, h6, p, li)[id]:not(:has(> button.fz-copy-link))')
          .count(),
      ).toBe(0);
      const firstHeading = page.locator('[data-report-text] h2').first();
      expect(await firstHeading.textContent()).toBe('一、2021年度法治政府建设的主要举措和成效');
      const button = page.locator('#p-2 > button.fz-copy-link');
      expect(await button.isVisible()).toBe(true);
      expect(await button.getAttribute('aria-label')).toBe('复制第2段的链接');
      await button.focus();
      await page.keyboard.press('Enter');
      const link = `${SITE}/reports/530181003-2021/#p-2`;
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      const status = page.locator('[data-copy-status]');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.textContent()).toBe(`已复制第2段的链接：${link}`);
      expect(new URL(page.url()).hash).toBe('#p-2');
      await page.locator(`#${await firstHeading.getAttribute('id')} > button.fz-copy-link`).press('Space');
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`${SITE}/reports/530181003-2021/#s-1`);
    });
  });
});
