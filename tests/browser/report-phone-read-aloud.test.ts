import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { spokenUtterances, stubSpeech, withPageSession } from './page-session.ts';

/**
 * Issue 16, item 3: read-aloud from anywhere. Reading starts at any heading (its 朗读 button),
 * at the paragraph in view (从这里朗读) or at the one a copied link points to; the controls
 * stay in view while reading without covering the sentence read; without a Chinese voice a
 * note says so and how to add one. Headless Chromium has no voices at all, which is the
 * no-voice case; for speaking, a test double of speechSynthesis records what is queued.
 */

const base = inject('baseUrl');
const PHONE = { width: 375, height: 812 };
const REPORT = '/reports/530181003-2021/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const spoken = async (page: Page) => (await spokenUtterances(page)).map((utterance) => utterance.text);
/** An element's text without white space (read-aloud normalizes it; chunks are its pieces). */
const flat = (text: string) => text.replace(/\s+/g, '');
const textOf = async (page: Page, selector: string) => flat((await page.locator(selector).first().textContent()) ?? '');
/** Asserts that the first utterance queued is the start of `text` (a sentence, or a long one's first clause). */
async function expectFirstQueued(page: Page, text: string): Promise<void> {
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  const first = flat((await spoken(page))[0]!);
  expect(first.length).toBeGreaterThan(4);
  expect(text.startsWith(first), `queued first: ${first}`).toBe(true);
}

function withPage<T>(
  use: (page: Page) => Promise<T>,
  options: {
    voices?: Array<{ lang: string; name: string }>;
    clipboard?: boolean;
    storage?: Record<string, string>;
  } = {},
): Promise<T> {
  const { voices, ...session } = options;
  return withPageSession(browser, `${base}${REPORT}`, use, {
    ...session,
    viewport: PHONE,
    beforeLoad: voices ? (page) => stubSpeech(page, voices, 400) : undefined,
  });
}
const CHINESE = [{ lang: 'zh-CN', name: '中文' }];

describe('read-aloud from anywhere', () => {
  it('starts at a heading with that heading’s own 朗读 button', async () => {
    await withPage(
      async (page) => {
        const button = page.getByRole('button', { name: '从“二、存在问题”开始朗读' });
        await button.focus();
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(1);
        expect((await spoken(page))[0]).toBe('二、存在问题');
        expect((await textOf(page, '#s-2 ~ p')).startsWith(flat((await spoken(page))[1]!))).toBe(true);
        // The heading's text is unchanged by its buttons (nothing generated joins it).
        expect(await page.locator('#s-2').textContent()).toBe('二、存在问题');
      },
      { voices: CHINESE },
    );
  });

  it('reads the whole text from the top, and from the first paragraph in view once scrolled (从这里朗读)', async () => {
    await withPage(
      async (page) => {
        expect(await page.getByRole('button', { name: '朗读全文' }).isVisible()).toBe(true);
        // Scroll so that p-6 is the first block under the stuck bar.
        await page.evaluate(() => {
          const target = document.getElementById('p-6')!;
          window.scrollBy(0, target.getBoundingClientRect().top - 120);
        });
        const fromHere = page.getByRole('button', { name: '从这里朗读' });
        await expect.poll(() => fromHere.isVisible()).toBe(true);
        // Measured and pressed in one task, so nothing (a control appearing in the bar) moves in between.
        const first = await page.evaluate(() => {
          const bar = document.querySelector('[data-reading-bar]')!.getBoundingClientRect().bottom;
          const blocks = [
            ...document.querySelectorAll<HTMLElement>('[data-report-text] :is(h2, h3, h4, p, li)'),
          ].filter((b) => !b.querySelector('h2, h3, h4, p, li'));
          const index = blocks.findIndex((b) => b.getBoundingClientRect().bottom > bar + 8);
          [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === '从这里朗读')!.click();
          return { index, text: (blocks[index]!.textContent ?? '').replace(/\s+/g, '') };
        });
        expect(first.index).toBeGreaterThan(5);
        await expectFirstQueued(page, first.text);
      },
      { voices: CHINESE },
    );
  });

  it('starts at the paragraph whose link was just copied (the address points to it)', async () => {
    await withPage(
      async (page) => {
        await page.locator('#p-9 > button.fz-copy-link').click();
        expect(new URL(page.url()).hash).toBe('#p-9');
        await page.getByRole('button', { name: /朗读/ }).first().click();
        await expectFirstQueued(page, await textOf(page, '#p-9'));
      },
      { voices: CHINESE, clipboard: true },
    );
  });

  it('keeps the controls in view at the top while reading, never over the sentence being read', async () => {
    await withPage(
      async (page) => {
        await page.getByRole('button', { name: '从“三、下一步工作 计划”开始朗读' }).click();
        await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(2);
        await page.waitForTimeout(700); // the smooth scroll to the sentence has settled
        const { bar, speaking, pause } = await page.evaluate(() => {
          const box = (el: Element) => {
            const r = el.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom };
          };
          return {
            bar: box(document.querySelector('[data-reading-bar]')!),
            speaking: box(document.querySelector('[data-report-text] .fz-read-aloud__speaking')!),
            pause: box([...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === '暂停')!),
          };
        });
        expect(bar.top).toBe(0);
        expect(pause.top).toBeGreaterThanOrEqual(0);
        expect(pause.bottom).toBeLessThanOrEqual(bar.bottom);
        expect(speaking.top).toBeGreaterThanOrEqual(bar.bottom);
        expect(speaking.bottom).toBeLessThanOrEqual(PHONE.height);
        // Stopping gives focus back to the play control, not to the page.
        await page.getByRole('button', { name: '停止' }).focus();
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('play');
      },
      { voices: CHINESE },
    );
  });
});

