import { EVALUATED_FIELDS, type EvaluatedField } from './evaluate.ts';

/**
 * How often two readers who labelled the same pages independently agree, field by field. The
 * ingest is scored against one reader's labels; where two careful readers differ, a "miss" may be
 * the label's and not the ingest's, so this figure is the ceiling an exact-match score can be read
 * against. Rows are matched by `file`; a field is compared only where both readers publish the page.
 */

export interface FieldAgreement {
  field: EvaluatedField | 'status';
  agreed: number;
  total: number;
  differences: Array<{ file: string; first: string; second: string }>;
}

export interface LabellingComparison {
  /** Pages both readers labelled. */
  pages: number;
  fields: FieldAgreement[];
  /** Files only one of the two labelled (not compared). */
  unmatched: string[];
}

type LabelRow = Record<string, string>;

const outcome = (row: LabelRow) => (row.expect === 'rejected' ? 'rejected' : 'published');

export function compareLabellings(first: LabelRow[], second: LabelRow[]): LabellingComparison {
  const secondByFile = new Map(second.map((row) => [row.file!, row]));
  const firstFiles = new Set(first.map((row) => row.file!));
  const status: FieldAgreement = { field: 'status', agreed: 0, total: 0, differences: [] };
  const fields: FieldAgreement[] = EVALUATED_FIELDS.map((field) => ({ field, agreed: 0, total: 0, differences: [] }));
  const unmatched = [
    ...first.filter((row) => !secondByFile.has(row.file!)).map((row) => row.file!),
    ...second.filter((row) => !firstFiles.has(row.file!)).map((row) => row.file!),
  ];
  let pages = 0;
  for (const a of first) {
    const b = secondByFile.get(a.file!);
    if (!b) continue;
    pages++;
    tally(status, a.file!, outcome(a), outcome(b));
    if (outcome(a) === 'rejected' || outcome(b) === 'rejected') continue;
    for (const score of fields) tally(score, a.file!, a[score.field] ?? '', b[score.field] ?? '');
  }
  return { pages, fields: [status, ...fields], unmatched };
}

function tally(score: FieldAgreement, file: string, first: string, second: string): void {
  score.total++;
  if (first === second) score.agreed++;
  else score.differences.push({ file, first, second });
}
