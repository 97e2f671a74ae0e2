import { readFileSync } from 'node:fs';

/** Rows of a labels.tsv (as tests/fixtures/seeds-labels.tsv): empty cell = not stated. */
export function readLabels(path: string): Array<Record<string, string>> {
  const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((cell, i) => [columns[i]!, cell])));
}
