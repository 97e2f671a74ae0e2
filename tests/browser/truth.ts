import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportFile } from '../../src/lib/ingest/report-file.ts';
import type { Report } from '../../src/lib/schema/report.ts';

/** The built content as plain data, for computing what a search must return. */
export function readContent(contentDir: string): Array<{ report: Report; text: string }> {
  const dir = join(contentDir, 'reports');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const { data, body } = parseReportFile(readFileSync(join(dir, f), 'utf8'));
      return { report: data as Report, text: body.replace(/\\(.)/g, '$1') };
    });
}
