import { readReportText } from '../report-file/report-file.ts';
import type { Report } from '../schema/report.ts';
import { DOWNLOAD_TYPES, reportDownload, type DownloadFormat } from './report-downloads.ts';
import { permalink } from './report-metadata.ts';

/**
 * One report's download file as an endpoint response (the endpoints under /reports/<id>/ share it):
 * the file read once and only the asked format made (the page's sizes come from the same function).
 */
export function downloadResponse(report: Report, filePath: string, site: URL, format: DownloadFormat): Response {
  const file = readReportText(filePath);
  return new Response(reportDownload(format, report, file.text, file.body, permalink(site, report.id)), {
    headers: { 'Content-Type': DOWNLOAD_TYPES[format] },
  });
}
