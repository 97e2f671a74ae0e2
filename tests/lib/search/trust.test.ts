import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, listReports } from '../../../src/lib/search/build/build.ts';
import { INDEX_VERSION, MANIFEST_PATH, type Manifest } from '../../../src/lib/search/format/manifest.ts';
import { runSearch } from '../../../src/lib/search/web/query.ts';
import { ArchiveIndex } from '../../../src/lib/search/web/engine.ts';
import { parseSearchState } from '../../../src/lib/site/search-state.ts';
import { ROOT } from '../../helpers/paths.ts';
import { diskSource } from './corpus.ts';

/** Every file of a folder, by path, as base64. */
function files(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map(
        (entry) =>
          [
            relative(dir, join(entry.parentPath, entry.name)),
            readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
          ] as const,
      ),
  );
}

/** Flips one byte in the middle of a file. */
function flip(path: string): void {
  const data = readFileSync(path);
  const at = data.length >> 1;
  data[at] = data[at]! ^ 0xff;
  writeFileSync(path, data);
}

/**
 * `npm run search-index -- build …` as a deploy script runs it: its own process, so the exit
 * code and stderr are the CLI's. tsx as a loader (not tsx's CLI, which runs the script in a child).
 */
function searchIndexCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'search-index.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

const reportsOf = (dir: string) => listReports(join(dir, 'reports'));
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, MANIFEST_PATH), 'utf8')) as Manifest;

