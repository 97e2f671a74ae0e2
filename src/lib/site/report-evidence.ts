import { readFileSync } from 'node:fs';
import { divisionChain, type Gazetteer } from '../gazetteer/gazetteer.ts';
import { parseReportFile } from '../report-file/report-file.ts';
import type { Report } from '../schema/report.ts';
import { placeFeedPath } from './feeds.ts';
import { DOWNLOAD_FORMATS, reportDownloads, type DownloadFormat } from './report-downloads.ts';
import { permalink, type PlacePart } from './report-metadata.ts';

/**
 * What a report page and its download endpoints need beside the report: its permalink, its
 * place's divisions, the sizes in bytes of its download files, the feeds it belongs to.
 */
export interface ReportEvidence {
  permalink: string;
  place: PlacePart[];
  sizes: Record<DownloadFormat, number>;
  /** Its province's and its own place's Atom feeds (the whole archive's is on every page). */
  feeds: Array<{ href: string; title: string }>;
}

export function placeParts(report: Report, gazetteer: Gazetteer): PlacePart[] {
  return divisionChain(gazetteer, report.divisionCode).map((code) => ({
    code,
    name: gazetteer.byCode.get(code)?.name ?? (code === report.divisionCode ? report.jurisdiction : code),
  }));
}

/** `filePath` is the report's Markdown file, read whole: it is the download of record. */
export function reportEvidence(
  report: Report,
  filePath: string,
  site: string | URL,
  gazetteer: Gazetteer,
): ReportEvidence {
  const url = permalink(site, report.id);
  const fileText = readFileSync(filePath, 'utf8');
  const downloads = reportDownloads(report, fileText, parseReportFile(fileText).body, url);
  const sizes = Object.fromEntries(DOWNLOAD_FORMATS.map((f) => [f, Buffer.byteLength(downloads[f])])) as Record<
    DownloadFormat,
    number
  >;
  const place = placeParts(report, gazetteer);
  const province = place[0]!;
  const own = place.at(-1)!;
  const feeds = [{ href: placeFeedPath(province.code), title: `${province.name}：最新报告` }];
  if (own.code !== province.code)
    feeds.push({ href: placeFeedPath(own.code), title: `${place.map((p) => p.name).join('')}：最新报告` });
  return { permalink: url, place, sizes, feeds };
}
