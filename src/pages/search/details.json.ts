import { siteCatalog } from '../../catalog.ts';
import { reportDetails } from '../../lib/site/search-data.ts';

/** Each report's issuer and index number, for the search page's export (fetched only then). */
export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(reportDetails((await siteCatalog()).reports)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
