import { siteCatalog } from '../../catalog.ts';
import { loadGazetteer } from '../../lib/gazetteer/gazetteer.ts';
import { searchPlaces } from '../../lib/site/search-data.ts';

/** The places with reports, for the search page's zero-result help (fetched only then). */
export async function GET(): Promise<Response> {
  const places = searchPlaces((await siteCatalog()).tree, loadGazetteer());
  return new Response(JSON.stringify(places), { headers: { 'Content-Type': 'application/json' } });
}
