import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'bad-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build on a bad report', () => {
  it('fails, naming the file and the field', () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content', 'reports'), join(content, 'reports'), { recursive: true });
    const file = join(content, 'reports', '广东省', '440304008-2020.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('level: township', 'level: street'));
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        OUT_DIR: join(work, 'dist'),
        SEARCH_CACHE_DIR: join(work, 'search-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
    });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status).not.toBe(0);
    expect(output).toContain('440304008-2020.md');
    expect(output).toMatch(/invalid report: level: /);
  });
});
