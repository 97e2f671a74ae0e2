/**
 * npm run eval:ingest -- <captureDir> <labels.tsv>
 * Ingests every labelled capture and prints per-field exact-match accuracy, then the misses.
 */
import { evaluate } from '../src/lib/ingest/evaluate.ts';
import { loadGazetteer } from '../src/lib/gazetteer/gazetteer.ts';
import { readCapture } from '../src/lib/ingest/directory.ts';
import { ingestCapture } from '../src/lib/ingest/ingest.ts';
import { readLabels } from '../src/lib/ingest/labels.ts';

const [dir, labelsPath] = process.argv.slice(2);
if (!dir || !labelsPath) {
  console.error('usage: npm run eval:ingest -- <captureDir> <labels.tsv>');
  process.exit(1);
}
const gazetteer = loadGazetteer();
const labels = readLabels(labelsPath);
const scores = evaluate(labels, (file) => ingestCapture(readCapture(dir, file).capture, gazetteer));
console.log(`${labels.length} labelled captures in ${dir}\n`);
console.log('field          accuracy   correct/total');
for (const s of scores) console.log(`${s.field.padEnd(14)} ${((100 * s.correct) / s.total).toFixed(1).padStart(6)}%   ${s.correct}/${s.total}`);
const misses = scores.flatMap((s) => s.misses.map((m) => ({ field: s.field, ...m })));
if (misses.length > 0) {
  console.log(`\n${misses.length} misses (first 40):`);
  for (const m of misses.slice(0, 40)) console.log(`  ${m.file}  ${m.field}: expected «${m.expected}» got «${m.actual}»`);
}
