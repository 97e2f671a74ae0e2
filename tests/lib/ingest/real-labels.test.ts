import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { readLabels } from '../../../src/lib/ingest/labels.ts';
import { ROOT } from '../../helpers/paths.ts';

/**
 * The real corpus's labels are set by reading, by hand: a slip (a city code cut to four digits, a
 * region path that is not the gazetteer's, a rejected row with a field filled) would be scored as
 * the ingest's miss or hit. Every labelling is checked against the gazetteer and the folder here,
 * before any figure is taken from it.
 */
const DIR = join(ROOT, 'tests/fixtures/real');
const gazetteer = loadGazetteer();
const SPLITS = [
  'tune',
  'measure',
  'seen',
  'blind',
  'unseen',
  'fresh',
  'later',
  'held',
  'after',
  'new',
  'next',
  'latest',
  'newest',
  'fresher',
  'freshest',
  'last',
  'final',
  'extra',
  'spare',
  'untouched',
  'hidden',
  'unread',
  'untried',
  'unscored',
  'unchecked',
  'unturned',
  'unmarked',
  'unopened',
  'unvisited',
  'unexplored',
  'unmapped',
  'uncharted',
  'unplumbed',
  'unsounded',
  'unfathomed',
  'unsurveyed',
];

/** What is wrong with one row, by the conventions of tests/fixtures/real/README.md. */
function problemsOf(row: Record<string, string>): string[] {
  const problems: string[] = [];
  if (!existsSync(join(DIR, row.file!)) || !existsSync(join(DIR, row.file!.replace(/\.txt$/, '.meta.json'))))
    problems.push('no capture with its sidecar');
  if (!SPLITS.includes(row.split ?? '')) problems.push(`split «${row.split}»`);
  if (row.expect === 'rejected') {
    const filled = Object.keys(row).filter((key) => !['file', 'expect', 'split'].includes(key) && row[key]);
    if (filled.length > 0) problems.push(`rejected, yet ${filled.join(', ')} filled`);
    return problems;
  }
  if (row.expect) problems.push(`expect «${row.expect}»`);
  const division = gazetteer.byCode.get(row.divisionCode ?? '');
  if (!division) problems.push(`divisionCode «${row.divisionCode}» is no division`);
  else {
    if (row.jurisdiction !== division.name) problems.push(`jurisdiction «${row.jurisdiction}», not «${division.name}»`);
    if (row.region !== division.region.join('/'))
      problems.push(`region «${row.region}», not «${division.region.join('/')}»`);
    if (row.level !== division.level) problems.push(`level «${row.level}», not «${division.level}»`);
  }
  if (!/^(?:19|20)\d{2}$/.test(row.year ?? '')) problems.push(`year «${row.year}»`);
  for (const key of ['publishedAt', 'signedAt'])
    if (row[key] && !/^(?:19|20)\d{2}-\d{2}-\d{2}$/.test(row[key]!)) problems.push(`${key} «${row[key]}»`);
  return problems;
}

function problemsOfFile(labels: string): string[] {
  return readLabels(join(DIR, labels)).flatMap((row) => problemsOf(row).map((problem) => `${row.file}: ${problem}`));
}

describe('the real corpus’s labels', () => {
  it('name in labels.tsv each capture of the folder once', () => {
    const files = readLabels(join(DIR, 'labels.tsv')).map((row) => row.file);
    expect(files.filter((file, i) => files.indexOf(file) !== i)).toEqual([]);
    expect(readdirSync(DIR).filter((name) => name.endsWith('.txt') && !files.includes(name))).toEqual([]);
  });
  for (const labels of ['labels.tsv', 'labels-k-second.tsv', 'labels-l-second.tsv'])
    it(`give in ${labels} places the gazetteer holds, as it names them, and dates as the schema writes them`, () => {
      expect(problemsOfFile(labels)).toEqual([]);
    });
  it('catch the slips a reader makes', () => {
    const row = readLabels(join(DIR, 'labels.tsv')).find((r) => r.file === 'l134_xixianxinqu.txt')!;
    expect(problemsOf(row)).toEqual([]);
    expect(problemsOf({ ...row, divisionCode: '6101' })).toEqual(['divisionCode «6101» is no division']);
    expect(problemsOf({ ...row, level: 'county', publishedAt: '2024-3-26' })).toEqual([
      'level «county», not «city»',
      'publishedAt «2024-3-26»',
    ]);
    expect(problemsOf({ ...row, expect: 'rejected' })[0]).toMatch(
      /^rejected, yet .*divisionCode, jurisdiction, region, level/,
    );
  });
});
