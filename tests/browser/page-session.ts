import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * One page in a fresh browser context, as the browser tests open it: reader settings preset in
 * localStorage before any script of the site runs (as a returning reader's would be), optional
 * doubles installed before load, and the context closed however the test ends.
 */

export interface PageSessionOptions {
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  bypassCSP?: boolean;
  /** Grants clipboard access to the site's origin (citation and link copying). */
  clipboard?: boolean;
  /** localStorage entries the site finds on its first script run. */
  storage?: Record<string, string>;
  /** Runs after the page exists and before it loads (init scripts: doubles, listeners). */
  beforeLoad?: (page: Page) => Promise<void>;
  /** Runs after load and before the test (waiting for results, opening a disclosure). */
  afterLoad?: (page: Page) => Promise<void>;
}

export async function withPageSession<T>(
  browser: Browser,
  url: string,
  use: (page: Page, context: BrowserContext) => Promise<T>,
  options: PageSessionOptions = {},
): Promise<T> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
  });
  try {
    if (options.clipboard)
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const page = await context.newPage();
    if (options.storage) await presetStorage(page, options.storage);
    await options.beforeLoad?.(page);
    await page.goto(url);
    await options.afterLoad?.(page);
    return await use(page, context);
  } finally {
    await context.close();
  }
}

/** Sets localStorage entries before the page's own scripts run, on every navigation. */
export async function presetStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((preset) => {
    for (const [key, value] of Object.entries(preset)) localStorage.setItem(key, value);
  }, entries);
}

export interface SpokenUtterance {
  text: string;
  lang: string;
  rate: number;
}

/**
 * A speechSynthesis double with the given voices: each utterance is kept in window.__spoken and
 * ends `endAfterMs` later, so a test can pause, resume and stop between sentences.
 */
export async function stubSpeech(
  page: Page,
  voices: Array<{ lang: string; name: string }>,
  endAfterMs: number,
): Promise<void> {
  await page.addInitScript(
    ({ list, delay }) => {
      const spoken: Array<{ text: string; lang: string; rate: number }> = [];
      (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
      const synth = {
        getVoices: () => list,
        speak(utterance: SpeechSynthesisUtterance) {
          spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate });
          setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), delay);
        },
        cancel() {},
        pause() {},
        resume() {},
        addEventListener() {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    },
    { list: voices, delay: endAfterMs },
  );
}

/** What the speechSynthesis double was asked to say, in order. */
export function spokenUtterances(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => (window as unknown as { __spoken: SpokenUtterance[] }).__spoken);
}
