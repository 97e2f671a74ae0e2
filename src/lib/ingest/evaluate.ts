import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { readCapture } from './directory.ts';
import { ingestCapture, type CaptureOutcome } from './ingest.ts';
import { readLabels } from './labels.ts';

/**
 * Per-field accuracy of the ingest against hand (or generator) labels in a labels.tsv (one row
 * per capture: `file` and one column per field, as tests/fixtures/seeds-labels.tsv). Exact match; an empty label means "the page does not state it".
 * An optional `expect` column set to `rejected` marks look-alikes and unplaceable pages: for
 * them only the outcome is scored (the `status` row).
 */

export const EVALUATED_FIELDS = [
  'title',
  'divisionCode',
  'jurisdiction',
  'region',
  'level',
  'issuer',
  'year',
  'publishedAt',
  'indexNumber',
  'signedAt',
  'sourceName',
  'docNumber',
] as const;
export type EvaluatedField = (typeof EVALUATED_FIELDS)[number];

export interface FieldScore {
  field: EvaluatedField | 'status';
  correct: number;
  total: number;
  misses: Array<{ file: string; expected: string; actual: string }>;
}

/** The value the ingest produced for a field, in the label's notation. */
function extracted(outcome: CaptureOutcome, field: EvaluatedField): string {
  if (outcome.status === 'rejected') return `(rejected: ${outcome.reasons[0] ?? ''})`;
  const report = outcome.report;
  if (field === 'title') return report.titleSynthesized ? '' : report.title;
  if (field === 'region') return report.region.join('/');
  const value = report[field];
  return value === undefined ? '' : String(value);
}

export function evaluate(
  labels: Array<Record<string, string>>,
  outcomeOf: (file: string) => CaptureOutcome,
): FieldScore[] {
  const scores = EVALUATED_FIELDS.map((field) => ({ field, correct: 0, total: 0, misses: [] as FieldScore['misses'] }));
  const status: FieldScore = { field: 'status', correct: 0, total: 0, misses: [] };
  for (const label of labels) {
    const outcome = outcomeOf(label.file!);
    const expected = label.expect === 'rejected' ? 'rejected' : 'published';
    const actual = outcome.status === 'rejected' ? 'rejected' : 'published';
    status.total++;
    if (expected === actual) status.correct++;
    else
      status.misses.push({
        file: label.file!,
        expected,
        actual: outcome.status === 'rejected' ? `rejected: ${outcome.reasons[0] ?? ''}` : actual,
      });
    if (expected === 'rejected') continue;
    for (const score of scores) {
      const expected = label[score.field] ?? '';
      const actual = extracted(outcome, score.field);
      score.total++;
      if (actual === expected) score.correct++;
      else score.misses.push({ file: label.file!, expected, actual });
    }
  }
  return [status, ...scores];
}

/**
 * What a reader of the archive meets, page by page, rather than field by field: a page the ingest
 * rejects is listed with its reason (a loss, not an error in print); a page published with a wrong
 * field, or a look-alike published as a report, is an error a reader can quote. Counted from the
 * misses of `evaluate`'s scores.
 */
export interface OutcomeSummary {
  /** Labelled pages. */
  pages: number;
  /** Reports published with every field as labelled, and look-alikes rejected. */
  right: number;
  /** Reports published under a wrong place, level or year: a wrong cell in a coverage table. */
  publishedWrongPlace: number;
  /** Reports published in the right place and year with another field unlike its label. */
  publishedWrongText: number;
  /** Reports a reader can place and date that the ingest rejected. */
  rejectedReports: number;
  /** Look-alikes (labelled `rejected`) published as reports. */
  publishedLookAlikes: number;
}

/** The fields that put a report in a place and a year: what coverage and year-over-year views read. */
const WHERE_AND_WHEN: ReadonlySet<FieldScore['field']> = new Set(['divisionCode', 'level', 'year']);

export function summariseOutcomes(scores: FieldScore[]): OutcomeSummary {
  const status = scores.find((s) => s.field === 'status');
  if (!status) throw new Error('summariseOutcomes needs the status score');
  const rejectedReports = new Set(status.misses.filter((m) => m.expected === 'published').map((m) => m.file));
  const publishedLookAlikes = new Set(status.misses.filter((m) => m.expected === 'rejected').map((m) => m.file));
  const wrongOn = (fields: (field: FieldScore['field']) => boolean) =>
    new Set(
      scores
        .filter((s) => s.field !== 'status' && fields(s.field))
        .flatMap((s) => s.misses)
        .filter((m) => !rejectedReports.has(m.file))
        .map((m) => m.file),
    );
  const wrongPlace = wrongOn((field) => WHERE_AND_WHEN.has(field));
  const wrongText = [...wrongOn((field) => !WHERE_AND_WHEN.has(field))].filter((file) => !wrongPlace.has(file));
  const wrong = rejectedReports.size + publishedLookAlikes.size + wrongPlace.size + wrongText.length;
  return {
    pages: status.total,
    right: status.total - wrong,
    publishedWrongPlace: wrongPlace.size,
    publishedWrongText: wrongText.length,
    rejectedReports: rejectedReports.size,
    publishedLookAlikes: publishedLookAlikes.size,
  };
}

