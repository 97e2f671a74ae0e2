import { constants, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Puts a published index into a site as copies (copy-on-write clones where the file system has
 * them, never hard links): a later write into the cache must not change a deployed site. What
 * was at `to` before is removed first.
 */
export function copyIndex(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
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
    copyFileSync(source, target, constants.COPYFILE_FICLONE);
  }
}
