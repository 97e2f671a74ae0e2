// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [pagefindIndex()],
});
