import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, listReports } from '../../../src/lib/search/build/build.ts';
import { startIndexBuild } from '../../../src/lib/search/build/index-thread.ts';
import { ROOT } from '../../helpers/paths.ts';
import { openIndex } from './corpus.ts';

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

describe('the index build on its own thread (what the site build runs)', () => {
  it('indexes exactly the reports it is given, on a worker Node runs without a TypeScript loader, as this thread would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-thread-'));
    const all = listReports(join(ROOT, 'content', 'reports'));
    expect(all.length).toBeGreaterThanOrEqual(5);
    // The loader's list decides, not what else is in the folder.
    const given = all.slice(1, 4);
    const summary = await startIndexBuild({
      reports: given,
      cacheDir: join(dir, 'cache'),
      outDir: join(dir, 'thread'),
      workers: 2,
    });
    expect(summary).toMatchObject({ reports: 3, rebuilt: summary.shards, files: summary.written });
    const index = await openIndex(join(dir, 'thread'));
    const ids = await Promise.all(
      Array.from({ length: index.manifest.docCount }, async (_, doc) => `${(await index.row(doc)).id}.md`),
    );
    expect(ids.sort()).toEqual(given.map((r) => r.path.split('/').pop()).sort());
    await buildSearchIndex({
      reports: given,
      cacheDir: join(dir, 'cache-here'),
      outDir: join(dir, 'here'),
      workers: 1,
    });
    expect(files(join(dir, 'thread'))).toEqual(files(join(dir, 'here')));
  }, 240_000);

  it('rejects with the build’s error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-thread-'));
    await expect(
      startIndexBuild({
        reports: [{ path: join(dir, 'missing', '440304008-2020.md'), code: '440304008', year: 2020 }],
        cacheDir: join(dir, 'cache'),
        outDir: join(dir, 'out'),
      }),
    ).rejects.toThrow(/search index build failed:[\s\S]*ENOENT/);
  }, 120_000);
});
