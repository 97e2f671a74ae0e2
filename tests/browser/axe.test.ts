import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';

const base = inject('baseUrl');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGES = {
  home: '/',
  report: '/reports/530181003-2021/',
  browse: '/browse/',
  'browse by year': '/browse/year/2021/',
  'browse by level': '/browse/level/township/',
  place: '/place/440304/',
  search: `/search/?q=${encodeURIComponent('枫桥经验')}`,
  accessibility: '/accessibility/',
  'report with corrections': '/reports/120116011-2022/',
  data: '/data/',
  coverage: '/coverage/',
  'coverage of a county': '/coverage/310110/',
  stats: '/stats/',
  'not found': '/404.html',
};
const MODES: Record<string, Record<string, string>> = {
  default: {},
  elder: { 'fzbg.elder': 'on', 'fzbg.size': '2' },
  'high contrast': { 'fzbg.contrast': 'high' },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe (WCAG 2.2 AA tags): zero violations', () => {
  for (const [mode, storage] of Object.entries(MODES)) {
    for (const [name, path] of Object.entries(PAGES)) {
      it(`${name} page, ${mode} mode`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript((entries) => {
          for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
        }, storage);
        await page.goto(`${base}${path}`);
        if (name === 'search') await page.locator('#search-results li').first().waitFor();
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
        expect(summary).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
        await context.close();
      });
    }
  }
});
