import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { type PageSessionOptions, spokenUtterances, stubSpeech, withPageSession } from './page-session.ts';

/**
 * Scripted checks for each requirement in docs/accessibility.md that axe cannot make,
 * on every page type. Item numbers refer to that document's table.
 */

const base = inject('baseUrl');
const outDir = inject('outDir');
const PAGES = {
  home: '/',
  report: '/reports/530181003-2021/',
  browse: '/browse/',
  place: '/place/440304/',
  search: `/search/?q=${encodeURIComponent('枫桥经验')}`,
  accessibility: '/accessibility/',
  data: '/data/',
  'not found': '/404.html',
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
  use: (page: Page, context: BrowserContext) => Promise<T>,
  options: Pick<PageSessionOptions, 'storage' | 'viewport' | 'beforeLoad' | 'bypassCSP'> = {},
): Promise<T> {
  return withPageSession(browser, `${base}${path}`, use, {
    ...options,
    afterLoad: async (page) => {
      if (path.startsWith('/search/')) await page.locator('#search-results li').first().waitFor();
    },
  });
}

const htmlFiles = (): string[] =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(outDir, f));

describe('1. no third-party anything', () => {
  it('the built site loads no resource from another origin', () => {
    const offenders: string[] = [];
    const resource =
      /<(?:script|link|img|iframe|source|video|audio|embed)\b[^>]*?\s(?:src|href)="(?:https?:)?\/\/[^"]*"/gi;
    // A canonical link and a metadata schema's namespace (schema.DC) name an address; nothing fetches them.
    const identifier = /^<link\b[^>]*\srel="(?:canonical|schema\.\w+)"/i;
    for (const file of htmlFiles()) {
      for (const match of readFileSync(file, 'utf8').matchAll(resource))
        if (!identifier.test(match[0])) offenders.push(`${file}: ${match[0].slice(0, 120)}`);
    }
    for (const file of readdirSync(join(outDir, '_astro')).filter((f) => /\.(css|js)$/.test(f))) {
      const text = readFileSync(join(outDir, '_astro', file), 'utf8');
      for (const match of text.matchAll(/url\((["']?)(?:https?:)?\/\/[^)]*\)|@import\s+["']?(?:https?:)?\/\//g))
        offenders.push(`${file}: ${match[0]}`);
    }
    expect(htmlFiles().length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});

describe('2–4, 10. elder mode', () => {
  it('has its switch first after the skip link, on every page type', async () => {
    for (const path of Object.values(PAGES)) {
      await withPage(path, async (page) => {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent), path).toBe('长者模式');
        await page.keyboard.press('Enter');
        expect(await page.locator('html').getAttribute('data-elder'), path).toBe('');
      });
    }
  });

  it('uses an extra-large cursor on pointer devices and one column for the report', async () => {
    await withPage(
      '/reports/530181003-2021/',
      async (page) => {
        const cursor = await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).cursor);
        expect(cursor).toMatch(/url\(.*cursor-large\.svg/);
        const columns = await page.evaluate(
          () => getComputedStyle(document.querySelector('.fz-report__layout')!).gridTemplateColumns.split(' ').length,
        );
        expect(columns).toBe(1);
      },
      { storage: { 'fzbg.elder': 'on' } },
    );
  });
});

describe('5. the browser’s own text size is honoured', () => {
  it('doubles body text when the default font size goes from 16px to 32px', async () => {
    await withPage('/reports/530181003-2021/', async (page, context) => {
      const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
      const before = await size();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.reload();
      expect(await size()).toBeCloseTo(before * 2, 1);
      // 200% text loses nothing: no sideways scrolling, no clipped control.
      const layout = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: window.innerWidth,
        clipped: [...document.querySelectorAll<HTMLElement>('button, a, h1, h2, label')].filter(
          (el) =>
            el.offsetParent !== null &&
            !el.closest('.fz-visually-hidden') &&
            el.scrollWidth > el.clientWidth + 1 &&
            /hidden|clip/.test(getComputedStyle(el).overflowX),
        ).length,
      }));
      expect(layout.scroll).toBeLessThanOrEqual(layout.width);
      expect(layout.clipped).toBe(0);
    });
  });
});

describe('6. reflow at 320 CSS px', () => {
  const modes: Record<string, Record<string, string>> = {
    default: {},
    elder: { 'fzbg.elder': 'on' },
    'largest text': { 'fzbg.size': '4' },
  };
  for (const [mode, storage] of Object.entries(modes)) {
    it(`no horizontal scrolling on any page type (${mode})`, async () => {
      for (const path of Object.values(PAGES)) {
        await withPage(
          path,
          async (page) => {
            const { scroll, width } = await page.evaluate(() => ({
              scroll: document.documentElement.scrollWidth,
              width: window.innerWidth,
            }));
            expect(scroll, `${path} is ${scroll}px wide`).toBeLessThanOrEqual(width);
          },
          { storage, viewport: { width: 320, height: 640 } },
        );
      }
    });
  }
});

describe('7. text spacing overrides', () => {
  it('clips nothing with WCAG 1.4.12 spacing applied', async () => {
    for (const path of Object.values(PAGES)) {
      await withPage(
        path,
        async (page) => {
          await page.addStyleTag({
            content:
              '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
          });
          const clipped = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('body *')]
              .filter(
                (el) =>
                  el.offsetParent !== null &&
                  !el.closest(
                    '[role="region"][tabindex], .fz-visually-hidden, nav[aria-labelledby="toc-heading"], aside',
                  ),
              )
              .filter((el) => {
                const style = getComputedStyle(el);
                const hides = /hidden|clip/.test(style.overflowX + style.overflowY);
                return hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
              })
              .map((el) => el.outerHTML.slice(0, 80)),
          );
          expect(clipped, path).toEqual([]);
          const { scroll, width } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            width: window.innerWidth,
          }));
          expect(scroll, path).toBeLessThanOrEqual(width);
          // The overrides stand for a reader's style sheet or extension, which the page's
          // Content-Security-Policy does not govern; injected as a <style> they would be blocked.
        },
        { bypassCSP: true },
      );
    }
  });
});

