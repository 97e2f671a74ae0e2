import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { presetStorage } from './page-session.ts';

/**
 * One axe sweep for every page type: WCAG 2.2 AA tags, in the default, elder and high-contrast
 * modes, at 320 px (a small phone; the folded header opened: the 阅读设置 panel and the menu)
 * and 1280 px. Used by axe.test.ts on the sample site and by across-years.test.ts on the demo's
 * own pages (coverage, compare, stats).
 */

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const AXE_MODES: Record<string, Record<string, string>> = {
  default: {},
  elder: { 'fzbg.elder': 'on', 'fzbg.size': '2' },
  'high contrast': { 'fzbg.contrast': 'high' },
};
export const AXE_WIDTHS = [320, 1280] as const;

/** Opens the page top's folded parts (shown at narrow widths), so axe sees them. */
async function openFoldedHeader(page: Page): Promise<string[]> {
  const opened: string[] = [];
  for (const name of ['阅读设置', '菜单']) {
    const toggle = page.getByRole('button', { name, exact: true });
    if (await toggle.isVisible()) {
      await toggle.click();
      opened.push(name);
    }
  }
  return opened;
}

/**
 * Loads `url` in `mode` at `width` (opening the folded header at 320 px, which must be folded
 * there) and returns axe's violations, one line each, and how many checks passed.
 */
export async function axeSweep(
  browser: Browser,
  url: string,
  mode: string,
  width: number,
  ready: (page: Page) => Promise<void> = async () => {},
): Promise<{ violations: string[]; passes: number; opened: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await presetStorage(page, AXE_MODES[mode]!);
    await page.goto(url);
    await ready(page);
    const opened = width < 640 ? await openFoldedHeader(page) : [];
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const violations = results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
    return { violations, passes: results.passes.length, opened };
  } finally {
    await context.close();
  }
}
