/**
 * npm run shots -- <distDir> <outDir> <path>[=name] ...
 * Screenshots of built pages in headless Chromium (desktop 1280 px and phone 320 px), for the
 * project notes: e.g. coverage, compare and a share card.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../src/lib/bench/chromium.ts';
import { serveStatic } from '../src/lib/bench/serve.ts';

const [distDir, outDir, ...paths] = process.argv.slice(2);
if (!distDir || !outDir || paths.length === 0) {
  console.error('usage: npm run shots -- <distDir> <outDir> <path>[=name] ...');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(process.cwd(), distDir);
// A machine without a CJK system font would show boxes: the screenshots use the Noto Sans SC
// the share cards are drawn with, through a fontconfig file of their own (the site ships no font).
const fontConfig = join(mkdtempSync(join(tmpdir(), 'shots-fonts-')), 'fonts.conf');
writeFileSync(
  fontConfig,
  `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${resolve('node_modules/@embedpdf/fonts-sc/fonts')}</dir></fontconfig>`,
);
const browser = await launchChromium({ ...process.env, FONTCONFIG_FILE: fontConfig });
try {
  for (const spec of paths) {
    const [path = '/', name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'] = spec.split('=');
    for (const [label, width] of [
      ['desktop', 1280],
      ['phone', 320],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${server.url}${path}`);
      const file = join(outDir, `${name}-${label}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
