import { join } from 'node:path';
import { markdownFiles, readReportFile } from '../../src/lib/report-file/report-file.ts';
import type { Report } from '../../src/lib/schema/report.ts';

/** The built content as plain data, for computing what a search must return. */
export function readContent(contentDir: string): Array<{ report: Report; text: string }> {
  return markdownFiles(join(contentDir, 'reports')).map((file) => {
    const { data, body } = readReportFile(file);
    return { report: data, text: body.replace(/\\(.)/g, '$1') };
  });
}
