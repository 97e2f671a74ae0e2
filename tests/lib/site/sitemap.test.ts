import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isSitemapPage, SITEMAP_ENTRY_LIMIT, SITEMAP_OPTIONS } from '../../../src/lib/site/sitemap.ts';

const SITE = 'https://archive.example.org';

/** Runs the real @astrojs/sitemap integration, with the site's options, over a list of built paths. */
async function buildSitemap(pathnames: string[]): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
  const integration = sitemap(SITEMAP_OPTIONS);
  const hooks = integration.hooks as Record<string, (arg: unknown) => Promise<void> | void>;
  const logger = {
    info() {},
    warn(message: string) {
      throw new Error(message);
    },
    error(message: string) {
      throw new Error(message);
    },
  };
  await hooks['astro:routes:resolved']!({ routes: [] });
  await hooks['astro:config:done']!({
    config: { site: SITE, base: '/', trailingSlash: 'always', build: { format: 'directory' } },
  });
  await hooks['astro:build:done']!({
    dir: pathToFileURL(`${out}/`),
    pages: pathnames.map((pathname) => ({ pathname })),
    logger,
  });
  return out;
}

describe('sitemap', () => {
  const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

  it(`splits past ${SITEMAP_ENTRY_LIMIT.toLocaleString('en')} URLs, the most one sitemap file may list`, async () => {
    const pages = Array.from({ length: SITEMAP_ENTRY_LIMIT + 1 }, (_, i) => `reports/${String(100000 + i)}-2024/`);
    const out = await buildSitemap(pages);
    const index = parser.parse(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).sitemapindex;
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      `${SITE}/sitemap-0.xml`,
      `${SITE}/sitemap-1.xml`,
    ]);
    const sizes = [0, 1].map(
      (n) => parser.parse(readFileSync(join(out, `sitemap-${n}.xml`), 'utf8')).urlset.url.length,
    );
    expect(sizes).toEqual([SITEMAP_ENTRY_LIMIT, 1]);
  }, 60_000);

  it('lists pages only, not downloads, feeds or data files', async () => {
    const out = await buildSitemap([
      '',
      'data/',
      'reports/530181003-2021/',
      'reports/530181003-2021/report.json',
      'feeds/all.xml',
      'data/reports.csv',
      't2s/1.json',
    ]);
    const urls = parser
      .parse(readFileSync(join(out, 'sitemap-0.xml'), 'utf8'))
      .urlset.url.map((u: { loc: string }) => u.loc);
    expect(urls.sort()).toEqual([`${SITE}/`, `${SITE}/data/`, `${SITE}/reports/530181003-2021/`]);
    expect(isSitemapPage(`${SITE}/feeds/place/530000.xml`)).toBe(false);
  });
});
