import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestDirectory } from '../../src/lib/ingest/directory.ts';
import { RAW_SAMPLE, ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'hostile-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('a capture whose sidecar carries a script link', () => {
  it('builds a site with no javascript:, data: or vbscript: link anywhere', () => {
    const raw = join(work, 'raw');
    const content = join(work, 'content');
    const dist = join(work, 'dist');
    mkdirSync(raw);
    const seed = '004_76eef8faab654823.txt';
    copyFileSync(join(RAW_SAMPLE, seed), join(raw, seed));
    writeFileSync(
      join(raw, '004_76eef8faab654823.meta.json'),
      JSON.stringify({ sourceUrl: 'javascript:alert(document.cookie)' }),
    );
    copyFileSync(join(RAW_SAMPLE, seed), join(raw, 'mirror.txt'));
    writeFileSync(join(raw, 'mirror.meta.json'), JSON.stringify({ sourceUrl: '\tJaVaScRiPt:alert(1)' }));
    copyFileSync(join(RAW_SAMPLE, seed), join(raw, 'mirror2.txt'));
    writeFileSync(
      join(raw, 'mirror2.meta.json'),
      JSON.stringify({ sourceUrl: 'data:text/html,<script>alert(1)</script>' }),
    );
    ingestDirectory(raw, content);

    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        OUT_DIR: dist,
        SEARCH_CACHE_DIR: join(work, 'search-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const hrefs = [...html.matchAll(/\b(?:href|src|action|formaction)\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1]!);
      for (const href of hrefs) expect(href, file).not.toMatch(/^\s*(javascript|data|vbscript|file)\s*:/i);
      expect(html, file).not.toMatch(/javascript:|vbscript:|data:text\/html/i);
    }
    // The merged captures are still listed, as copies without a link.
    const page = readFileSync(join(dist, 'reports', '440304008-2020', 'index.html'), 'utf8');
    expect(page).toContain('同文副本（mirror.txt）');
    expect(page).toContain('同文副本（mirror2.txt）');
  });
});
