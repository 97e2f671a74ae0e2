/**
 * npm run build: `astro build` into a staging folder beside $OUT_DIR (default dist), swapped in
 * only when the pages, the search index and the hosting files are all there. A failed or killed
 * build leaves the previous site as it was; what a killed build left behind is removed next time.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { replaceFolder, stagingPath } from '../src/lib/build/atomic-output.ts';
import { siteUrlWarning } from '../src/lib/build/site-url.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(process.env.OUT_DIR ?? join(root, 'dist'));
const staging = stagingPath(target, 'tmp');

const warning = siteUrlWarning(process.env);
if (warning) console.warn(warning);

// Ctrl-C or a CI cancel: remove this run's staging folder; the previous site was never touched.
// (Run as `node --import tsx`, one process: the tsx CLI's parent re-sends signals to its child
// after 30 ms and then SIGKILLs it, which would cut this cleanup short.)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`build: stopped by ${signal}; ${target} is unchanged`);
    rmSync(staging, { recursive: true, force: true });
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]);
  });
}

try {
  const cleanup = await replaceFolder(target, async (folder) => {
    // astro.config.mjs reads OUT_DIR too (astro preview, dev); the inline outDir wins for this build.
    process.env.OUT_DIR = folder;
    await build({ root, outDir: folder });
    // `_headers` (Netlify, Cloudflare Pages) is read from the published folder itself.
    copyFileSync(join(root, 'deploy', '_headers'), join(folder, '_headers'));
  });
  if (cleanup.restored)
    console.warn(`build: ${target} was missing after an interrupted build; restored it from ${cleanup.restored}`);
  for (const folder of cleanup.removed) console.log(`build: removed ${folder}, left by an interrupted build`);
  console.log(`build: ${target} replaced`);
  process.exit(0);
} catch (error) {
  const { message, hint } = error as Error & { hint?: string };
  console.error(`build failed: ${message}${hint ? `\n${hint}` : ''}`);
  console.error(`build: ${target} is unchanged`);
  process.exit(1);
}
