import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, Playwright's own download, or the
 * system's. Fails loudly with what to do when there is none; browser tests are never skipped.
 */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    safe(() => chromium.executablePath()),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the browser tests. Looked in:',
      ...candidates.map((path) => `  - ${path}`),
      'Install one and run the tests again:',
      '  - Debian/Ubuntu, as root:  apt-get install -y chromium',
      '  - or with Playwright:      npx playwright install chromium',
      '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}

function safe(get: () => string): string | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** Headless Chromium for tests, the bench and screenshots; `env` for the browser process (e.g. FONTCONFIG_FILE). */
export function launchChromium(env?: NodeJS.ProcessEnv): Promise<Browser> {
  return chromium.launch({
    ...(env ? { env } : {}),
    executablePath: findChromium(),
    // Flags that keep Chromium from calling home: this machine, like CI, has no network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
