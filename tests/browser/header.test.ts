import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { withPageSession } from './page-session.ts';
import { contrastRatio } from './contrast.ts';

/**
 * The page top on a phone and on a desktop (reader settings, the site's name, the menu), what
 * elder mode keeps, and the controls a reader without JavaScript must not meet. Geometry is
 * measured in Chromium at 375×812 (an iPhone X-class phone) and 1280×900.
 */

const base = inject('baseUrl');
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const REPORT = '/reports/530181003-2021/';
const PAGES = {
  home: '/',
  report: REPORT,
  browse: '/browse/',
  place: '/place/440304/',
  search: `/search/?q=${encodeURIComponent('枫桥经验')}`,
  coverage: '/coverage/',
  stats: '/stats/',
  data: '/data/',
  accessibility: '/accessibility/',
  'not found': '/404.html',
};
const MODES: Record<string, Record<string, string>> = {
  default: {},
  elder: { 'fzbg.elder': 'on' },
  超大: { 'fzbg.size': '4' },
  'elder + 超大': { 'fzbg.elder': 'on', 'fzbg.size': '4' },
  'high contrast': { 'fzbg.contrast': 'high' },
};

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
  options: { viewport?: { width: number; height: number }; storage?: Record<string, string>; js?: boolean } = {},
): Promise<T> {
  return withPageSession(browser, `${base}${path}`, use, {
    viewport: options.viewport ?? PHONE,
    storage: options.storage,
    javaScriptEnabled: options.js,
  });
}

/** What the page top shows, measured in the page. */
interface HeaderGeometry {
  /** Bottom of the navigation (the page top ends there), in px from the top of the page. */
  bottom: number;
  /** Names of the shown controls of the reader settings. */
  settings: string[];
  /** Whether those controls all sit on one line. */
  settingsOneRow: boolean;
  /** Whether the site's name and the 菜单 button share a line. */
  titleBesideMenu: boolean;
  menuShown: boolean;
  navLinksShown: number;
  navOneRow: boolean;
}

function headerGeometry(page: Page): Promise<HeaderGeometry> {
  return page.evaluate(() => {
    const shown = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
    // Boxes of one line (centred, of different heights) all cross one horizontal line.
    const oneRow = (els: Element[]) => {
      const boxes = els.map((el) => el.getBoundingClientRect());
      return boxes.length < 2 || Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
    };
    const settings = [...document.querySelectorAll('[data-reader-settings] button')].filter(shown);
    const title = document.querySelector('.fz-header__title a')!;
    const menu = document.querySelector('[data-menu-toggle]')!;
    const links = [...document.querySelectorAll('nav[aria-label="主导航"] a')].filter(shown);
    const nav = document.querySelector('nav[aria-label="主导航"]')!;
    const header = document.querySelector('body > header')!;
    return {
      bottom: Math.max(header.getBoundingClientRect().bottom, nav.getBoundingClientRect().bottom) + window.scrollY,
      settings: settings.map((b) => b.textContent!.trim()),
      settingsOneRow: oneRow(settings),
      titleBesideMenu: shown(menu) && title.getClientRects().length === 1 && oneRow([title, menu]),
      menuShown: shown(menu),
      navLinksShown: links.length,
      navOneRow: oneRow(links),
    };
  });
}

