import type { Report } from '../schema/report.ts';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { reportEvidence } from './report-evidence.ts';
import { DOWNLOAD_TYPES, type DownloadFormat } from './report-downloads.ts';

/** One report's download file as an endpoint response (the endpoints under /reports/<id>/ share it). */
export function downloadResponse(report: Report, filePath: string, site: URL, format: DownloadFormat): Response {
  const { downloads } = reportEvidence(report, filePath, site, loadGazetteer());
  return new Response(downloads[format], { headers: { 'Content-Type': DOWNLOAD_TYPES[format] } });
}
