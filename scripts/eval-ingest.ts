/**
 * npm run eval:ingest -- <captureDir> <labels.tsv> [--split tune|measure|seen|blind|unseen|fresh|later|held|after|new|next] [--misses]
 * npm run eval:ingest -- --all [--misses]
 * Ingests every labelled capture and prints per-field exact-match accuracy; `--misses` lists the
 * misses too. Without it only their count is printed, so a slice kept blind can be scored without
 * anyone seeing which pages it misses.
 * `--all` prints one table: the real corpus (tune; seen; D, split `blind`; E, split `unseen`; F,
 * split `fresh`; G, split `later`; H, split `held`; I, split `after`; J, split `new`; K, split `next`), the seeds and the old
 * fixtures; a column with no pages prints `—` instead of a percentage. Below the fields, the same
 * pages counted whole: every field right (or a look-alike rejected), published under a wrong place,
 * level or year, published right there with another field wrong, a report lost (rejected, listed
 * with its reason), a look-alike published as a report.
 */
import { loadGazetteer } from '../src/lib/gazetteer/gazetteer.ts';
import {
  CORPORA,
  evaluateFolder,
  type FieldScore,
  type OutcomeSummary,
  summariseOutcomes,
} from '../src/lib/ingest/evaluate.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const all = args.includes('--all');
const verbose = args.includes('--misses');
const split = flag('--split');
const [dir, labelsPath] = args.filter((a) => !a.startsWith('--'));
const gazetteer = loadGazetteer();
const percent = (s: FieldScore) => (s.total === 0 ? '—' : `${((100 * s.correct) / s.total).toFixed(1)}%`);

/** The page-by-page rows: what a reader of the archive meets. */
const OUTCOME_ROWS: Array<[keyof OutcomeSummary, string]> = [
  ['right', 'pages right'],
  ['publishedWrongPlace', 'wrong place'],
  ['publishedWrongText', 'wrong text'],
  ['rejectedReports', 'report lost'],
  ['publishedLookAlikes', 'not a report'],
];
const share = (n: number, of: number) => `${of === 0 ? '—' : `${((100 * n) / of).toFixed(1)}%`} ${n}/${of}`;

function printMisses(name: string, scores: FieldScore[], limit: number): void {
  const misses = scores.flatMap((s) => s.misses.map((m) => ({ field: s.field, ...m })));
  if (misses.length === 0) return;
  console.log(`\n${name}: ${misses.length} misses${misses.length > limit ? ` (first ${limit})` : ''}:`);
  for (const m of misses.slice(0, limit))
    console.log(`  ${m.file}  ${m.field}: expected «${m.expected}» got «${m.actual}»`);
}

if (all) {
  const results = CORPORA.map((c) => ({
    ...c,
    ...evaluateFolder(c.dir, c.labels, gazetteer, 'splits' in c ? c.splits : undefined),
  }));
  const names = results.map((r) => `${r.name} (${r.labels})`);
  console.log(['field'.padEnd(13), ...names.map((n) => n.padStart(20))].join(' '));
  for (let row = 0; row < results[0]!.scores.length; row++) {
    const field = results[0]!.scores[row]!.field;
    console.log(
      [
        field.padEnd(13),
        ...results.map((r) =>
          `${percent(r.scores[row]!)} ${r.scores[row]!.correct}/${r.scores[row]!.total}`.padStart(Math.max(20, 0)),
        ),
      ].join(' '),
    );
  }
  // Page by page: every field right (or a look-alike rejected); published under a wrong place,
  // level or year; published right there with another field wrong; a report rejected (listed with
  // its reason, not published); a look-alike published.
  const summaries = results.map((r) => summariseOutcomes(r.scores));
  console.log('');
  for (const [key, name] of OUTCOME_ROWS)
    console.log([name.padEnd(13), ...summaries.map((o) => share(o[key], o.pages).padStart(20))].join(' '));
  if (verbose) for (const r of results) printMisses(r.name, r.scores, 500);
} else {
  if (!dir || !labelsPath) {
    console.error(
      'usage: npm run eval:ingest -- <captureDir> <labels.tsv> [--split tune|measure|seen|blind|unseen|fresh|later|held|after|new|next] | --all [--misses]',
    );
    process.exit(1);
  }
  const { labels, scores } = evaluateFolder(dir, labelsPath, gazetteer, split);
  console.log(`${labels} labelled captures in ${dir}${split ? ` (split ${split})` : ''}\n`);
  console.log('field          accuracy   correct/total');
  for (const s of scores) console.log(`${s.field.padEnd(14)} ${percent(s).padStart(7)}   ${s.correct}/${s.total}`);
  const outcomes = summariseOutcomes(scores);
  console.log('');
  for (const [key, name] of OUTCOME_ROWS) console.log(`${name.padEnd(14)} ${share(outcomes[key], outcomes.pages)}`);
  if (verbose) printMisses(dir, scores, 500);
  else {
    const count = scores.reduce((n, s) => n + s.misses.length, 0);
    if (count > 0) console.log(`\n${count} misses (--misses lists them)`);
  }
}
