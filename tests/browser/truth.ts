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

/**
 * Everything a search reads of a report, as a reader would list it: the title, the text, then
 * on lines of their own the place's names from province down written together (a municipality
 * once), the issuer, the index number, the division code and the document number.
 */
export function searchableText(report: Report, text: string): string {
  const place = report.region.filter((name, i) => name !== report.region[i - 1]).join('');
  const fields = [place, report.issuer, report.indexNumber, report.divisionCode, report.docNumber];
  return [report.title, text, ...fields.filter(Boolean)].join('\n');
}
