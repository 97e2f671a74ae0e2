/**
 * npm run gen:corpus -- --reports N --out DIR [--seed S]
 * Writes DIR/raw/*.txt (synthetic captures) and DIR/labels.tsv (their true metadata), so that
 * `npm run ingest -- DIR/raw --out DIR` and `CONTENT_DIR=DIR OUT_DIR=DIR/dist npm run build`
 * process them exactly like the sample.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LABEL_COLUMNS, generateCorpus, paragraphPool } from '../src/lib/corpus/generate.ts';
import { loadGazetteer } from '../src/lib/gazetteer/gazetteer.ts';
import { ingestCapture } from '../src/lib/ingest/ingest.ts';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, sample: { type: 'string', default: 'content/raw' } },
});
if (!values.out) {
  console.error('usage: npm run gen:corpus -- --reports N --out DIR [--seed S]');
  process.exit(1);
}
const gazetteer = loadGazetteer();
const samples = readdirSync(values.sample).filter((f) => f.endsWith('.txt')).sort();
const outcomes = samples.map((file) => ingestCapture({ file, bytes: readFileSync(join(values.sample!, file)) }, gazetteer));
const bodies: string[] = [];
const names: string[] = [];
for (const outcome of outcomes) {
  if (outcome.status === 'rejected') continue;
  bodies.push(outcome.body);
  names.push(...outcome.report.region, outcome.report.jurisdiction.replace(/街道$|镇$|乡$/, ''), ...(outcome.report.sourceName ? [outcome.report.sourceName] : []));
}
const captures = generateCorpus({ reports: Number(values.reports), seed: Number(values.seed), gazetteer, paragraphs: paragraphPool(bodies, names) });

const raw = join(values.out, 'raw');
rmSync(raw, { recursive: true, force: true });
mkdirSync(raw, { recursive: true });
for (const capture of captures) writeFileSync(join(raw, capture.file), capture.text);
const tsv = [LABEL_COLUMNS.join('\t'), ...captures.map((c) => LABEL_COLUMNS.map((k) => c.label[k]).join('\t'))].join('\n');
writeFileSync(join(values.out, 'labels.tsv'), `${tsv}\n`);
const bytes = captures.reduce((sum, c) => sum + Buffer.byteLength(c.text), 0);
console.log(`gen:corpus: ${captures.length} captures, ${(bytes / 1e6).toFixed(1)} MB, in ${raw}; labels in ${join(values.out, 'labels.tsv')}`);
