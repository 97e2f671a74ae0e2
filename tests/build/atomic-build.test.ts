import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/**
 * npm run build (scripts/build.ts) killed at several points, and failing after the pages: the
 * previous site stays byte-identical and servable, and the next build cleans up and succeeds.
 */

const work = mkdtempSync(join(tmpdir(), 'atomic-build-'));
const content = join(work, 'content');
const site = join(work, 'site');
const REPORT = join(content, 'reports', '广东省', '440304008-2020.md');
const MARK = '原子构建测试新增的一句话';

const env = (extra: Record<string, string> = {}) => {
  const { SITE_URL: _unset, ...rest } = process.env;
  return {
    ...rest,
    CONTENT_DIR: content,
    OUT_DIR: site,
    SEARCH_CACHE_DIR: join(work, 'search-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
};

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** Whether `watch` matched while the build ran (before it was killed or ended). */
  matched: boolean;
}

/** Runs npm run build as `npm` would (its own process group); kills the group when `watch` matches. */
function runBuild(
  options: { env?: Record<string, string>; watch?: () => boolean; kill?: NodeJS.Signals } = {},
): Promise<Run> {
  earlier = new Set(leftovers());
  return new Promise((done) => {
    // As package.json's "build" runs it.
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')], {
      cwd: ROOT,
      env: env(options.env),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let matched = false;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setInterval(() => {
      if (matched || !options.watch?.()) return;
      matched = true;
      if (options.kill) process.kill(-child.pid!, options.kill);
    }, 10);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      done({ code, signal, output, matched });
    });
  });
}

/** Path, kind and content digest of every entry under `root`, sorted. */
function treeDigest(root: string): string {
  const hash = createHash('sha256');
  const entries = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .map((entry) => ({ path: relative(root, join(entry.parentPath, entry.name)), entry }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const { path, entry } of entries) {
    hash.update(`${path}\0${entry.isFile() ? 'f' : entry.isDirectory() ? 'd' : 'other'}\0`);
    if (entry.isFile()) hash.update(readFileSync(join(root, path)));
  }
  return `${entries.length}:${hash.digest('hex')}`;
}

const leftovers = () => readdirSync(work).filter((name) => /^site\.(tmp|old)-\d+$/.test(name));
/** Staging folders of the build running now (not those earlier killed builds left). */
let earlier = new Set<string>();
const staging = () =>
  leftovers()
    .filter((name) => name.startsWith('site.tmp-') && !earlier.has(name))
    .map((name) => join(work, name));
const pagesWritten = () =>
  staging().some((folder) => existsSync(join(folder, 'reports')) && readdirSync(join(folder, 'reports')).length > 0);

const REPORT_PAGES = readdirSync(join(ROOT, 'content', 'reports'), { recursive: true }).filter((name) =>
  String(name).endsWith('.md'),
).length;
const allPagesWritten = () =>
  staging().some(
    (folder) =>
      existsSync(join(folder, 'index.html')) &&
      existsSync(join(folder, '404.html')) &&
      existsSync(join(folder, 'reports')) &&
      readdirSync(join(folder, 'reports')).filter((id) => existsSync(join(folder, 'reports', id, 'index.html')))
        .length === REPORT_PAGES &&
      !existsSync(join(folder, 'search-index')),
  );

let original = '';
beforeAll(async () => {
  cpSync(join(ROOT, 'content', 'reports'), join(content, 'reports'), { recursive: true });
  const first = await runBuild();
  if (first.code !== 0) throw new Error(`first build failed:\n${first.output}`);
  original = treeDigest(site);
  // From here on a build would publish something else: a changed report text.
  writeFileSync(REPORT, `${readFileSync(REPORT, 'utf8').trimEnd()}\n\n${MARK}\n`);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build replaces the site only when complete', () => {
  it('published a complete, self-contained first site, warning that SITE_URL is unset', () => {
    for (const file of [
      'index.html',
      '404.html',
      '_headers',
      'search-index/manifest.json',
      'reports/440304008-2020/index.html',
    ]) {
      expect(existsSync(join(site, file)), file).toBe(true);
    }
    expect(leftovers()).toEqual([]);
  });

  it('stopped by SIGTERM while writing pages: old site intact, its staging folder removed at once', async () => {
    const before = leftovers();
    const run = await runBuild({ watch: pagesWritten, kill: 'SIGTERM' });
    expect(run.matched, run.output).toBe(true);
    expect(run.code ?? run.signal).not.toBe(0);
    expect(run.output).toMatch(/stopped by SIGTERM; .* is unchanged/);
    expect(treeDigest(site)).toBe(original);
    expect(leftovers()).toEqual(before);
  }, 240_000);

  it('failing after the pages (the search index cannot be written): old site intact, nothing left', async () => {
    const before = leftovers();
    const blocker = join(work, 'not-a-folder');
    writeFileSync(blocker, 'a file where the search cache folder should be');
    const run = await runBuild({ env: { SEARCH_CACHE_DIR: join(blocker, 'cache') }, watch: pagesWritten });
    expect(run.matched, 'pages were written before the failure').toBe(true);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/build failed: .*search index/);
    expect(treeDigest(site)).toBe(original);
    expect(leftovers().filter((name) => !before.includes(name))).toEqual([]);
  }, 240_000);

  const killPoints: Array<{ name: string; watch: () => boolean; env?: Record<string, string> }> = [
    { name: 'while starting (staging folder just created)', watch: () => staging().length > 0 },
    { name: 'while writing pages', watch: pagesWritten },
    // With an empty search cache the index takes seconds longer than the pages: the build waits for it.
    {
      name: 'while the search index is built, the pages all written',
      watch: allPagesWritten,
      env: { SEARCH_CACHE_DIR: join(work, 'empty-search-cache') },
    },
  ];
  for (const point of killPoints) {
    it(`killed (SIGKILL to the process group) ${point.name}: the old site is byte-identical`, async () => {
      const run = await runBuild({ watch: point.watch, kill: 'SIGKILL', env: point.env });
      expect(run.matched, run.output).toBe(true);
      expect(run.signal ?? run.code).not.toBe(0);
      expect(treeDigest(site)).toBe(original);
    }, 240_000);
  }

  it('the next build removes what killed builds left and publishes the new site', async () => {
    expect(leftovers().length).toBeGreaterThan(0); // the SIGKILLed builds' staging folders
    const run = await runBuild();
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/removed .*site\.tmp-\d+, left by an interrupted build/);
    expect(run.output).toContain('warning: SITE_URL is not set');
    expect(leftovers()).toEqual([]);
    expect(treeDigest(site)).not.toBe(original);
    expect(readFileSync(join(site, 'reports', '440304008-2020', 'index.html'), 'utf8')).toContain(MARK);
  }, 240_000);
});
