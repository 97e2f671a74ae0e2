import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultCacheDir } from '../lib/search/build/build.ts';
import { copyIndex } from '../lib/search/build/copy.ts';
import { startIndexBuild } from '../lib/search/build/index-thread.ts';
import type { IndexSummary } from '../lib/search/build/index-worker.ts';
import { validatedReports } from './report-registry.ts';

/**
 * Builds the search index (dist/search-index) beside the pages: it starts on a worker thread when
 * Astro starts building, so on a machine with two cores indexing and page rendering overlap,
 * and is copied into the site when the pages are written. It indexes the report files the
 * loader validated (report-registry.ts). Shards are cached between builds (defaultCacheDir,
 * or SEARCH_CACHE_DIR), so a changed report rebuilds only its shard. Every failure, and an
 * index whose report count differs from the pages', fails the build.
 */

export function searchIndex(options: { contentDir: string }): AstroIntegration {
  let pending: Promise<IndexSummary> | undefined;
  let started = 0;
  let staging = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const root = process.cwd();
        const reportsDir = join(resolve(options.contentDir), 'reports');
        const reports = validatedReports(reportsDir);
        if (!reports) throw new Error(`search index: the report loader did not run on ${reportsDir} in this build`);
        const cacheDir = process.env.SEARCH_CACHE_DIR
          ? resolve(process.env.SEARCH_CACHE_DIR)
          : defaultCacheDir(root, options.contentDir);
        staging = `${cacheDir}.publish`;
        started = performance.now();
        pending = startIndexBuild({
          reports,
          cacheDir,
          outDir: staging,
          workers: availableParallelism(),
        });
        // Reported when awaited; an early failure must not go unhandled meanwhile.
        pending.catch(() => logger.debug('search index build failed'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const finished = performance.now();
        const summary = await pending!;
        const ms = Math.round(performance.now() - started);
        const site = fileURLToPath(dir);
        const reportsDir = join(site, 'reports');
        const pages = existsSync(reportsDir)
          ? readdirSync(reportsDir).filter((id) => existsSync(join(reportsDir, id, 'index.html'))).length
          : 0;
        if (summary.reports !== pages)
          throw new Error(`search index holds ${summary.reports} reports but the site has ${pages} report pages`);
        const target = join(site, 'search-index');
        copyIndex(staging, target);
        const waited = Math.round(performance.now() - finished);
        logger.info(
          `search index: ${summary.reports} reports, ${summary.shards} shards (${summary.rebuilt} rebuilt), ${summary.written} of ${summary.files} files written → ${target} in ${ms} ms ` +
            `(shards ${summary.shardMs} ms, merge ${summary.mergeMs} ms), alongside the pages; the build waited ${waited} ms for it`,
        );
      },
    },
  };
}
