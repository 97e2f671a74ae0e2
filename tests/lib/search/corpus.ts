import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFromSample } from '../../../src/lib/corpus/generate.ts';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { ingestDirectory } from '../../../src/lib/ingest/directory.ts';
import { markdownFiles, readReportFile } from '../../../src/lib/report-file/report-file.ts';
import { ArchiveIndex, type IndexSource } from '../../../src/lib/search/web/engine.ts';
import { searchDocument, type SearchDocument } from '../../../src/lib/search/build/document.ts';
import { RAW_SAMPLE } from '../../helpers/paths.ts';

/** A generated corpus, ingested like the sample, for the search tests. */
export function generatedContent(
  reports: number,
  seed: number,
): { dir: string; reportsDir: string; documents: SearchDocument[] } {
  const dir = mkdtempSync(join(tmpdir(), 'search-corpus-'));
  const raw = join(dir, 'raw');
  mkdirSync(raw);
  for (const capture of generateFromSample({ reports, seed, sampleDir: RAW_SAMPLE }))
    writeFileSync(join(raw, capture.file), capture.text);
  ingestDirectory(raw, dir);
  const reportsDir = join(dir, 'reports');
  const gazetteer = loadGazetteer();
  const documents = markdownFiles(reportsDir).map((file) => {
    const { data, body } = readReportFile(file);
    return searchDocument(data, body, gazetteer);
  });
  return { dir, reportsDir, documents };
}

/** The published index read from disk, as the page reads it over HTTP. */
export function diskSource(dir: string): IndexSource {
  return {
    bytes: async (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : undefined),
    range: async (path, start, end) => readFileSync(join(dir, path)).subarray(start, end),
  };
}

export const openIndex = (dir: string, map?: { from: string; to: string }) => ArchiveIndex.open(diskSource(dir), map);
