import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { CSP_HEADER } from '../../src/lib/site/csp.ts';
import { ROOT } from '../helpers/paths.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-file.ts';
import { startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { injectedInlineIsBlocked, visitAll } from './csp-visit.ts';

const outDir = inject('outDir');
let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  nginx = await startNginx(outDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const firstFile = (folder: string, pattern: RegExp): string => {
  const found = (readdirSync(join(outDir, folder), { recursive: true }) as string[]).find(
    (name) => pattern.test(name) && statSync(join(outDir, folder, name)).isFile(),
  );
  if (!found) throw new Error(`no ${pattern} in ${folder}`);
  return `/${folder}/${found.replaceAll('\\', '/')}`;
};

/** One path of each kind, with the Cache-Control it must have. */
const pathKinds = () => [
  { path: '/', cache: 'no-cache', type: /^text\/html/ },
  { path: '/reports/530181003-2021/', cache: 'no-cache', type: /^text\/html/ },
  { path: firstFile('_astro', /\.js$/), cache: IMMUTABLE, type: /javascript/ },
  { path: firstFile('_astro', /\.css$/), cache: IMMUTABLE, type: /^text\/css/ },
  { path: '/search-index/manifest.json', cache: 'no-cache', type: /^application\/json/ },
  { path: firstFile('search-index', /\.bin$/), cache: IMMUTABLE, type: /^application\/octet-stream/ },
  { path: firstFile('t2s', /\.json$/), cache: 'no-cache', type: /^application\/json/ },
];

describe('deploy/nginx.conf on a real nginx', () => {
  it('sends the security headers and the right caching for each kind of path', async () => {
    for (const { path, cache, type } of pathKinds()) {
      const response = await fetch(`${nginx.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(type);
      expect(response.headers.get('cache-control'), path).toBe(cache);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      expect(response.headers.get('server'), path).toBe('nginx'); // no version
    }
  });

  it('answers a missing page with the 404 page, status 404 and the same headers', async () => {
    const response = await fetch(`${nginx.url}/reports/no-such-report/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到这个页面');
    expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${nginx.url}/_headers`)).status).toBe(404);
  });

  it('answers Range requests with 206 and the bytes asked for', async () => {
    const path = firstFile('search-index', /\.bin$/);
    const whole = readFileSync(join(outDir, path));
    expect(whole.length).toBeGreaterThan(16);
    const response = await fetch(`${nginx.url}${path}`, { headers: { range: 'bytes=4-11' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 4-11/${whole.length}`);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(whole.subarray(4, 12));
  });

  it('revalidates pages cheaply (304) and redirects a folder without its slash relatively', async () => {
    const first = await fetch(`${nginx.url}/search/`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await fetch(`${nginx.url}/search/`, { headers: { 'if-none-match': etag! } })).status).toBe(304);
    const redirect = await fetch(`${nginx.url}/search`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/search/');
  });

  it('gzips text, never the binary index files', async () => {
    const html = await fetch(`${nginx.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(html.headers.get('content-encoding')).toBe('gzip');
    const bin = await fetch(`${nginx.url}${firstFile('search-index', /\.bin$/)}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(bin.headers.get('content-encoding')).toBeNull();
  });

  it('gives each kind of path the same headers as deploy/_headers', async () => {
    const rules = parseHeadersFile(readFileSync(join(ROOT, 'deploy', '_headers'), 'utf8'));
    for (const { path } of [...pathKinds(), { path: '/404.html' }]) {
      const response = await fetch(`${nginx.url}${path}`);
      const expected = headersFor(rules, path);
      for (const [name, values] of expected) {
        if (name === 'strict-transport-security') continue; // https only; nginx.conf has it for TLS
        expect(values, `${path} ${name} in _headers`).toHaveLength(1);
        expect(response.headers.get(name), `${path} ${name}`).toBe(values[0]);
      }
    }
  });

  it('serves the site with no policy violation in a browser, and blocks injected inline code', async () => {
    expect((await injectedInlineIsBlocked(browser, nginx.url)).length).toBeGreaterThan(0);
    const { violations, refused } = await visitAll(browser, nginx.url);
    expect(violations).toEqual([]);
    expect(refused).toEqual([]);
    // Framing is refused by the header (a meta tag cannot do it).
    const page = await browser.newPage();
    await page.goto(`${nginx.url}/404.html`);
    const framed = await page.evaluate(async (src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
      await new Promise((done) => setTimeout(done, 1500));
      try {
        return frame.contentDocument?.querySelector('h1')?.textContent ?? null;
      } catch {
        return null;
      }
    }, `${nginx.url}/`);
    expect(framed).toBeNull();
    await page.close();
  }, 120_000);
});
