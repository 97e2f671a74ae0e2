import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { AXE_MODES, AXE_WIDTHS, axeSweep } from './axe-sweep.ts';

const base = inject('baseUrl');
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

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe (WCAG 2.2 AA tags): zero violations', () => {
  for (const mode of Object.keys(AXE_MODES)) {
    for (const width of AXE_WIDTHS) {
      for (const [name, path] of Object.entries(PAGES)) {
        it(`${name} page, ${mode} mode, ${width} px${width < 640 ? ', 阅读设置 and 菜单 open' : ''}`, async () => {
          const { violations, passes, opened } = await axeSweep(
            browser,
            `${base}${path}`,
            mode,
            width,
            async (page) => {
              if (name === 'search') await page.locator('#search-results li').first().waitFor();
            },
          );
          expect(violations).toEqual([]);
          expect(passes).toBeGreaterThan(10);
          // At 320 px the header is folded, and its panels were open for the check.
          expect(opened).toEqual(width < 640 ? ['阅读设置', '菜单'] : []);
        });
      }
    }
  }
});
