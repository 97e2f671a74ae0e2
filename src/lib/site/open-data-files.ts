import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { reportBody } from '../report-file/report-file.ts';
import type { Report } from '../schema/report.ts';
import { placeByLevel, reportsCsv, reportsJsonLine, type OpenDataRow } from './open-data.ts';
import { permalink } from './report-metadata.ts';

/** The reports as open-data rows, ordered by id so that a new build's files diff cleanly against the last. */
function openDataRows(
  entries: Array<{ data: Report; filePath?: string }>,
  site: string | URL,
): Array<OpenDataRow & { filePath?: string }> {
  const gazetteer = loadGazetteer();
  return [...entries]
    .sort((a, b) => a.data.id.localeCompare(b.data.id))
    .map((e) => ({
      report: e.data,
      permalink: permalink(site, e.data.id),
      place: placeByLevel(e.data, gazetteer),
      filePath: e.filePath,
    }));
}

export function openDataCsv(entries: Array<{ data: Report; filePath?: string }>, site: string | URL): string {
  return reportsCsv(openDataRows(entries, site));
}

/** Reads each report's body in turn: the archive's text is never held whole (10,000 reports are ~200 MB of text). */
export function* openDataJsonLines(
  entries: Array<{ data: Report; filePath?: string }>,
  site: string | URL,
): Generator<string> {
  for (const row of openDataRows(entries, site))
    yield reportsJsonLine(row, row.filePath ? reportBody(row.filePath) : '');
}
