import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { CSP_HEADER, CSP_META, hashSource } from '../../src/lib/site/csp.ts';
import { ROOT } from '../helpers/paths.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-file.ts';
import { injectedInlineIsBlocked, visitAll } from './csp-visit.ts';

const outDir = inject('outDir');
const base = inject('baseUrl');

const htmlFiles = (readdirSync(outDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

const decode = (value: string) => value.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('Content-Security-Policy in the built pages', () => {
  it('every page has the one policy in a meta tag, ahead of its first script', () => {
    expect(htmlFiles.length).toBeGreaterThan(20);
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
      expect(metas.length, file).toBe(1);
      expect(decode(metas[0]![1]!), file).toBe(CSP_META);
      expect(metas[0]!.index, file).toBeLessThan(html.indexOf('<script'));
    }
  });

  it('is strict: self and hashes only, no unsafe-inline, no other origin', () => {
    for (const policy of [CSP_META, CSP_HEADER]) {
      expect(policy).not.toMatch(/unsafe-|https?:|\*|data:|blob:/);
      expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )style-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/);
      expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
      expect(policy).toMatch(/(^|; )base-uri 'none'(;|$)/);
      expect(policy).toMatch(/(^|; )form-action 'self'(;|$)/);
    }
    expect(CSP_HEADER).toMatch(/; frame-ancestors 'none'$/);
  });

  it('each page has one inline script (the first-paint one), allowed by its hash; no inline styles', () => {
    let inline = 0;
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      // A JSON-LD block is data the browser never runs (and the policy does not govern): not counted.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        (s) => !/type="application\/ld\+json"/.test(s[1]!),
      );
      const bodies = scripts.filter((s) => !/\bsrc=/.test(s[1]!)).map((s) => s[2]!);
      expect(bodies.length, file).toBe(1);
      inline += bodies.length;
      for (const body of bodies) expect(CSP_META, file).toContain(hashSource(body));
      for (const s of scripts.filter((s) => /\bsrc=/.test(s[1]!)))
        expect(s[1], file).toMatch(/src="\/_astro\/[^"]+\.js"/);
      expect(html, file).not.toMatch(/<style[\s>]/);
      expect(html, file).not.toMatch(/\sstyle=/);
      // Only the page's canonical address (this site) and Dublin Core's namespace name (never fetched)
      // are absolute; nothing is loaded from another origin.
      for (const link of html.matchAll(/<link\b[^>]*>/g))
        if (!/rel="(canonical|schema\.[A-Za-z]+)"/.test(link[0]))
          expect(link[0], file).not.toMatch(/href="(https?:)?\/\//);
    }
    expect(inline).toBe(htmlFiles.length);
  });
});

describe('hosting files', () => {
  const headersFile = parseHeadersFile(readFileSync(join(ROOT, 'deploy', '_headers'), 'utf8'));
  const nginx = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');

  it('send the policy the pages carry, plus frame-ancestors', () => {
    for (const path of ['/', '/reports/530181003-2021/', '/_astro/x.js', '/search-index/manifest.json', '/404.html']) {
      expect(headersFor(headersFile, path).get('content-security-policy'), path).toEqual([CSP_HEADER]);
    }
    const policies = [...nginx.matchAll(/^\s*add_header Content-Security-Policy "([^"]*)" always;/gm)].map((m) => m[1]);
    expect(policies).toEqual([CSP_HEADER]);
  });
});

describe('no policy violation in use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('blocks an injected inline script and style attribute, and reports them', async () => {
    const violations = await injectedInlineIsBlocked(browser, base);
    expect(violations.map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-attr']);
  });

  it('on every page type, with search, filters, t2s pieces, elder mode, text size and read-aloud', async () => {
    const { violations, t2sLoaded, refused } = await visitAll(browser, base);
    expect(violations).toEqual([]);
    expect(refused).toEqual([]);
    expect(t2sLoaded).toBeGreaterThan(0);
  }, 120_000);
});
