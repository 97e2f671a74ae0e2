// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  // The public address of the archive: printed pages and QR codes point here.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [pagefindIndex()],
});
