import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/**
 * The repository explains itself: no code, comment, test or document points to files outside
 * it (the planning notes the project started from are not shipped with it). A fact needed from
 * such a note is stated where it is used, or in docs/.
 */

const SCANNED = ['src', 'tests', 'scripts', 'docs', 'README.md'];
// Built from pieces so that this file does not match itself.
const OUTSIDE = [['..', 'shared'].join('/'), ['shared', 'design'].join('/'), ['shared', 'corpus'].join('/')];

function filesUnder(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile());
}

/** Every place a scanned file mentions a path outside the repository, as `file: needle`. */
function outsideReferences(root: string): string[] {
  const found: string[] = [];
  for (const file of SCANNED.flatMap((entry) => filesUnder(join(root, entry)))) {
    const text = readFileSync(file, 'utf8');
    for (const needle of OUTSIDE) if (text.includes(needle)) found.push(`${relative(root, file)}: ${needle}`);
  }
  return found;
}

describe('the repository is self-contained', () => {
  it('has no file under src/, tests/, scripts/, docs/ or the README that points outside it', () => {
    expect(outsideReferences(ROOT)).toEqual([]);
  });

  it('scans the folders it names (a moved folder would make the check above pass vacuously)', () => {
    const scanned = SCANNED.flatMap((entry) => filesUnder(join(ROOT, entry)));
    expect(scanned.some((f) => f.endsWith(join('src', 'lib', 'schema', 'report.ts')))).toBe(true);
    expect(scanned.some((f) => f.endsWith(join('tests', 'browser', 'accessibility.test.ts')))).toBe(true);
    expect(scanned.some((f) => f.endsWith('README.md'))).toBe(true);
  });
});
