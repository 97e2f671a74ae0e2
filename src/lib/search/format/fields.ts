/**
 * A report's fields besides its title and body that a reader searches for: the place (every
 * level's name and their joined forms), the issuer, the index number (索引号), the division
 * code and the document number (发文字号). The indexed text of a report is its title, its body,
 * then one line per field present (`fieldLines`): grams never cross a line break, so a field
 * is found exactly and never together with the body or another field.
 *
 * The place is one line, the names from province down written together (上海市杨浦区殷行街道):
 * every name, and every joined form of adjacent levels (上海市杨浦区, 杨浦区殷行街道), is a
 * part of that line, so one line answers them all.
 *
 * The lines come after the body, not before it: a body position is then the same with or
 * without fields (section offsets, excerpt positions), and a term in both the body and a field
 * has its first occurrence, where its excerpt is cut, in the body.
 */

/** Fields in the order of their lines (and of a row's `fields`). */
export const FIELD_KINDS = ['place', 'issuer', 'indexNumber', 'divisionCode', 'docNumber'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
export type ReportFields = Partial<Record<FieldKind, string>>;

/** Where a query matched: the title, a field, or the body (labelled with its section). */
export type MatchField = 'title' | FieldKind | 'text';

export const MATCH_FIELD_LABELS: Record<MatchField, string> = {
  title: '标题',
  place: '地区',
  issuer: '发布机构',
  indexNumber: '索引号',
  divisionCode: '区划代码',
  docNumber: '文号',
  text: '正文',
};

/** The place's line: the names from province down, written together, a name repeated by the next level once (a municipality). */
export function placeLine(names: string[]): string {
  return names.filter((name, i) => name !== names[i - 1]).join('');
}

/**
 * A field's value as indexed: whitespace runs become one space (a query term holds none, and a
 * line break would end the field's line).
 */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The fields present, in line order, each as indexed. */
export function fieldLines(fields: ReportFields): Array<{ field: FieldKind; text: string }> {
  return FIELD_KINDS.flatMap((field) => {
    const text = fields[field] === undefined ? '' : oneLine(fields[field]!);
    return text ? [{ field, text }] : [];
  });
}

/** What follows the body in the indexed text: a line break and the field lines, or nothing. */
export function fieldsTrailer(fields: ReportFields): string {
  return fieldLines(fields)
    .map((line) => `\n${line.text}`)
    .join('');
}
