import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDirectory } from '../ingest/directory.ts';
import { generateFromSample } from './generate.ts';

/**
 * The demo archive: generated report series (see generateCorpus's series mode) ingested into
 * its own content folder and built with DEMO=1, so every page carries the 合成演示数据 banner and
 * noindex. Used by `npm run demo` and by the test that checks the demo pages.
 */

export interface DemoPaths {
  contentDir: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
}

export function prepareDemo(options: { root: string; out: string; reports: number; seed: number }): DemoPaths {
  const raw = join(options.out, 'raw');
  const contentDir = join(options.out, 'content');
  rmSync(raw, { recursive: true, force: true });
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(raw, { recursive: true });
  const captures = generateFromSample({
    reports: options.reports,
    seed: options.seed,
    sampleDir: join(options.root, 'content/raw'),
    series: true,
  });
  for (const capture of captures) writeFileSync(join(raw, capture.file), capture.text);
  ingestDirectory(raw, contentDir);
  const outDir = join(options.out, 'dist');
  const env = {
    ...process.env,
    DEMO: '1',
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    SEARCH_CACHE_DIR: join(options.out, 'search-cache'),
    SHARE_CARD_CACHE_DIR: join(options.out, 'share-cards'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  return { contentDir, outDir, env };
}

/** `astro build` of a prepared demo; throws with Astro's output when it fails. */
export function buildDemo(root: string, demo: DemoPaths, stdio: 'inherit' | 'pipe' = 'pipe'): void {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, env: demo.env, encoding: 'utf8', stdio });
  if (build.status !== 0) throw new Error(`demo build failed:\n${build.stdout ?? ''}\n${build.stderr ?? ''}`);
}
