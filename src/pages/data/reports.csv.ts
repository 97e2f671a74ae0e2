import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { openDataCsv } from '../../lib/site/open-data-files.ts';

/** /data/reports.csv: one row per report (columns described on /data/). */
export async function GET({ site }: APIContext): Promise<Response> {
  return new Response(openDataCsv(await getCollection('reports'), site!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
