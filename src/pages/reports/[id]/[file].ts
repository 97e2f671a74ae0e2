import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { REPORTS_DIR } from '../../../lib/content-dir.ts';
import { reportImageFiles } from '../../../lib/site/report-images.ts';

/**
 * A report's archived images at its own address (/reports/<id>/<digest>.webp), same-origin:
 * copied from the ingest's content/reports/assets/ at build time.
 */
export const getStaticPaths = (async () => {
  const entries = await getCollection('reports');
  return entries.flatMap((entry) => reportImageFiles(entry.data).map((file) => ({ params: { id: entry.id, file } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const bytes = readFileSync(join(REPORTS_DIR, 'assets', file));
  return new Response(bytes, {
    headers: {
      'Content-Type': file.endsWith('.webp') ? 'image/webp' : file.endsWith('.png') ? 'image/png' : 'image/jpeg',
    },
  });
};
