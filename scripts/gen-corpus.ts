/**
 * npm run gen:corpus -- --reports N --out DIR [--seed S]
 * Writes DIR/raw/*.txt (synthetic captures) and DIR/labels.tsv (their true metadata), so that
 * `npm run ingest -- DIR/raw --out DIR` and `CONTENT_DIR=DIR OUT_DIR=DIR/dist npm run build`
 * process them exactly like the sample.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LABEL_COLUMNS, generateFromSample } from '../src/lib/corpus/generate.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    sample: { type: 'string', default: 'content/raw' },
  },
});
if (!values.out) {
  console.error('usage: npm run gen:corpus -- --reports N --out DIR [--seed S]');
  process.exit(1);
}
const captures = generateFromSample({
  reports: Number(values.reports),
  seed: Number(values.seed),
  sampleDir: values.sample,
});

const raw = join(values.out, 'raw');
rmSync(raw, { recursive: true, force: true });
mkdirSync(raw, { recursive: true });
for (const capture of captures) writeFileSync(join(raw, capture.file), capture.text);
const tsv = [LABEL_COLUMNS.join('\t'), ...captures.map((c) => LABEL_COLUMNS.map((k) => c.label[k]).join('\t'))].join(
  '\n',
);
writeFileSync(join(values.out, 'labels.tsv'), `${tsv}\n`);
const bytes = captures.reduce((sum, c) => sum + Buffer.byteLength(c.text), 0);
console.log(
  `gen:corpus: ${captures.length} captures, ${(bytes / 1e6).toFixed(1)} MB, in ${raw}; labels in ${join(values.out, 'labels.tsv')}`,
);