describe('the page top on a phone (375×812)', () => {
  for (const [mode, storage] of Object.entries(MODES)) {
    it(`keeps the settings to one 阅读设置 button and the menu behind 菜单 (${mode})`, async () => {
      for (const path of [PAGES.home, PAGES.report, PAGES.search]) {
        await withPage(
          path,
          async (page) => {
            const top = await headerGeometry(page);
            expect(top.settings, `${path}: settings shown`).toEqual(['阅读设置']);
            expect(top.menuShown, path).toBe(true);
            expect(top.navLinksShown, path).toBe(0);
            // At most half the first screen; measured 109 px by default, 339 px in elder mode at 超大 (was 359 and 1,184).
            expect(top.bottom, path).toBeLessThanOrEqual(PHONE.height / 2);
            // At the standard size the name and 菜单 share one row.
            if (!storage['fzbg.elder'] && !storage['fzbg.size']) expect(top.titleBesideMenu, path).toBe(true);
          },
          { storage },
        );
      }
    });
  }

  it('opens all the settings in a panel, in Tab order after its button; Esc closes it and returns focus', async () => {
    await withPage(REPORT, async (page) => {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('跳到正文');
      await page.keyboard.press('Tab');
      const toggle = page.getByRole('button', { name: '阅读设置' });
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      const panelId = await toggle.getAttribute('aria-controls');
      const panel = page.locator(`[id="${panelId}"]`);
      expect(await panel.isVisible()).toBe(false);

      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.getAttribute('role')).toBe('group');
      const order: string[] = [];
      for (let i = 0; i < 7; i++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
      }
      expect(order).toEqual(['长者模式', '标准', '较大', '大', '特大', '超大', '高对比度']);
      // Every setting is in the panel and works from it.
      await page.keyboard.press('Enter');
      expect(await page.locator('html').getAttribute('data-contrast')).toBe('high');
      expect(await panel.isVisible()).toBe(true);

      await page.keyboard.press('Escape');
      expect(await panel.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    });
  });

  it('keeps the panel open while a larger text size or elder mode is chosen in it', async () => {
    await withPage('/', async (page) => {
      await page.getByRole('button', { name: '阅读设置' }).click();
      await page.getByRole('button', { name: '超大', exact: true }).click();
      await page.getByRole('button', { name: '长者模式' }).click();
      expect(await page.locator('html').getAttribute('data-size')).toBe('4');
      expect(await page.getByRole('button', { name: '长者模式' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: '阅读设置' }).getAttribute('aria-expanded')).toBe('true');
    });
  });

  it('opens the menu with 菜单, right after it in Tab order; Esc closes it and returns focus', async () => {
    await withPage('/browse/', async (page) => {
      const menu = page.getByRole('button', { name: '菜单' });
      const nav = page.locator('nav[aria-label="主导航"]');
      expect(await menu.getAttribute('aria-controls')).toBe(await nav.getAttribute('id'));
      await menu.focus();
      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      const links = await nav.getByRole('link').evaluateAll((els) => els.map((el) => el.checkVisibility()));
      expect(links).toEqual([true, true, true, true, true, true]);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('首页');
      expect(await nav.getByRole('link', { name: '浏览报告' }).getAttribute('aria-current')).toBe('page');
      await page.keyboard.press('Escape');
      expect(await nav.isVisible()).toBe(false);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    });
  });
});

describe('the page top on wider screens', () => {
  for (const [mode, storage] of Object.entries(MODES)) {
    it(`keeps the settings strip and the menu in one row each at 1280 px (${mode})`, async () => {
      await withPage(
        '/',
        async (page) => {
          const top = await headerGeometry(page);
          const strip = ['长者模式', '标准', '较大', '大', '特大', '超大', '高对比度'];
          expect(top.settingsOneRow).toBe(true);
          expect(top.navOneRow).toBe(true);
          if (storage['fzbg.size']) {
            // 超大 fills about 1,250 of the 1,280 px (measured with Noto Sans SC): either state is right, never two rows.
            expect([strip, ['阅读设置']]).toContainEqual(top.settings);
            expect(top.menuShown ? top.navLinksShown : 6 - top.navLinksShown).toBe(0);
          } else {
            expect(top.settings).toEqual(strip);
            expect(top.menuShown).toBe(false);
            expect(top.navLinksShown).toBe(6);
          }
        },
        { storage, viewport: DESKTOP },
      );
    });
  }

  it('folds the strip and the menu when they would wrap, and unfolds them when they fit again', async () => {
    await withPage(
      '/',
      async (page) => {
        // 768 px (a tablet) at the standard size: both fit.
        let top = await headerGeometry(page);
        expect(top.settings).toHaveLength(7);
        expect(top.settingsOneRow).toBe(true);
        expect(top.navOneRow && !top.menuShown).toBe(true);
        // Choosing 超大 in the strip makes it wrap: it folds, open, with focus where it was.
        await page.getByRole('button', { name: '超大', exact: true }).click();
        top = await headerGeometry(page);
        expect(top.settings[0]).toBe('阅读设置');
        expect(top.settings).toHaveLength(8);
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('超大');
        // Elder mode at 超大 (42 px links) makes the menu wrap too: it folds behind 菜单.
        await page.getByRole('button', { name: '长者模式' }).click();
        top = await headerGeometry(page);
        expect(top.menuShown).toBe(true);
        expect(top.navLinksShown).toBe(0);
        // Back to the standard mode and size from the panel: one row each again.
        await page.getByRole('button', { name: '长者模式' }).click();
        await page.getByRole('button', { name: '标准', exact: true }).click();
        top = await headerGeometry(page);
        expect(top.settings).toHaveLength(7);
        expect(top.settingsOneRow).toBe(true);
        expect(top.menuShown).toBe(false);
        expect(top.navLinksShown).toBe(6);
        expect(top.navOneRow).toBe(true);
      },
      { viewport: { width: 768, height: 1024 } },
    );
  });
});