describe('8. reading measure and fonts', () => {
  const modes: Record<string, Record<string, string>> = { default: {}, elder: { 'fzbg.elder': 'on' } };
  for (const [mode, storage] of Object.entries(modes)) {
    it(`keeps report lines to at most 40 Han characters, line-height 1.6–1.8, not justified (${mode})`, async () => {
      await withPage(
        '/reports/440304008-2020/',
        async (page) => {
          const paragraphs = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('[data-report-text] p')].map((p) => {
              const style = getComputedStyle(p);
              return {
                width: p.getBoundingClientRect().width,
                size: parseFloat(style.fontSize),
                leading: parseFloat(style.lineHeight),
                align: style.textAlign,
              };
            }),
          );
          expect(paragraphs.length).toBeGreaterThan(5);
          for (const p of paragraphs) {
            expect(p.width / p.size).toBeLessThanOrEqual(40);
            expect(p.leading / p.size).toBeGreaterThanOrEqual(1.6);
            expect(p.leading / p.size).toBeLessThanOrEqual(1.8);
            expect(p.align).not.toBe('justify');
          }
        },
        { storage, viewport: { width: 1600, height: 900 } },
      );
    });
  }

  it('uses the system CJK fonts: no font files and no @font-face in the site', () => {
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
    const css = readdirSync(join(outDir, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(outDir, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).not.toMatch(/@font-face/);
    expect(css).toMatch(/PingFang SC.*Microsoft YaHei.*Noto Sans CJK SC/);
  });
});

