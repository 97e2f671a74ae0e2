import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Builds the search index (dist/search-index) beside the pages: it starts in its own process when
 * Astro starts building, so on a machine with two cores indexing and page rendering overlap,
 * and is linked into the site when the pages are written. Shards are cached between builds
 * (node_modules/.cache/search-shards/<content folder>), so a changed report rebuilds only
 * its shard. Every failure, and an index whose report count differs from the pages', fails
 * the build.
 */

interface Summary {
  reports: number;
  shards: number;
  rebuilt: number;
  files: number;
  written: number;
  shardMs: number;
  mergeMs: number;
  ms: number;
}

/**
 * Puts the published index into the site as hard links: the staging folder stays in the cache,
 * so the next build's merge rewrites only what changed (it never modifies a file in place).
 * Copies where links are impossible (another file system).
 */
function linkTree(from: string, to: string): void {
  const folders = new Set<string>();
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    try {
      linkSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(source, target);
    }
  }
}

function runIndexer(root: string, args: string[]): Promise<Summary> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'search-index.ts'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) fail(new Error(`search index build failed (exit ${code}):\n${err.slice(-4000)}`));
      else done(JSON.parse(out.trim().split('\n').pop()!) as Summary);
    });
  });
}

export function searchIndex(options: { contentDir: string }): AstroIntegration {
  let pending: Promise<Summary> | undefined;
  let staging = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const root = process.cwd();
        const content = resolve(options.contentDir);
        const cache = process.env.SEARCH_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'search-shards', createHash('sha1').update(content).digest('hex').slice(0, 12));
        staging = `${cache}.publish`;
        pending = runIndexer(root, ['build', '--content', content, '--cache', cache, '--out', staging]);
        // Reported when awaited; an early failure must not go unhandled meanwhile.
        pending.catch(() => logger.debug('search index build failed'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const finished = performance.now();
        const summary = await pending!;
        const site = fileURLToPath(dir);
        const reportsDir = join(site, 'reports');
        const pages = existsSync(reportsDir) ? readdirSync(reportsDir).filter((id) => existsSync(join(reportsDir, id, 'index.html'))).length : 0;
        if (summary.reports !== pages) throw new Error(`search index holds ${summary.reports} reports but the site has ${pages} report pages`);
        const target = join(site, 'search-index');
        rmSync(target, { recursive: true, force: true });
        linkTree(staging, target);
        const waited = Math.round(performance.now() - finished);
        logger.info(
          `search index: ${summary.reports} reports, ${summary.shards} shards (${summary.rebuilt} rebuilt), ${summary.written} of ${summary.files} files written → ${target} in ${summary.ms} ms ` +
            `(shards ${summary.shardMs} ms, merge ${summary.mergeMs} ms), alongside the pages; the build waited ${waited} ms for it`,
        );
      },
    },
  };
}