describe('elder mode keeps every fact', () => {
  /** The text of every shown element of main and the footer that holds text of its own. */
  const shownTexts = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('main *, body > footer *')]
        .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 0)
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
        .map((el) => el.textContent!.replace(/\s+/g, ' ').trim()),
    );

  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`shows in elder mode all the text the default mode shows, caveat and provenance included (${name})`, async () => {
      for (const path of [REPORT, '/reports/120116011-2022/', '/', '/data/']) {
        const plain = await withPage(path, shownTexts, { viewport });
        const elder = await withPage(
          path,
          async (page) => {
            const caveat = page.locator('body > footer p', { hasText: '为准' });
            expect(await caveat.innerText(), path).toMatch(/正文以\s*原网页\s*为准/);
            expect(await caveat.isVisible(), path).toBe(true);
            if (path.startsWith('/reports/')) {
              // One tap away in every mode (the report's first screen is its text): opened, every row shows.
              await page.locator('[data-report-info] > summary').click();
              const provenance = page.getByRole('region', { name: '来源与校验' });
              expect(await provenance.isVisible(), path).toBe(true);
              for (const row of await provenance.locator('dt, dd').all())
                expect(await row.isVisible(), `${path}: ${await row.textContent()}`).toBe(true);
            }
            return shownTexts(page);
          },
          { viewport, storage: MODES.elder },
        );
        expect(plain.length, path).toBeGreaterThan(10);
        expect(
          plain.filter((text) => !elder.includes(text)),
          path,
        ).toEqual([]);
      }
    });
  }

  it('draws unchecked checkboxes with a border of at least 3:1 against the page, in every mode', async () => {
    for (const [mode, storage] of Object.entries(MODES)) {
      await withPage(
        '/search/',
        async (page) => {
          // On a phone the filters are behind 筛选（n）.
          await page.locator('[data-filter-toggle]').click();
          const boxes = await page.locator('input[type="checkbox"]').evaluateAll((inputs) =>
            inputs.slice(0, 3).map((input) => {
              let bg = 'rgba(0, 0, 0, 0)';
              for (let node = input.parentElement; node && /rgba\(0, 0, 0, 0\)/.test(bg); node = node.parentElement)
                bg = getComputedStyle(node).backgroundColor;
              const style = getComputedStyle(input);
              (input as HTMLInputElement).checked = true;
              const checked = getComputedStyle(input).backgroundColor;
              (input as HTMLInputElement).checked = false;
              return {
                appearance: style.appearance,
                width: parseFloat(style.borderTopWidth),
                border: style.borderTopColor,
                fill: style.backgroundColor,
                checked,
                page: /rgba\(0, 0, 0, 0\)/.test(bg) ? 'rgb(255, 255, 255)' : bg,
              };
            }),
          );
          expect(boxes.length, mode).toBe(3);
          for (const box of boxes) {
            // The site draws the box (the browser's own does not follow the theme's colours).
            expect(box.appearance, mode).toBe('none');
            expect(box.width, mode).toBeGreaterThanOrEqual(2);
            expect(contrastRatio(box.border, box.page), `${mode}: ${box.border} on ${box.page}`).toBeGreaterThanOrEqual(
              3,
            );
            expect(contrastRatio(box.checked, box.fill), `${mode}: checked ${box.checked}`).toBeGreaterThanOrEqual(3);
          }
        },
        { storage },
      );
    }
  });
});

describe('without JavaScript', () => {
  it('shows no control that needs it, on any page type, and the whole menu', async () => {
    for (const path of Object.values(PAGES)) {
      await withPage(
        path,
        async (page) => {
          const shown = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('button, select, [role="button"]')]
              .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 0)
              // A form's own submit button works without a script (it loads its action).
              .filter((el) => !(el instanceof HTMLButtonElement && el.type === 'submit' && el.form?.action))
              .map((el) => el.textContent!.trim()),
          );
          expect(shown, path).toEqual([]);
          for (const name of ['阅读设置', '长者模式', '菜单', '扫一扫 · 在手机上打开'])
            expect(await page.getByRole('button', { name }).isVisible(), `${path}: ${name}`).toBe(false);
          const links = await page
            .getByRole('navigation', { name: '主导航' })
            .getByRole('link')
            .evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
          expect(links, path).toBe(6);
        },
        { js: false },
      );
    }
    // The same pages with JavaScript do show them (the check above can fail).
    await withPage(REPORT, async (page) => {
      expect(await page.getByRole('button', { name: '阅读设置' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: '扫一扫 · 在手机上打开' }).isVisible()).toBe(true);
    });
  });
});