describe('9. keyboard', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    it(`reaches every control on the ${name} page by Tab, focus visible and never hidden`, async () => {
      await withPage(path, async (page) => {
        // Controls inside disclosures count too: open them all first.
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
        });
        const controls = await page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]')]
              .filter(
                (el) =>
                  el.offsetParent !== null &&
                  !(el as HTMLButtonElement).disabled &&
                  el.getAttribute('tabindex') !== '-1',
              )
              .map((el, i) => {
                el.dataset.kbd = String(i);
                return i;
              }).length,
        );
        const reached = new Set<string>();
        for (let i = 0; i < controls + 5 && reached.size < controls; i++) {
          await page.keyboard.press('Tab');
          const state = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            el.scrollIntoView({ block: 'nearest' });
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            const top = document.elementFromPoint(
              box.left + Math.min(box.width / 2, 20),
              box.top + Math.min(box.height / 2, 10),
            );
            return {
              id: el.dataset.kbd ?? '',
              visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
              topmost: !!top && (el === top || el.contains(top) || top.contains(el)),
              label: el.textContent?.slice(0, 20) ?? el.tagName,
            };
          });
          if (!state) continue;
          expect(state.visible, `focus not visible on ${state.label}`).toBe(true);
          expect(state.topmost, `focused ${state.label} is covered`).toBe(true);
          if (state.id) reached.add(state.id);
        }
        expect(reached.size).toBe(controls);
      });
    });
  }
});

describe('11. read-aloud', () => {
  const speaking = (voices: Array<{ lang: string; name: string }>) => (page: Page) => stubSpeech(page, voices, 120);
  const spoken = spokenUtterances;

  it('reads sentence by sentence in Chinese, highlights the sentence, pauses, resumes, changes speed and stops', async () => {
    await withPage(
      '/reports/530181003-2021/',
      async (page) => {
        const panel = page.locator('[data-read-aloud]');
        expect(await panel.isVisible()).toBe(true);
        await page.getByRole('button', { name: '朗读全文' }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(3);
        const text = await page.locator('[data-report-text]').innerText();
        for (const utterance of await spoken(page)) {
          expect(utterance.lang).toBe('zh-CN');
          expect(utterance.text.length).toBeLessThanOrEqual(80);
          expect(text.replace(/\s+/g, '')).toContain(utterance.text.replace(/\s+/g, ''));
        }
        expect(
          await page.evaluate(() =>
            (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('read-aloud'),
          ),
        ).toBe(true);
        expect(await page.locator('[data-report-text] .fz-read-aloud__speaking').count()).toBe(1);
        await page.waitForTimeout(600); // let the (smooth) scroll settle
        const inView = await page.locator('[data-report-text] .fz-read-aloud__speaking').evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        });
        expect(inView).toBe(true);

        await page.getByRole('button', { name: '暂停' }).click();
        const paused = (await spoken(page)).length;
        await page.waitForTimeout(500);
        expect((await spoken(page)).length).toBe(paused);
        const last = (await spoken(page)).at(-1)!.text;
        await page.getByRole('button', { name: '继续朗读' }).click();
        await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(paused);
        expect((await spoken(page))[paused]!.text).toBe(last); // resumes at the sentence it paused on

        await page.getByLabel('语速').selectOption('1.5');
        await expect.poll(async () => (await spoken(page)).at(-1)!.rate).toBe(1.5);

        await page.getByRole('button', { name: '停止' }).click();
        const stopped = (await spoken(page)).length;
        await page.waitForTimeout(500);
        expect((await spoken(page)).length).toBe(stopped);
        expect(await page.locator('[data-report-text] .fz-read-aloud__speaking').count()).toBe(0);
        expect(await page.locator('[data-read-aloud-status]').textContent()).toBe('已停止朗读');
      },
      { beforeLoad: speaking([{ lang: 'zh-CN', name: '中文' }]) },
    );
  });

  it('jumps to the sentence being read at once, without smooth scrolling, under prefers-reduced-motion', async () => {
    await withPage(
      '/reports/530181003-2021/',
      async (page) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        // Reading from the first heading, far above: clicked and measured in one task, so a
        // smooth scroll would not have moved yet.
        const atOnce = await page.evaluate(() => {
          document.querySelector<HTMLButtonElement>('[data-report-text] h2 > button[data-read-from]')!.click();
          const box = document.querySelector('[data-report-text] .fz-read-aloud__speaking')!.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        });
        expect(atOnce).toBe(true);
      },
      { beforeLoad: speaking([{ lang: 'zh-CN', name: '中文' }]) },
    );
  });

  it('says so, with how to add one, when the browser has no Chinese voice (instead of hiding)', async () => {
    await withPage(
      '/reports/530181003-2021/',
      async (page) => {
        await expect.poll(() => page.locator('[data-no-voice]').isVisible()).toBe(true);
        expect(await page.locator('[data-read-aloud-controls]').isVisible()).toBe(false);
        expect(await page.locator('[data-no-voice] summary').textContent()).toBe('无法朗读：本机没有中文语音');
      },
      { beforeLoad: speaking([{ lang: 'en-US', name: 'English' }]) },
    );
  });
});

