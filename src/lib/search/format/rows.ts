/**
 * Result rows (d/<shard>/<n>.json): what a result shows without opening the report. On disk a
 * row is a JSON array, fields in the order of ROW_FIELDS (the smallest JSON for ~100,000 rows);
 * in code it is always the named object, converted only here.
 */

import { FIELD_KINDS, fieldLines, type ReportFields } from './fields.ts';

/** A section of a report: where its heading starts in the text, its anchor, its heading (cut). */
export interface RowSection {
  at: number;
  id: string;
  heading: string;
}

export interface ResultRow {
  id: string;
  title: string;
  /** The place's names from province down, joined with ' · '. */
  place: string;
  /** Division code. */
  code: string;
  year: number;
  /** Publication date (YYYY-MM-DD), or '' when not given. */
  published: string;
  sections: RowSection[];
  /** Length of the report's published text (t/), in UTF-16 code units. */
  textLength: number;
  /** Where the field lines start in the text: the end of the body (fields.ts). */
  fieldsAt: number;
  /** The fields as their lines in the text hold them (fieldLines). */
  fields: ReportFields;
}

type SectionTuple = [number, string, string];
/** The fields in FIELD_KINDS order, '' for one not given. */
type FieldsTuple = string[];
type RowTuple = [string, string, string, string, number, string, SectionTuple[], number, number, FieldsTuple];
const ROW_LENGTH = 10;

const toTuple = (row: ResultRow): RowTuple => [
  row.id,
  row.title,
  row.place,
  row.code,
  row.year,
  row.published,
  row.sections.map((s) => [s.at, s.id, s.heading]),
  row.textLength,
  row.fieldsAt,
  FIELD_KINDS.map((field) => row.fields[field] ?? ''),
];

const fromTuple = ([
  id,
  title,
  place,
  code,
  year,
  published,
  sections,
  textLength,
  fieldsAt,
  fields,
]: RowTuple): ResultRow => ({
  id,
  title,
  place,
  code,
  year,
  published,
  sections: sections.map(([at, sectionId, heading]) => ({ at, id: sectionId, heading })),
  textLength,
  fieldsAt,
  fields: Object.fromEntries(FIELD_KINDS.flatMap((field, i) => (fields[i] ? [[field, fields[i]]] : []))),
});

/** A row's fields as their lines in the text hold them (whitespace as indexed). */
export const rowFields = (fields: ReportFields): ReportFields =>
  Object.fromEntries(fieldLines(fields).map(({ field, text }) => [field, text]));

/** A rows file's content. */
export function encodeRows(rows: ResultRow[]): string {
  return JSON.stringify(rows.map(toTuple));
}

export function decodeRows(json: string): ResultRow[] {
  const tuples = JSON.parse(json) as unknown;
  if (!Array.isArray(tuples) || tuples.some((t) => !Array.isArray(t) || t.length !== ROW_LENGTH))
    throw new Error(`search index: a rows file is not a list of ${ROW_LENGTH}-field rows`);
  return (tuples as RowTuple[]).map(fromTuple);
}
