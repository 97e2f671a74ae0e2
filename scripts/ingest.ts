/**
 * npm run ingest -- [inputDir] [--out contentDir]
 * Defaults: inputDir = $CONTENT_DIR/raw, contentDir = $CONTENT_DIR (default "content").
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestDirectoryWithImages } from '../src/lib/ingest/directory.ts';
import { failureLine } from '../src/lib/ingest/failure.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' } },
  });
  const contentDir = values.out ?? process.env.CONTENT_DIR ?? 'content';
  const inputDir = positionals[0] ?? join(contentDir, 'raw');

  let isFolder = false;
  try {
    isFolder = statSync(inputDir).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) {
    console.error(`ingest: input folder ${inputDir} does not exist or is not a folder`);
    process.exit(1);
  }
  const summary = await ingestDirectoryWithImages(inputDir, contentDir);
  for (const entry of summary.entries) {
    if (entry.status !== 'ok') console.log(`${entry.status.padEnd(8)} ${entry.file}: ${entry.reasons.join('; ')}`);
  }
  console.log(
    `ingest: ${summary.entries.length} files → ${summary.written} reports in ${join(contentDir, 'reports')} ` +
      `(ok ${summary.counts.ok}, warning ${summary.counts.warning}, rejected ${summary.counts.rejected}); ` +
      `details in ${join(contentDir, 'ingest-report.json')}`,
  );
}

main().catch((error: unknown) => {
  // An operator needs what failed and where, in one line; the previous content is untouched.
  console.error(`ingest: ${failureLine(error)}`);
  process.exit(1);
});