describe('12. themes and user preferences', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const [name, media] of Object.entries({
    'forced colors': { forcedColors: 'active' as const },
    'prefers-contrast: more': { contrast: 'more' as const },
    'reduced motion': { reducedMotion: 'reduce' as const },
  })) {
    it(`passes axe on the report page with ${name}`, async () => {
      await withPage('/reports/440304008-2020/', async (page) => {
        await page.emulateMedia(media);
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(results.violations.map((v) => v.id)).toEqual([]);
      });
    });
  }
  it('turns text black under prefers-contrast: more', async () => {
    await withPage('/', async (page) => {
      await page.emulateMedia({ contrast: 'more' });
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).color)).toBe('rgb(0, 0, 0)');
    });
  });
});

describe('13. structure', () => {
  it('gives every page a unique title and lang="zh-CN"', () => {
    const titles = htmlFiles().map((file) => {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/<html lang="zh-CN"/);
      return /<title>([^<]+)<\/title>/.exec(html)![1]!;
    });
    expect(new Set(titles).size).toBe(titles.length);
  });
  it('has one h1, a skip link to main and landmarks on every page type', async () => {
    for (const path of Object.values(PAGES)) {
      await withPage(path, async (page) => {
        expect(await page.locator('h1').count(), path).toBe(1);
        expect(await page.locator('header').count()).toBeGreaterThan(0);
        expect(await page.locator('main#main').count()).toBe(1);
        expect(await page.locator('nav[aria-label="主导航"]').count()).toBe(1);
        expect(await page.locator('footer').count()).toBe(1);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        // A report page's skip link goes to the report's title, past the breadcrumbs.
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(
          path.startsWith('/reports/') ? 'report-title' : 'main',
        );
      });
    }
  });
});

describe('15–16. print and 扫一扫', () => {
  it('prints without chrome, in pt, with the page address and a QR code, and renders a PDF', async () => {
    await withPage('/reports/440304008-2020/', async (page) => {
      await page.emulateMedia({ media: 'print' });
      for (const selector of [
        'body > header',
        'nav[aria-label="主导航"]',
        'body > footer',
        'button[data-qr-toggle]',
        'aside[aria-label="本报告目录"]',
      ]) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      const size = await page.evaluate(
        () => getComputedStyle(document.querySelector('[data-report-text] p')!).fontSize,
      );
      expect(size).toBe('16px'); // 12pt
      const address = page.locator('[data-print-address]');
      expect(await address.isVisible()).toBe(true);
      expect(await address.innerText()).toContain('/reports/440304008-2020/');
      expect(await address.locator('svg').count()).toBe(1);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
    });
  });

  it('keeps table rows whole across printed pages', async () => {
    const css = readdirSync(join(outDir, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(outDir, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).toMatch(/tr\{break-inside:avoid\}|tr \{ break-inside: avoid; \}/);
  });

  it('shows a QR popover with a text alternative that stays on hover and closes with Esc', async () => {
    await withPage('/reports/440304008-2020/', async (page) => {
      const toggle = page.getByRole('button', { name: /扫一扫/ });
      await toggle.focus();
      await page.keyboard.press('Enter');
      const popover = page.locator('#qr-popover');
      expect(await popover.isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await popover.locator('[role="img"]').getAttribute('aria-label')).toMatch(
        /^本页二维码，链接：http.*\/reports\/440304008-2020\/$/,
      );
      await popover.hover();
      await page.mouse.move(5, 5);
      expect(await popover.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await popover.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('qr-popover');
    });
  });
});
