import type { Token } from 'markdown-it';
import { divisionChain, type Gazetteer } from '../../gazetteer/gazetteer.ts';
import { reportMarkdown } from '../../markdown/render.ts';
import { ISSUER_TYPE_LABELS, LEVEL_LABELS, SECTION_KIND_LABELS, type Report } from '../../schema/report.ts';
import { fieldsTrailer, placeLine, type ReportFields } from '../format/fields.ts';

/** A report as the search sees it: what a result shows, what filters it, and its text. */
export interface SearchDocument {
  id: string;
  title: string;
  place: string;
  code: string;
  year: number;
  published?: string;
  province: string;
  city?: string;
  county?: string;
  level: string;
  issuer: string;
  sections: string[];
  /** Title and body as read on the page, one block per line, then one line per field (fields.ts). */
  text: string;
  sectionStarts: TextSection[];
  /** The fields searched besides title and body, as their lines in `text` hold them. */
  fields: ReportFields;
  /** Where the field lines start in `text` (its length when there are none): the end of the body. */
  fieldsAt: number;
  /** The parts of the body in a section of a known kind (the frontmatter's sections), for a search in chosen sections. */
  scopes: SectionScopeSpan[];
}

/** Characters [from, to) of the text: a section of the kind labelled `kind`, from its heading to the next such section or the body's end. */
export interface SectionScopeSpan {
  kind: string;
  from: number;
  to: number;
}

export interface TextSection {
  /** Where the heading starts in the text. */
  at: number;
  /** The heading's anchor on the report page (s-1, s-1-2). */
  id: string;
  heading: string;
}

/**
 * The text of a report body as a reader sees it, markdown syntax gone, one block per line,
 * with where each section starts. Parsed by the same markdown-it setup as the page, so the
 * section anchors are the page's.
 */
export function reportPlainText(body: string, offset = 0): { text: string; sections: TextSection[] } {
  const blocks: string[] = [];
  const sections: TextSection[] = [];
  let at = offset;
  let heading: string | undefined;
  const inlineText = (token: Token): string =>
    (token.children ?? [])
      .map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : child.content))
      .join('');
  for (const token of reportMarkdown().parse(body, {})) {
    if (token.type === 'heading_open') heading = String(token.attrGet('id') ?? '') || undefined;
    if (token.type !== 'inline') continue;
    const block = inlineText(token);
    if (!block.trim()) continue;
    if (heading) sections.push({ at, id: heading, heading: block });
    heading = undefined;
    blocks.push(block);
    at += block.length + 1;
  }
  return { text: blocks.join('\n'), sections };
}

/**
 * The frontmatter's sections (the top-level headings, s-1, s-2…) as spans of the text: each
 * from its heading to the next one's, the last to the end of the body (`end`). A subsection
 * (s-1-2) stays inside its section; the opening paragraph is in none.
 */
export function sectionScopes(report: Report, starts: TextSection[], end: number): SectionScopeSpan[] {
  const kinds = new Map((report.sections ?? []).map((s) => [s.id, SECTION_KIND_LABELS[s.kind]]));
  const tops = starts.filter((s) => kinds.has(s.id));
  return tops.map((start, i) => ({ kind: kinds.get(start.id)!, from: start.at, to: tops[i + 1]?.at ?? end }));
}

export function searchDocument(report: Report, body: string, gazetteer: Gazetteer): SearchDocument {
  const chain = divisionChain(gazetteer, report.divisionCode);
  const plain = reportPlainText(body, report.title.length + 1);
  const named = (level: string) =>
    chain.map((code) => gazetteer.byCode.get(code)).find((d) => d?.level === level)?.name;
  const divisions = chain.map((code) => gazetteer.byCode.get(code)?.name);
  const fields: ReportFields = {
    // The gazetteer's names of the code's chain; the report's own when the code is not in it.
    place: placeLine(divisions.every(Boolean) ? (divisions as string[]) : report.region),
    issuer: report.issuer,
    indexNumber: report.indexNumber,
    divisionCode: report.divisionCode,
    docNumber: report.docNumber,
  };
  const bodyText = `${report.title}\n${plain.text}`;
  return {
    id: report.id,
    title: report.title,
    place: report.region.join(' · '),
    code: report.divisionCode,
    year: report.year,
    published: report.publishedAt,
    province: report.region[0]!,
    city: named('city'),
    county: named('county'),
    level: LEVEL_LABELS[report.level],
    issuer: ISSUER_TYPE_LABELS[report.issuerType],
    sections: [...new Set((report.sections ?? []).map((s) => SECTION_KIND_LABELS[s.kind]))],
    text: `${bodyText}${fieldsTrailer(fields)}`,
    sectionStarts: plain.sections,
    fields,
    fieldsAt: bodyText.length,
    scopes: sectionScopes(report, plain.sections, bodyText.length),
  };
}

/**
 * How reports are grouped into shards. By province: a shard is then a natural unit of work
 * (one province's reports, built on its own machine or CI job) and changes when, and only
 * when, one of its reports does. Province and year makes smaller shards. `auto` (the default)
 * is by province, except that a province with more than `AUTO_SHARD_REPORTS` reports is split
 * by year: building a shard holds its postings in memory, so its cost per report grows with
 * its size, while many tiny shards repeat their grams' dictionaries (2,000 reports: 318
 * shards 10.9 s and 94 MB, 30 shards 6.2 s and 77 MB).
 */
export type ShardPlan = 'auto' | 'province-year' | 'province' | 'single';

export const AUTO_SHARD_REPORTS = 1000;

export function shardKeyOf(doc: Pick<SearchDocument, 'code' | 'year'>, plan: Exclude<ShardPlan, 'auto'>): string {
  if (plan === 'single') return 'all';
  const province = doc.code.slice(0, 2);
  return plan === 'province' ? province : `${province}-${doc.year}`;
}
