import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ingestDirectory } from '../../src/lib/ingest/directory.ts';
import { RAW_SAMPLE, ROOT } from '../helpers/paths.ts';
import { findChromium } from '../../src/lib/bench/chromium.ts';
import { serveStatic } from '../../src/lib/bench/serve.ts';
import { PROVENANCE_OVERRIDES, PROVENANCE_SIDECARS } from './provenance-fixture.ts';

/**
 * Runs the real pipeline once for the browser tests: ingest the sample captures into a fresh
 * content folder, build the site from it with `astro build`, and serve the static output.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    contentDir: string;
    outDir: string;
  }
}

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export default async function setup(project: TestProject) {
  findChromium(); // fail first, and clearly, when there is no browser
  const work = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  // The sample, plus a Traditional-script capture (Big5) of another place.
  const raw = join(work, 'raw');
  cpSync(RAW_SAMPLE, raw, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/captures/f46_traditional_big5.txt'), join(raw, 'f46_traditional_big5.txt'));
  // Provenance to show: one capture's original address and time, one address that must never
  // become a link, and corrections from overrides.yaml (one of an extracted value, one of a missing one).
  for (const [file, sidecar] of Object.entries(PROVENANCE_SIDECARS))
    writeFileSync(join(raw, file), JSON.stringify(sidecar));
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(join(contentDir, 'overrides.yaml'), PROVENANCE_OVERRIDES);
  ingestDirectory(raw, contentDir);

  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    SEARCH_CACHE_DIR: join(work, 'search-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const build = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);

  const server = await serveStatic(ROOT, outDir);
  const baseUrl = server.url;
  const probe = await fetch(`${baseUrl}/reports/530181003-2021/`);
  if (!probe.ok) throw new Error(`preview server answered ${probe.status} for a report page`);

  project.provide('baseUrl', baseUrl);
  project.provide('contentDir', contentDir);
  project.provide('outDir', outDir);
  return async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  };
}
