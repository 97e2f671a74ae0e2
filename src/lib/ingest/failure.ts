import { IngestError } from './directory.ts';

/** What an I/O error means for an operator, by its code (Node's messages name the call, not the problem). */
const MEANINGS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'already exists',
  EISDIR: 'is a folder',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a printed message must not carry
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** One line saying why the run stopped: no stack trace, control characters shown escaped. */
export function failureLine(error: unknown): string {
  let line: string;
  if (error instanceof IngestError) line = error.message;
  else {
    const io = error as NodeJS.ErrnoException & { dest?: string };
    if (io?.code && io.syscall) {
      const meaning = MEANINGS[io.code] ?? io.code;
      line = `cannot ${io.syscall} ${io.path ?? ''}${io.dest ? ` → ${io.dest}` : ''}: ${meaning} (${io.code}); the previous content is unchanged`;
    } else line = `stopped: ${error instanceof Error ? error.message : String(error)}`;
  }
  return line
    .replace(CONTROL_CHARACTERS, (ch) => (ch === '\n' ? ' ' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`))
    .replace(/\s+/g, ' ')
    .trim();
}
