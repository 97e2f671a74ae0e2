/**
 * npm run shots -- <distDir> <outDir> [--phone=375] [--elder] [--size=1..4] [--contrast] <path>[=name] ...
 * Screenshots of built pages in headless Chromium (desktop 1280 px and phone 320 px, or the
 * --phone width), for the project notes: e.g. coverage, compare and a share card. --elder,
 * --size and --contrast set the reader settings (长者模式, 字号, 高对比度) as a reader's stored
 * choice would, and name the files after them (home-phone-elder.png).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../src/lib/bench/chromium.ts';
import { serveStatic } from '../src/lib/bench/serve.ts';
import { PREF_KEYS } from '../src/lib/site/reader-prefs.ts';

const args = process.argv.slice(2);
const options = new Map(
  args
    .filter((arg) => arg.startsWith('--'))
    .map((arg) => {
      const [name = '', value = ''] = arg.slice(2).split('=');
      return [name, value];
    }),
);
const [distDir, outDir, ...paths] = args.filter((arg) => !arg.startsWith('--'));
const phoneWidth = Number(options.get('phone') || 320);
const prefs: Record<string, string> = {};
if (options.has('elder')) prefs[PREF_KEYS.elder] = 'on';
if (options.get('size')) prefs[PREF_KEYS.size] = options.get('size')!;
if (options.has('contrast')) prefs[PREF_KEYS.contrast] = 'high';
const suffix = ['elder', 'size', 'contrast']
  .filter((name) => options.has(name))
  .map((name) => `-${name}${options.get(name)}`)
  .join('');
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
    // `<path>=<name>`: the name after the last `=`, so a path may carry a query (/search/?q=法治=search).
    const named = /^(.*)=([A-Za-z][\w-]*)$/.exec(spec);
    const path = named?.[1] ?? spec;
    const name = named?.[2] ?? (path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home');
    for (const [label, width] of [
      ['desktop', 1280],
      ['phone', phoneWidth],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, prefs);
      // The search page draws its results after the index answers: shoot what a reader then sees.
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      const file = join(outDir, `${name}-${label}${suffix}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
