import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Builds the Pagefind index with its Node API once Astro has written the site. Only report
 * pages carry data-pagefind-body, so only report text is indexed; every error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const reportsDir = join(site, 'reports');
        const expected = existsSync(reportsDir)
          ? readdirSync(reportsDir).filter((id) => existsSync(join(reportsDir, id, 'index.html'))).length
          : 0;
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: 'reports/*/index.html' });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count !== expected) {
            throw new Error(`Pagefind indexed ${added.page_count} pages but the site has ${expected} report pages`);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          const ms = Math.round(performance.now() - started);
          logger.info(`search index: ${added.page_count} reports → ${written.outputPath} in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
