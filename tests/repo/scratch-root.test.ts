import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('scratch folders of a test file', () => {
  it('are made under a folder of the file’s own that the setup file removes when the file ends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scratch-'));
    expect(basename(dirname(dir))).toMatch(/^vitest-/);
    expect(process.env.TMPDIR).toBe(dirname(dir));
  });
});
