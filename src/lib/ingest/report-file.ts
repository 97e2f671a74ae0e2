import { parse, stringify } from 'yaml';
import { reportSchema, type Report } from '../schema/report.ts';

/**
 * A report on disk: YAML frontmatter (the schema's fields, in the schema's order) and the
 * Markdown body. Written by the ingest, read by the site's loader.
 */

const FIELD_ORDER = Object.keys(reportSchema.shape) as Array<keyof Report>;

export function serializeReport(report: Report, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) {
    if (report[key] !== undefined) ordered[key] = report[key];
  }
  const frontmatter = stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN' });
  return `---\n${frontmatter}---\n\n${body.trimEnd()}\n`;
}

export interface ParsedReportFile {
  data: unknown;
  body: string;
}

export function parseReportFile(text: string): ParsedReportFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no YAML frontmatter (the file must start with a --- block)');
  return { data: parse(match[1]!) ?? {}, body: match[2]!.replace(/^\s*\n/, '') };
}
