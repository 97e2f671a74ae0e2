import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cleanStaleStaging,
  processAlive,
  replaceFolder,
  stagingPath,
  swapIn,
} from '../../../src/lib/build/atomic-output.ts';

let work = '';
let target = '';
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'atomic-output-'));
  target = join(work, 'dist');
  mkdirSync(join(target, 'reports'), { recursive: true });
  writeFileSync(join(target, 'index.html'), 'old home');
  writeFileSync(join(target, 'reports', 'a.html'), 'old report');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max: no process can have it

describe('replaceFolder', () => {
  it('swaps in the new folder and leaves nothing beside it', async () => {
    await replaceFolder(target, async (staging) => {
      expect(staging).toBe(join(work, `dist.tmp-${process.pid}`));
      // The old site is still served while the new one is written.
      expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old home');
      mkdirSync(staging);
      writeFileSync(join(staging, 'index.html'), 'new home');
    });
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new home');
    expect(existsSync(join(target, 'reports'))).toBe(false);
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('leaves the old folder as it was when the writer fails after writing', async () => {
    await expect(
      replaceFolder(target, async (staging) => {
        mkdirSync(staging);
        writeFileSync(join(staging, 'index.html'), 'half built');
        throw new Error('index failed');
      }),
    ).rejects.toThrow('index failed');
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old home');
    expect(readFileSync(join(target, 'reports', 'a.html'), 'utf8')).toBe('old report');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('fails, keeping the old folder, when the writer wrote nothing', async () => {
    await expect(replaceFolder(target, async () => {})).rejects.toThrow(/nothing was written/);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old home');
  });

  it('creates the target when there was none', async () => {
    rmSync(target, { recursive: true });
    await replaceFolder(target, async (staging) => {
      mkdirSync(staging);
      writeFileSync(join(staging, 'index.html'), 'first');
    });
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('first');
  });
});

describe('cleanStaleStaging', () => {
  it("removes dead runs' folders, keeps live runs' and unrelated folders", () => {
    for (const name of [
      `dist.tmp-${DEAD_PID}`,
      `dist.old-${DEAD_PID + 1}`,
      'dist.tmp-77',
      'distx.tmp-5',
      'dist.tmp-abc',
    ])
      mkdirSync(join(work, name));
    const cleanup = cleanStaleStaging(target, (pid) => pid === 77);
    expect(cleanup.removed.sort()).toEqual([
      join(work, `dist.old-${DEAD_PID + 1}`),
      join(work, `dist.tmp-${DEAD_PID}`),
    ]);
    expect(readdirSync(work).sort()).toEqual(['dist', 'dist.tmp-77', 'dist.tmp-abc', 'distx.tmp-5']);
  });

  it('puts the previous folder back when a run died between its two renames', () => {
    const old = join(work, `dist.old-${DEAD_PID}`);
    swapIn(target, old); // as the dead run had moved it aside
    mkdirSync(join(work, `dist.tmp-${DEAD_PID}`));
    const cleanup = cleanStaleStaging(target, () => false);
    expect(cleanup.restored).toBe(old);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old home');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('uses real process ids by default', () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(DEAD_PID)).toBe(false);
    mkdirSync(stagingPath(target, 'tmp', DEAD_PID));
    expect(cleanStaleStaging(target).removed).toEqual([stagingPath(target, 'tmp', DEAD_PID)]);
  });
});
