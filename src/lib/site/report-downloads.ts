import { reportPlainText } from '../search/build/document.ts';
import { SECTION_KIND_LABELS, type Report, type SectionKind } from '../schema/report.ts';
import { formatDate } from './catalog.ts';

/**
 * A report's downloads: the Markdown file of record as committed, JSON (metadata, sections
 * with their kinds and text, the whole text) and plain text. The page lists them with their
 * sizes, computed from these same functions, so a size shown is the size served.
 */

export const DOWNLOAD_FORMATS = ['md', 'json', 'txt'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export const DOWNLOAD_LABELS: Record<DownloadFormat, string> = {
  md: 'Markdown（存档原件：元数据和正文）',
  json: 'JSON（元数据、分节及各节类别、全文）',
  txt: '纯文本',
};

export const downloadPath = (id: string, format: DownloadFormat) => `/reports/${id}/report.${format}`;

export interface ReportSection {
  id: string;
  heading: string;
  kind: SectionKind;
  kindLabel: string;
  /** The section's text under its heading, subsections included, one block per line. */
  text: string;
}

export interface ReportJson {
  id: string;
  permalink: string;
  metadata: Report;
  /** Text before the first section heading (the opening paragraph), when there is any. */
  preamble?: string;
  sections: ReportSection[];
  text: string;
}

export function reportJson(report: Report, body: string, permalink: string): ReportJson {
  const plain = reportPlainText(body);
  const kinds = new Map((report.sections ?? []).map((s) => [s.id, s.kind]));
  // The frontmatter's sections are the top-level headings (s-1, s-2…); a subsection (s-1-2) stays inside its section.
  const starts = plain.sections.filter((s) => kinds.has(s.id));
  const sections = starts.map((start, i) => {
    const end = starts[i + 1]?.at ?? plain.text.length + 1;
    const kind = kinds.get(start.id)!;
    return {
      id: start.id,
      heading: start.heading,
      kind,
      kindLabel: SECTION_KIND_LABELS[kind],
      text: plain.text.slice(start.at + start.heading.length + 1, end - 1),
    };
  });
  const preamble = plain.text.slice(0, starts[0] ? Math.max(0, starts[0].at - 1) : plain.text.length);
  return {
    id: report.id,
    permalink,
    metadata: report,
    ...(preamble && starts.length > 0 ? { preamble } : {}),
    sections,
    text: plain.text,
  };
}

export function reportText(report: Report, body: string, permalink: string): string {
  const header: Array<[string, string | undefined]> = [
    ['地区', report.region.join('')],
    ['年度', `${report.year}年`],
    ['发布机构', report.issuer],
    ['发布日期', formatDate(report.publishedAt)],
    ['本站网址', permalink],
  ];
  const lines = header.flatMap(([label, value]) => (value ? [`${label}：${value}`] : []));
  return `${report.title}\n${lines.join('\n')}\n\n${reportPlainText(body).text}\n`;
}

/** One download file; `fileText` is the report's Markdown file as stored (frontmatter and body). */
export function reportDownload(
  format: DownloadFormat,
  report: Report,
  fileText: string,
  body: string,
  permalink: string,
): string {
  if (format === 'md') return fileText;
  if (format === 'json') return `${JSON.stringify(reportJson(report, body, permalink), null, 2)}\n`;
  return reportText(report, body, permalink);
}

export const DOWNLOAD_TYPES: Record<DownloadFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** Bytes as the page shows them: kilobytes with one decimal (1 KB = 1,024 bytes). */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