describe('an index you can trust after any redeploy', { timeout: 240_000 }, () => {
  it('rebuilds a cache written in an older index format instead of failing the build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trust-'));
    const reports = reportsOf(join(ROOT, 'content'));
    const cache = join(dir, 'cache');
    const out = join(dir, 'out');
    const first = await buildSearchIndex({ reports, cacheDir: cache, outDir: out, workers: 1 });
    // What an upgrade meets: every shard written by the previous format, with the check file
    // that format wrote (no version in it), both intact.
    for (const { path } of first.shards) {
      const data = readFileSync(path);
      const headerLength = data.readUInt32LE(4);
      const header = data.subarray(8, 8 + headerLength).toString('utf8');
      const older = header.replace(`"version":${INDEX_VERSION}`, `"version":${INDEX_VERSION - 1}`);
      expect(older).not.toBe(header);
      data.write(older, 8, 'utf8');
      writeFileSync(path, data);
      const { version, ...check } = JSON.parse(readFileSync(`${path}.sources.json`, 'utf8'));
      expect(version).toBe(INDEX_VERSION);
      check.file = createHash('sha256').update(data).digest('hex');
      writeFileSync(`${path}.sources.json`, JSON.stringify(check));
    }
    const upgraded = await buildSearchIndex({ reports, cacheDir: cache, outDir: out, workers: 1 });
    expect(upgraded.shards.every((s) => s.rebuilt)).toBe(true);
    const clean = join(dir, 'clean');
    await buildSearchIndex({ reports, cacheDir: join(dir, 'clean-cache'), outDir: clean, workers: 1 });
    expect(files(out)).toEqual(files(clean));
    rmSync(dir, { recursive: true, force: true });
  });

  it('repairs corrupted, cut or deleted cache files and published files, and publishes what a clean build does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trust-'));
    const reports = reportsOf(join(ROOT, 'content'));
    const cache = join(dir, 'cache');
    const out = join(dir, 'out');
    const first = await buildSearchIndex({ reports, cacheDir: cache, outDir: out, workers: 1 });
    const shards = first.shards.map((s) => s.path);
    expect(shards.length).toBeGreaterThanOrEqual(4);
    flip(shards[0]!);
    truncateSync(shards[1]!, 100);
    rmSync(shards[2]!);
    writeFileSync(`${shards[3]!}.sources.json`, '{');
    const published = [...files(out).keys()];
    const bucket = published.find((path) => /^g\/b\.[0-9a-f]{16}\//.test(path))!;
    const text = published.find((path) => path.startsWith('t/'))!;
    const rows = published.find((path) => path.startsWith('d/'))!;
    flip(join(out, bucket));
    rmSync(join(out, text));
    writeFileSync(join(out, rows), '[]');

    const repaired = await buildSearchIndex({ reports, cacheDir: cache, outDir: out, workers: 1 });
    expect(
      repaired.shards
        .filter((s) => s.rebuilt)
        .map((s) => s.path)
        .sort(),
    ).toEqual(shards.slice(0, 4).sort());
    const clean = join(dir, 'clean');
    await buildSearchIndex({ reports, cacheDir: join(dir, 'clean-cache'), outDir: clean, workers: 1 });
    const expected = files(clean);
    const got = files(out);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, data] of expected) expect(got.get(path), path).toBe(data);
    // The shard cache is whole again too: nothing is rebuilt or rewritten next time.
    const again = await buildSearchIndex({ reports, cacheDir: cache, outDir: out, workers: 1 });
    expect(again.shards.filter((s) => s.rebuilt)).toEqual([]);
    expect(again.written).toBe(4); // the manifest and the three c/ files (filters, dates, section scopes), always written
  });

  it('names every file but the manifest by its content, so an old manifest and new files never mix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trust-'));
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'content', 'reports'), join(content, 'reports'), { recursive: true });
    const cache = join(dir, 'cache');
    const out = join(dir, 'out');
    await buildSearchIndex({ reports: reportsOf(content), cacheDir: cache, outDir: out, workers: 1 });
    const before = files(out);
    const oldManifest = manifestOf(out);
    const oldSite = join(dir, 'old-site');
    cpSync(out, oldSite, { recursive: true });

    const changed = reportsOf(content)[0]!.path;
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n新增一段：乡村振兴示范带建设稳步推进。\n`);
    await buildSearchIndex({ reports: reportsOf(content), cacheDir: cache, outDir: out, workers: 1 });
    const after = files(out);
    const newManifest = manifestOf(out);
    expect(newManifest.build).not.toBe(oldManifest.build);
    // A path that is in both builds holds the same bytes in both: caches may keep any of them.
    for (const [path, data] of after)
      if (path !== MANIFEST_PATH && before.has(path)) expect(before.get(path), path).toBe(data);
    // Only the changed shard's texts and rows moved; the other shards' files kept their names.
    const changedShard = newManifest.shards.find(
      (s) => !oldManifest.shards.some((o) => o.key === s.key && o.digest === s.digest),
    )!;
    expect(
      newManifest.shards
        .filter((s) => s !== changedShard)
        .every(
          (s) =>
            after.has(`t/${s.key}.${s.digest.slice(0, 12)}/0.bin`) &&
            before.has(`t/${s.key}.${s.digest.slice(0, 12)}/0.bin`),
        ),
    ).toBe(true);

    const search = (index: ArchiveIndex) => runSearch(index, parseSearchState(new URLSearchParams({ q: '法治' })));
    // Each manifest with its own files: answers.
    expect((await search(await ArchiveIndex.open(diskSource(out)))).results.length).toBe(newManifest.docCount);
    expect((await search(await ArchiveIndex.open(diskSource(oldSite)))).results.length).toBe(oldManifest.docCount);
    // Yesterday's manifest (a stale cache) against today's files, and today's against yesterday's: a failure, never an answer from the wrong files.
    const withManifest = (dir: string, manifest: Manifest) => ({
      ...diskSource(dir),
      bytes: async (path: string) =>
        path === MANIFEST_PATH ? new TextEncoder().encode(JSON.stringify(manifest)) : diskSource(dir).bytes(path),
    });
    await expect(ArchiveIndex.open(withManifest(out, oldManifest)).then(search)).rejects.toThrow(
      `missing c/${oldManifest.build}/filters.bin`,
    );
    await expect(ArchiveIndex.open(withManifest(oldSite, newManifest)).then(search)).rejects.toThrow(
      `missing c/${newManifest.build}/filters.bin`,
    );
  });

  it('the CLI, run again after its cache was corrupted, repairs it, exits 0 and publishes the same bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trust-cli-'));
    const cache = join(dir, 'cache');
    const out = join(dir, 'out');
    const args = ['build', '--content', join(ROOT, 'content'), '--out', out, '--cache', cache, '--workers', '1'];
    const first = searchIndexCli(...args);
    expect(first.status, first.stderr).toBe(0);
    const published = files(out);
    expect(published.size).toBeGreaterThan(10);

    const shards = readdirSync(cache)
      .filter((name) => name.endsWith('.shard'))
      .sort()
      .map((name) => join(cache, name));
    expect(shards.length).toBeGreaterThanOrEqual(4);
    flip(shards[0]!);
    truncateSync(shards[1]!, 100);
    rmSync(shards[2]!);
    writeFileSync(`${shards[3]!}.sources.json`, '{');
    // What the last run recorded of the published files, and the published files themselves.
    writeFileSync(`${out}.state.json`, '{"files":');
    flip(
      join(
        out,
        [...published.keys()].find((path) => path.startsWith('g/'))!,
      ),
    );
    rmSync(join(out, MANIFEST_PATH));

    const second = searchIndexCli(...args);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).not.toMatch(/^\s+at /m);
    expect(second.stderr).not.toMatch(/error/i);
    expect(JSON.parse(second.stdout).rebuilt).toBe(4);
    const repaired = files(out);
    expect([...repaired.keys()].sort()).toEqual([...published.keys()].sort());
    for (const [path, data] of published) expect(repaired.get(path), path).toBe(data);
    rmSync(dir, { recursive: true, force: true });
  });
});
