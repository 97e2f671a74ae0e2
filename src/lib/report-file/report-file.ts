import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describeSchemaError, reportSchema, type Report } from '../schema/report.ts';

/**
 * A report on disk: YAML frontmatter (the schema's fields, in the schema's order) and the
 * Markdown body. Written by the ingest, read by the site's loader, the report page and the
 * search index build.
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

/** Every .md file under a folder, sorted, depth first. */
export function markdownFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

export class ReportFileError extends Error {}

/** Reads and validates one report file; throws ReportFileError naming the file and fields. */
export function readReportFile(path: string, label = path, text = readFileSync(path, 'utf8')) {
  let parsed;
  try {
    parsed = parseReportFile(text);
  } catch (error) {
    throw new ReportFileError(`${label}: ${(error as Error).message}`);
  }
  const result = reportSchema.safeParse(parsed.data);
  if (!result.success) {
    throw new ReportFileError(`${label}: invalid report: ${describeSchemaError(result.error).join('; ')}`);
  }
  return { text, data: result.data, body: parsed.body };
}

/** A report file as stored (`text`: frontmatter and body) and its Markdown body, read once. */
export function readReportText(path: string): { text: string; body: string } {
  const text = readFileSync(path, 'utf8');
  return { text, body: parseReportFile(text).body };
}

/** The Markdown body of a report file (the collection holds only its metadata). */
export function reportBody(path: string): string {
  return readReportText(path).body;
}
