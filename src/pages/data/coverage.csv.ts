import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { coverageCsv } from '../../lib/site/coverage.ts';
import { coverageOf } from '../../lib/site/collection.ts';

/** The coverage grids' data, one line per place and year (see coverageCsv). */
export const GET: APIRoute = async () =>
  new Response(coverageCsv(coverageOf((await getCollection('reports')).map((e) => e.data))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
