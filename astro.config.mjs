// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { SITEMAP_OPTIONS } from './src/lib/site/sitemap.ts';
import { CONTENT_DIR } from './src/lib/content-dir.ts';

export default defineConfig({
  // The public address of the archive: printed pages and QR codes point here.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // Component styles stay in same-origin .css files, never inline <style>: one cached file
  // per page type, and a Content-Security-Policy needs no style hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [searchIndex({ contentDir: CONTENT_DIR }), sitemap(SITEMAP_OPTIONS)],
  // Pages whose data is unchanged (their cacheKey) are copied from the previous build, not
  // rendered again: a changed report re-renders its own page and the listings that show it.
  // (collectionStorage: 'chunked' was measured too: content sync of 10,000 reports went from
  // 7 s to 92 s, so the single-file store stays.)
  experimental: { incrementalBuild: true },
});
