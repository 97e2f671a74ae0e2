/**
 * npm run demo [-- --reports N] [--seed S] [--out DIR] [--no-serve]
 * Builds the demo archive: N generated reports (default 3,000) in series (several years per
 * place, departments, late publications, text carried over from year to year) so that coverage,
 * year-over-year comparison and statistics can be seen; every page carries the 合成演示数据
 * banner and noindex (DEMO=1). Then serves it on http://127.0.0.1:4322/ (PORT to change). The
 * sample in content/ is not touched.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemo, prepareDemo } from '../src/lib/corpus/demo.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string', default: '.demo' },
    'no-serve': { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const demo = prepareDemo({
  root,
  out: resolve(values.out),
  reports: Number(values.reports),
  seed: Number(values.seed),
});
console.log(`demo: ${values.reports} generated reports ingested into ${demo.contentDir}`);
buildDemo(root, demo, 'inherit');
if (!values['no-serve']) {
  console.log(`demo: serving ${demo.outDir} on http://127.0.0.1:${process.env.PORT ?? '4322'}/ (Ctrl-C to stop)`);
  spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      process.env.PORT ?? '4322',
    ],
    { env: demo.env, stdio: 'inherit' },
  );
}