/** The labelled corpora `npm run eval:ingest -- --all` scores, with their folders and splits. */
export const CORPORA = [
  { name: 'real/tune', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['tune'] },
  // Pages whose misses were read while later rules were written, so no longer blind: slices A
  // and B's measured half (split value `measure`) and slice C's first blind half (`seen`).
  {
    name: 'real/seen',
    dir: 'tests/fixtures/real',
    labels: 'tests/fixtures/real/labels.tsv',
    splits: ['measure', 'seen'],
  },
  // Slice D (split value `blind`): scored blind once, then its misses were read for round four.
  { name: 'real/D', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['blind'] },
  // Slice E (split value `unseen`): scored once before its misses were read for round five.
  { name: 'real/E', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unseen'] },
  // Slice F (split value `fresh`): scored once before its misses were read for round six.
  { name: 'real/F', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['fresh'] },
  // Slice G (split value `later`): scored once with the rules of round six, then read for round seven.
  { name: 'real/G', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['later'] },
  // Slice H (split value `held`): scored once with the rules of round seven, then read for round eight.
  { name: 'real/H', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['held'] },
  // Slice I (split value `after`): scored blind with the rules of rounds seven and eight, then read for round nine.
  { name: 'real/I', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['after'] },
  // Slice J (split value `new`): collected while round nine was written from I; scored blind, then read for round ten.
  { name: 'real/J', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['new'] },
  // Slice K (split value `next`): collected while round ten was written from J; scored blind.
  { name: 'real/K', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['next'] },
  // Slice L (split value `latest`): collected after round eleven; scored blind.
  { name: 'real/L', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['latest'] },
  // Slice M (split value `newest`): collected after round twelve; scored blind, then read.
  { name: 'real/M', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['newest'] },
  // Slice N (split value `fresher`): collected after round thirteen; scored blind, then read.
  { name: 'real/N', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['fresher'] },
  // Slice O (split value `freshest`): collected after round fourteen; scored blind, then read.
  { name: 'real/O', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['freshest'] },
  // Slice P (split value `last`): collected after round fifteen; scored blind, then read.
  { name: 'real/P', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['last'] },
  // Slice Q (split value `final`): collected after round sixteen and two rules of this session; scored blind, then read.
  { name: 'real/Q', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['final'] },
  // Slice R (split value `extra`): collected after round seventeen; scored blind, then read.
  { name: 'real/R', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['extra'] },
  // Slice S (split value `spare`): collected after round eighteen; scored blind, read in round nineteen.
  { name: 'real/S', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['spare'] },
  // Slice T (split value `untouched`): collected after round nineteen and the glued-page reading; scored blind, read in round twenty.
  { name: 'real/T', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['untouched'] },
  // Slice U (split value `hidden`): collected after round twenty; scored blind, read in round twenty-one.
  { name: 'real/U', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['hidden'] },
  // Slice V (split value `unread`): collected after round twenty-one; scored blind, read in round twenty-two.
  { name: 'real/V', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unread'] },
  // Slice W (split value `untried`): collected after round twenty-two; scored blind, read in round twenty-three.
  { name: 'real/W', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['untried'] },
  // Slice X (split value `unscored`): collected after round twenty-three; scored blind, read in round twenty-four.
  { name: 'real/X', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unscored'] },
  // Slice Y (split value `unchecked`): collected after round twenty-four; scored blind, read in round twenty-five.
  { name: 'real/Y', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unchecked'] },
  // Slice Z (split value `unturned`): collected after round twenty-five; scored blind, read in round twenty-six.
  { name: 'real/Z', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unturned'] },
  // Slice AA (split value `unmarked`): collected after round twenty-six; scored blind, read in round twenty-seven.
  { name: 'real/AA', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unmarked'] },
  // Slice AB (split value `unopened`): collected after round twenty-seven; scored blind, read in round twenty-eight.
  { name: 'real/AB', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unopened'] },
  // Slice AC (split value `unvisited`): collected after round twenty-eight; scored blind, read in round twenty-nine.
  { name: 'real/AC', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unvisited'] },
  // Slice AD (split value `unexplored`): collected after round twenty-nine; scored blind, read in round thirty.
  { name: 'real/AD', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unexplored'] },
  // Slice AE (split value `unmapped`): collected after round thirty; scored blind, read in round thirty-one.
  { name: 'real/AE', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unmapped'] },
  // Slice AF (split value `uncharted`): collected after round thirty-one; scored blind, read in round thirty-two.
  { name: 'real/AF', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['uncharted'] },
  // Slice AG (split value `unplumbed`): collected after round thirty-two; scored blind, read in round thirty-three.
  { name: 'real/AG', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unplumbed'] },
  // Slice AH (split value `unsounded`): collected after round thirty-three; scored blind, read in round thirty-four.
  { name: 'real/AH', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unsounded'] },
  // Slice AI (split value `unfathomed`): collected after round thirty-four; scored blind, read in round thirty-five.
  { name: 'real/AI', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unfathomed'] },
  // Slice AJ (split value `unsurveyed`): collected after round thirty-five; scored blind, not yet read.
  { name: 'real/AJ', dir: 'tests/fixtures/real', labels: 'tests/fixtures/real/labels.tsv', splits: ['unsurveyed'] },
  { name: 'seeds', dir: 'content/raw', labels: 'tests/fixtures/seeds-labels.tsv' },
  { name: 'old fixtures', dir: 'tests/fixtures/captures', labels: 'tests/fixtures/captures/labels.tsv' },
] as const;

/**
 * Scores the captures of `dir` against a labels file, optionally only the rows whose `split`
 * is one of `splits`. A split with no rows scores 0 of 0 on every field.
 */
export function evaluateFolder(
  dir: string,
  labelsPath: string,
  gazetteer: Gazetteer,
  splits?: string | readonly string[],
): { labels: number; scores: FieldScore[] } {
  const wanted = typeof splits === 'string' ? [splits] : splits;
  const labels = readLabels(labelsPath).filter((row) => !wanted || wanted.includes(row.split ?? ''));
  return {
    labels: labels.length,
    scores: evaluate(labels, (file) => ingestCapture(readCapture(dir, file).capture, gazetteer)),
  };
}
