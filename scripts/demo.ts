/**
 * npm run demo [-- --reports N] [--seed S] [--out DIR] [--no-serve]
 * Builds the demo archive: N generated reports (default 3,000) in series (several years per
 * place, departments, late publications, text carried over from year to year) so that coverage,
 * year-over-year comparison and statistics can be seen; every page carries the 合成演示数据
 * banner and noindex (DEMO=1). Then serves it on http://127.0.0.1:4322/. The sample in content/
 * is not touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFromSample } from '../src/lib/corpus/generate.ts';
import { ingestDirectory } from '../src/lib/ingest/directory.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string', default: '.demo' },
    'no-serve': { type: 'boolean', default: false },
  },
});
const out = resolve(values.out);
const raw = join(out, 'raw');
const contentDir = join(out, 'content');
rmSync(raw, { recursive: true, force: true });
rmSync(contentDir, { recursive: true, force: true });
mkdirSync(raw, { recursive: true });
const captures = generateFromSample({ reports: Number(values.reports), seed: Number(values.seed), sampleDir: 'content/raw', series: true });
for (const capture of captures) writeFileSync(join(raw, capture.file), capture.text);
console.log(`demo: ${captures.length} generated captures in ${raw}`);
ingestDirectory(raw, contentDir);

const env = { ...process.env, DEMO: '1', CONTENT_DIR: contentDir, OUT_DIR: join(out, 'dist'), SEARCH_CACHE_DIR: join(out, 'search-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build'], { env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (!values['no-serve']) {
  console.log('demo: serving on http://127.0.0.1:4322/ (Ctrl-C to stop)');
  spawnSync(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', process.env.PORT ?? '4322'], { env, stdio: 'inherit' });
}
