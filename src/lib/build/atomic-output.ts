import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A folder replaced only when its replacement is complete: the new content is written into a
 * staging folder beside the target (`<target>.tmp-<pid>`, same file system, so the swap is two
 * renames), and the previous folder is moved aside (`<target>.old-<pid>`) and removed only after
 * the new one is in place. A build that fails or is killed leaves the previous folder untouched;
 * what it left beside it is recognised by the dead process id in its name and removed by the next
 * run.
 */

export type StagingKind = 'tmp' | 'old';

const STAGING_NAME = /^(.+)\.(tmp|old)-(\d+)$/;

export function stagingPath(target: string, kind: StagingKind, pid: number = process.pid): string {
  const absolute = resolve(target);
  return join(dirname(absolute), `${basename(absolute)}.${kind}-${pid}`);
}

/** True when a process with this id exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface StaleCleanup {
  /** Staging folders of dead processes that were removed. */
  removed: string[];
  /** A previous folder moved back to the target (a run died between its two renames). */
  restored?: string;
}

/**
 * Removes what dead runs left beside `target`. Folders of live processes (a concurrent build) are
 * kept. When the target is missing because a run died between moving the old folder aside and
 * moving the new one in, the old folder is put back first: it was complete.
 */
export function cleanStaleStaging(target: string, alive: (pid: number) => boolean = processAlive): StaleCleanup {
  const absolute = resolve(target);
  const parent = dirname(absolute);
  const name = basename(absolute);
  if (!existsSync(parent)) return { removed: [] };
  const stale: { path: string; kind: StagingKind }[] = [];
  for (const entry of readdirSync(parent)) {
    const match = STAGING_NAME.exec(entry);
    if (!match || match[1] !== name) continue;
    const pid = Number(match[3]);
    if (pid === process.pid || alive(pid)) continue;
    stale.push({ path: join(parent, entry), kind: match[2] as StagingKind });
  }
  const result: StaleCleanup = { removed: [] };
  if (!existsSync(absolute)) {
    const previous = stale.find((folder) => folder.kind === 'old');
    if (previous) {
      renameSync(previous.path, absolute);
      result.restored = previous.path;
    }
  }
  for (const folder of stale) {
    if (folder.path === result.restored) continue;
    rmSync(folder.path, { recursive: true, force: true });
    result.removed.push(folder.path);
  }
  return result;
}

/**
 * Moves a complete `staging` folder to `target`. The window in which `target` does not exist is
 * the time between two renames on one file system; a run killed inside it is repaired by
 * cleanStaleStaging.
 */
export function swapIn(staging: string, target: string): void {
  const absolute = resolve(target);
  if (!existsSync(absolute)) {
    renameSync(staging, absolute);
    return;
  }
  const previous = stagingPath(absolute, 'old');
  rmSync(previous, { recursive: true, force: true });
  renameSync(absolute, previous);
  try {
    renameSync(staging, absolute);
  } catch (error) {
    renameSync(previous, absolute);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Runs `write` into a fresh staging folder beside `target` and swaps it in when `write` resolves.
 * When `write` throws, the staging folder is removed and `target` is as it was.
 */
export async function replaceFolder(target: string, write: (staging: string) => Promise<void>): Promise<StaleCleanup> {
  const cleanup = cleanStaleStaging(target);
  const staging = stagingPath(target, 'tmp');
  rmSync(staging, { recursive: true, force: true });
  try {
    await write(staging);
    if (!existsSync(staging)) throw new Error(`nothing was written to ${staging}`);
    swapIn(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return cleanup;
}
