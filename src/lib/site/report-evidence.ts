import { divisionChain, type Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Report } from '../schema/report.ts';
import { placeFeedPath } from './feeds.ts';
import { DOWNLOAD_FORMATS, reportDownload, type DownloadFormat } from './report-downloads.ts';
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

function placeParts(report: Report, gazetteer: Gazetteer): PlacePart[] {
  return divisionChain(gazetteer, report.divisionCode).map((code) => ({
    code,
    name: gazetteer.byCode.get(code)?.name ?? (code === report.divisionCode ? report.jurisdiction : code),
  }));
}

/** `file` is the report's Markdown file as stored (`text`) and its body: the download of record. */
export function reportEvidence(
  report: Report,
  file: { text: string; body: string },
  site: string | URL,
  gazetteer: Gazetteer,
): ReportEvidence {
  const url = permalink(site, report.id);
  const sizes = Object.fromEntries(
    DOWNLOAD_FORMATS.map((format) => [
      format,
      Buffer.byteLength(reportDownload(format, report, file.text, file.body, url)),
    ]),
  ) as Record<DownloadFormat, number>;
  const place = placeParts(report, gazetteer);
  const province = place[0]!;
  const own = place.at(-1)!;
  const feeds = [{ href: placeFeedPath(province.code), title: `${province.name}：最新报告` }];
  if (own.code !== province.code)
    feeds.push({ href: placeFeedPath(own.code), title: `${place.map((p) => p.name).join('')}：最新报告` });
  return { permalink: url, place, sizes, feeds };
}