/** The reading bar's box and whether its shown parts lie on one row (each crosses the others' line). */
const barLayout = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('[data-reading-bar]')!;
    const boxes = [...bar.querySelectorAll('[data-current-section], button, select, summary')]
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.width > 0);
    const { top, bottom, height } = bar.getBoundingClientRect();
    return {
      top,
      bottom,
      height,
      controls: boxes.length,
      oneRow: Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom)),
    };
  });
const scrollToMiddle = async (page: Page) => {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForTimeout(300);
};

describe('the reading bar’s size on a phone', () => {
  it('stays one row while reading aloud at the default size: the section name gives way to the controls', async () => {
    await withPage(
      async (page) => {
        await scrollToMiddle(page);
        await page.locator('[data-reading-bar] [data-action="play"]').click();
        await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
        await expect.poll(() => page.getByRole('button', { name: '停止' }).isVisible()).toBe(true);
        const layout = await barLayout(page);
        expect(layout.controls).toBeGreaterThanOrEqual(3); // 暂停, 停止, 语速 (and 回到顶部)
        expect(layout.oneRow).toBe(true);
        expect(layout.top).toBe(0);
        // 语速 keeps its name for assistive technology though its word is not shown.
        expect(await page.getByRole('combobox', { name: '语速' }).isVisible()).toBe(true);
      },
      { voices: CHINESE },
    );
  });

  it('in elder mode at 超大 keeps 暂停 and 停止 in view while reading, though they take more than one row', async () => {
    await withPage(
      async (page) => {
        await scrollToMiddle(page);
        await page.locator('[data-reading-bar] [data-action="play"]').click();
        await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(1);
        await page.waitForTimeout(700); // the scroll to the sentence has settled
        const layout = await barLayout(page);
        expect(layout.oneRow).toBe(false);
        expect(layout.top).toBe(0);
        for (const name of ['暂停', '停止']) {
          const box = (await page.getByRole('button', { name }).boundingBox())!;
          expect(box.y, name).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, name).toBeLessThanOrEqual(layout.bottom);
        }
      },
      { voices: CHINESE, storage: { 'fzbg.elder': 'on', 'fzbg.size': '4' } },
    );
  });

  it('with the no-voice help opened far down the page, shows the help and scrolls with the page instead of covering it', async () => {
    await withPage(async (page) => {
      await scrollToMiddle(page);
      const note = page.locator('[data-no-voice]');
      await expect.poll(() => note.isVisible(), { timeout: 5000 }).toBe(true);
      expect((await barLayout(page)).top).toBe(0); // closed, it sticks
      await note.locator('summary').click();
      await page.waitForTimeout(700);
      const summary = (await note.locator('summary').boundingBox())!;
      expect(summary.y).toBeGreaterThanOrEqual(0);
      expect(summary.y).toBeLessThan(PHONE.height / 2);
      // Taller than a quarter of the screen: reading on moves it away, and its last line can be read.
      const last = note.locator('p').last();
      await last.scrollIntoViewIfNeeded();
      const lastBox = (await last.boundingBox())!;
      expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(PHONE.height);
      await page.evaluate(() => window.scrollBy(0, 1200));
      await page.waitForTimeout(300);
      expect((await barLayout(page)).bottom).toBeLessThan(0);
    });
  });
});

describe('read-aloud without a Chinese voice', () => {
  it('says so and how to add one, in real headless Chromium (which has no voices)', async () => {
    await withPage(async (page) => {
      expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
      const note = page.locator('[data-no-voice]');
      await expect.poll(() => note.isVisible(), { timeout: 5000 }).toBe(true);
      expect(await note.locator('summary').textContent()).toBe('无法朗读：本机没有中文语音');
      expect(await page.getByRole('button', { name: /朗读/ }).count()).toBe(0);
      await note.locator('summary').click();
      const help = await note.innerText();
      for (const system of ['Windows', 'macOS', 'Android', 'iPhone'])
        expect(help, system).toMatch(new RegExp(`${system}[^\\n]*设置`));
      expect(help).toContain('中文');
    });
  });

  it('says so when the only voices are not Chinese', async () => {
    await withPage(
      async (page) => {
        await expect.poll(() => page.locator('[data-no-voice]').isVisible()).toBe(true);
        expect(await page.locator('[data-read-aloud-controls]').isVisible()).toBe(false);
      },
      { voices: [{ lang: 'en-US', name: 'English' }] },
    );
  });
});
