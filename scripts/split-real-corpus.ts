/**
 * npm exec tsx scripts/split-real-corpus.ts — run ONCE to merge the slice label files into
 * tests/fixtures/real/labels.tsv with a `split` column. A seeded Fisher–Yates shuffle (mulberry32,
 * seed 13) over the file names sorted by name; the first half (rounded up) is `tune`, the rest
 * `measure`. Kept to show how the split was made; pages never move between halves afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SEED = 13;
const dir = 'tests/fixtures/real';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const [header, ...rowsA] = readFileSync(`${dir}/labels-a.tsv`, 'utf8').replace(/\n+$/, '').split('\n');
const [headerB, ...rowsB] = readFileSync(`${dir}/labels-b.tsv`, 'utf8').replace(/\n+$/, '').split('\n');
if (header !== headerB) throw new Error('the slices have different columns');
const rows = [...rowsA, ...rowsB].sort((a, b) => a.localeCompare(b));
const order = rows.map((row) => row.split('\t')[0]!);
const random = mulberry32(SEED);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const tune = new Set(order.slice(0, Math.ceil(order.length / 2)));
const out = [`${header}\tsplit`, ...rows.map((row) => `${row}\t${tune.has(row.split('\t')[0]!) ? 'tune' : 'measure'}`)];
writeFileSync(`${dir}/labels.tsv`, `${out.join('\n')}\n`);
console.log(`${rows.length} pages: ${tune.size} tune, ${rows.length - tune.size} measure`);
