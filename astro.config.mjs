// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { SITEMAP_OPTIONS } from './src/lib/site/sitemap.ts';
import { CONTENT_DIR } from './src/lib/content-dir.ts';
import { siteUrl } from './src/lib/build/site-url.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { siteConfiguration } from './src/integrations/site-config.ts';

export default defineConfig({
  // The public address of the archive: printed pages and QR codes point here.
  site: siteUrl(process.env),
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // No inline scripts or styles, so the Content-Security-Policy (src/lib/site/csp.ts) allows
  // same-origin files and one hashed script only: every script and stylesheet is a file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    siteConfiguration(),
    contentSecurityPolicy(),
    searchIndex({ contentDir: CONTENT_DIR }),
    sitemap(SITEMAP_OPTIONS),
  ],
  // Pages whose data is unchanged (their cacheKey) are copied from the previous build, not
  // rendered again: a changed report re-renders its own page and the listings that show it.
  // (collectionStorage: 'chunked' was measured too: content sync of 10,000 reports went from
  // 7 s to 92 s, so the single-file store stays.)
  experimental: { incrementalBuild: true },
});
