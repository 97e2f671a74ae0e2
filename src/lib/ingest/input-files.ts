import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The ingest's only way into the input folder. Captures come from scrapers nobody vetted, so a
 * file is read only if it is a regular file inside the folder: names that could point elsewhere
 * (`..\outside.txt`, read as `../outside.txt` once separators are unified), symbolic links out
 * of the folder or in loops, FIFOs (reading one would block the run for ever), devices and
 * sockets are each refused with a reason, never followed, and never stop the run.
 */

/** Captures larger than this are not reports but dumps; refused before reading them whole. */
export const MAX_CAPTURE_BYTES = 20 * 1024 * 1024;

/** One name found in the input folder: readable at `path`, or refused for `reason`. */
export type InputItem =
  { file: string; path: string; reason?: undefined } | { file: string; path?: undefined; reason: string };

export class InputFileError extends Error {}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** The folder itself or anything under it. */
const isWithin = (root: string, path: string) => {
  const rel = relative(root, path);
  return !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
};

/** Why a name may not be used as given, whatever it points to. */
function unsafeNameReason(name: string): string | undefined {
  if (name.includes('\\'))
    return 'the name contains a backslash, a folder separator on Windows: refused so it can never name a file outside the input folder';
  if (name === '' || name === '.' || name === '..' || name.includes('/')) return 'the name is a path, not a file name';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a capture name with control characters is exactly what this refuses
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the name contains control characters';
  return undefined;
}

/** Every name under the input folder, sorted, depth first, `/`-separated: each readable or refused. */
export function listInputFiles(inputDir: string): InputItem[] {
  const root = realpathSync(inputDir);
  const out: InputItem[] = [];
  const walk = (dir: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      out.push({ file: prefix || '.', reason: `the folder cannot be read (${codeOf(error)})` });
      return;
    }
    for (const name of names) {
      const file = `${prefix}${name}`;
      const unsafe = unsafeNameReason(name);
      if (unsafe) {
        out.push({ file, reason: unsafe });
        continue;
      }
      const path = join(dir, name);
      let stats: Stats;
      try {
        stats = lstatSync(path);
      } catch (error) {
        out.push({ file, reason: `cannot be examined (${codeOf(error)})` });
        continue;
      }
      if (stats.isDirectory()) walk(path, `${file}/`);
      else if (stats.isFile()) out.push({ file, path });
      else if (stats.isSymbolicLink()) out.push(followLink(root, file, path));
      else out.push({ file, reason: `${kindOf(stats)}, not a capture file: not read` });
    }
  };
  walk(root, '');
  return out;
}

/** A symbolic link is followed only to a regular file inside the input folder. */
function followLink(root: string, file: string, path: string): InputItem {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ELOOP') return { file, reason: 'symbolic link loop: not followed' };
    if (code === 'ENOENT') return { file, reason: 'symbolic link to nothing (its target does not exist)' };
    return { file, reason: `symbolic link that cannot be resolved (${code})` };
  }
  if (!isWithin(root, target))
    return { file, reason: `symbolic link to ${target}, outside the input folder: not followed` };
  const stats = statSync(target);
  if (!stats.isFile()) return { file, reason: `symbolic link to ${kindOf(stats)}: only links to files are followed` };
  return { file, path: target };
}

/**
 * Reads one listed file. Opened without following links and without blocking, then checked
 * again on the open file, so a file swapped for a link or a FIFO after listing is still refused.
 */
export function readInputFile(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = codeOf(error);
    throw new InputFileError(
      code === 'EACCES' || code === 'EPERM'
        ? `cannot be read: permission denied (${code})`
        : `cannot be opened (${code})`,
    );
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputFileError(`${kindOf(stats)}, not a capture file: not read`);
    if (stats.size > MAX_CAPTURE_BYTES) {
      throw new InputFileError(
        `file is ${stats.size} bytes, over the ${MAX_CAPTURE_BYTES}-byte limit for one report page`,
      );
    }
    const bytes = Buffer.alloc(stats.size);
    let read = 0;
    try {
      while (read < bytes.length) {
        const n = readSync(fd, bytes, read, bytes.length - read, read);
        if (n === 0) break;
        read += n;
      }
    } catch (error) {
      throw new InputFileError(`cannot be read (${codeOf(error)})`);
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** One name in the input folder (`a/b.txt`), checked as the listing checks it, without listing the folder. */
export function inputItem(inputDir: string, file: string): InputItem {
  const unsafe = file.split('/').map(unsafeNameReason).find(Boolean);
  if (unsafe) return { file, reason: unsafe };
  const root = realpathSync(inputDir);
  const path = join(root, ...file.split('/'));
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    return { file, reason: `cannot be examined (${codeOf(error)})` };
  }
  if (stats.isSymbolicLink()) return followLink(root, file, path);
  // A folder on the way may itself be a link: the real path must still be inside.
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    return { file, reason: `cannot be resolved (${codeOf(error)})` };
  }
  if (!isWithin(root, real)) return { file, reason: `resolves to ${real}, outside the input folder: not read` };
  return stats.isFile() ? { file, path: real } : { file, reason: `${kindOf(stats)}, not a capture file: not read` };
}
