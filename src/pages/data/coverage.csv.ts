import type { APIRoute } from 'astro';
import { coverageCsv } from '../../lib/site/coverage.ts';
import { siteCoverage } from '../../catalog.ts';

/** The coverage grids' data, one line per place and year (see coverageCsv). */
export const GET: APIRoute = async () =>
  new Response(coverageCsv(await siteCoverage()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
