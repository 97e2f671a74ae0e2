import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { renderReport } from '../lib/markdown/render.ts';
import { parseReportFile } from '../lib/ingest/report-file.ts';
import { describeSchemaError, reportSchema } from '../lib/schema/report.ts';

/**
 * Loads content/reports/**.md into the `reports` collection: validates every file with the
 * shared schema (a bad file stops the build, naming the file and the field) and renders the
 * body with the project's markdown-it setup.
 */

function markdownFiles(dir: string): string[] {
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
export function readReportFile(path: string, label = path) {
  const text = readFileSync(path, 'utf8');
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

export function reportLoader(options: { base: string }): Loader {
  return {
    name: 'report-loader',
    load: async ({ store, generateDigest, logger }) => {
      const files = markdownFiles(options.base);
      const seen = new Map<string, string>();
      store.clear();
      for (const path of files) {
        const label = relative(process.cwd(), path);
        const { text, data, body } = readReportFile(path, label);
        const previous = seen.get(data.id);
        if (previous) throw new ReportFileError(`${label}: id: ${data.id} is also the id of ${previous}`);
        seen.set(data.id, label);
        const { html, headings } = renderReport(body);
        store.set({
          id: data.id,
          data,
          body,
          filePath: label,
          digest: generateDigest(text),
          rendered: { html, metadata: { headings } },
        });
      }
      logger.info(`${files.length} reports loaded from ${options.base}`);
    },
  };
}
