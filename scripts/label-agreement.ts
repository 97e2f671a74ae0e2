/**
 * npm run label:agreement -- <first labels.tsv> <second labels.tsv> [--split next] [--list]
 * Prints, field by field, how often two independent labellings of the same pages agree (pages
 * matched by file; fields compared where both publish the page); `--list` prints each difference.
 * `--split` keeps only the first file's rows of that split.
 */
import { compareLabellings } from '../src/lib/ingest/agreement.ts';
import { readLabels } from '../src/lib/ingest/labels.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const splitAt = args.indexOf('--split');
const split = splitAt >= 0 ? args.splice(splitAt, 2)[1] : undefined;
const [firstPath, secondPath] = args.filter((a) => !a.startsWith('--'));
if (!firstPath || !secondPath) {
  console.error('usage: npm run label:agreement -- <first labels.tsv> <second labels.tsv> [--split S] [--list]');
  process.exit(1);
}
const first = readLabels(firstPath).filter((row) => !split || row.split === split);
const { pages, fields, unmatched } = compareLabellings(first, readLabels(secondPath));
// A second reader often labels part of a slice: name the pages only one labelled when they are few.
const only =
  unmatched.length === 0
    ? ''
    : ` (${unmatched.length} by one only${unmatched.length <= 10 ? `: ${unmatched.join(', ')}` : ''})`;
console.log(`${pages} pages labelled by both${only}\n`);
console.log('field          agreement  agreed/total');
for (const f of fields) {
  const share = f.total === 0 ? '—' : `${((100 * f.agreed) / f.total).toFixed(1)}%`;
  console.log(`${f.field.padEnd(14)} ${share.padStart(7)}   ${f.agreed}/${f.total}`);
}
if (list)
  for (const f of fields)
    for (const d of f.differences) console.log(`  ${d.file}  ${f.field}: first «${d.first}» second «${d.second}»`);
