import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { markdownFiles, readReportFile, ReportFileError } from '../lib/report-file/report-file.ts';
import type { IndexedReport } from '../lib/search/build/build.ts';
import { recordValidatedReports } from './report-registry.ts';

/**
 * Loads content/reports/**.md into the `reports` collection: validates every file with the
 * shared schema (a bad file stops the build, naming the file and the field). Only the
 * metadata is kept in the collection: the report page reads and renders its body from the
 * file (reportBody), so the collection stays small however many reports there are (Astro
 * serializes it whole; bodies made it 4.2 GB of memory at 10,000 reports). Astro keeps the
 * collection between builds, so a file whose digest is unchanged is not parsed again; files
 * are named by report id (<id>.md), which makes that lookup possible without parsing them.
 */

export function reportLoader(options: { base: string }): Loader {
  return {
    name: 'report-loader',
    load: async ({ store, generateDigest, logger }) => {
      const files = markdownFiles(options.base);
      const seen = new Map<string, string>();
      const stale = new Set(store.keys());
      let parsed = 0;
      const validated: IndexedReport[] = [];
      for (const path of files) {
        const label = relative(process.cwd(), path);
        const id = basename(path, '.md');
        const previous = seen.get(id);
        if (previous) throw new ReportFileError(`${label}: id: ${id} is also the id of ${previous}`);
        seen.set(id, label);
        stale.delete(id);
        // The path is part of the digest: Astro ignores a set() whose digest it already has,
        // and the page reads the body from the stored path, so a moved folder must count as a change.
        const text = readFileSync(path, 'utf8');
        const digest = generateDigest(`${label}\n${text}`);
        const kept = store.get(id);
        if (kept?.digest === digest) {
          const { divisionCode, year } = kept.data as { divisionCode: string; year: number };
          validated.push({ path: resolve(path), code: divisionCode, year });
          continue;
        }
        const { data } = readReportFile(path, label, text);
        if (data.id !== id)
          throw new ReportFileError(
            `${label}: id: ${data.id} differs from the file name (reports are stored as <id>.md)`,
          );
        store.set({ id, data, filePath: label, digest });
        validated.push({ path: resolve(path), code: data.divisionCode, year: data.year });
        parsed++;
      }
      for (const id of stale) store.delete(id);
      // The search index is built from exactly these files (src/integrations/search-index.ts).
      recordValidatedReports(options.base, validated);
      logger.info(
        `${files.length} reports loaded from ${options.base} (${parsed} parsed, ${files.length - parsed} unchanged)`,
      );
    },
  };
}
