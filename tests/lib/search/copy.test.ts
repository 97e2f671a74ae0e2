import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, listReports } from '../../../src/lib/search/build/build.ts';
import { copyIndex } from '../../../src/lib/search/build/copy.ts';
import { ROOT } from '../../helpers/paths.ts';

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe('the index in the site', () => {
  it('is a copy: no file shares an inode with the cache, and a later cache write leaves the site as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copy-'));
    const staging = join(dir, 'cache.publish');
    await buildSearchIndex({
      reports: listReports(join(ROOT, 'content', 'reports')),
      cacheDir: join(dir, 'cache'),
      outDir: staging,
      workers: 1,
    });
    const site = join(dir, 'dist', 'search-index');
    copyIndex(staging, site);
    const paths = filesOf(staging);
    expect(filesOf(site)).toEqual(paths);
    for (const path of paths) {
      const [cached, published] = [statSync(join(staging, path)), statSync(join(site, path))];
      expect(published.ino, path).not.toBe(cached.ino);
      expect(published.nlink, path).toBe(1);
      expect(readFileSync(join(site, path)).equals(readFileSync(join(staging, path))), path).toBe(true);
    }
    const before = readFileSync(join(site, paths[0]!));
    writeFileSync(join(staging, paths[0]!), 'changed in place');
    expect(readFileSync(join(site, paths[0]!)).equals(before)).toBe(true);
  }, 120_000);
});
