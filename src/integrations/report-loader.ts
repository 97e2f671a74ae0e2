import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { renderReport } from '../lib/markdown/render.ts';
import { markdownFiles, readReportFile, ReportFileError } from '../lib/ingest/report-file.ts';

/**
 * Loads content/reports/**.md into the `reports` collection: validates every file with the
 * shared schema (a bad file stops the build, naming the file and the field) and renders the
 * body with the project's markdown-it setup.
 */

export function reportLoader(options: { base: string }): Loader {
  return {
    name: 'report-loader',
    load: async ({ store, generateDigest, logger }) => {
      const files = markdownFiles(options.base);
      const seen = new Map<string, string>();
      store.clear();
      for (const path of files) {
        const label = relative(process.cwd(), path);
        const { text, data, body } = readReportFile(path, label);
        const previous = seen.get(data.id);
        if (previous) throw new ReportFileError(`${label}: id: ${data.id} is also the id of ${previous}`);
        seen.set(data.id, label);
        const { html, headings } = renderReport(body);
        store.set({
          id: data.id,
          data,
          body,
          filePath: label,
          digest: generateDigest(text),
          rendered: { html, metadata: { headings } },
        });
      }
      logger.info(`${files.length} reports loaded from ${options.base}`);
    },
  };
}
