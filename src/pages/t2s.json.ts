import { traditionalCharacterMap } from '../lib/ingest/script.ts';

/** The Traditional→Simplified character map the search page uses on queries (built once). */
export function GET(): Response {
  return new Response(JSON.stringify(traditionalCharacterMap()), { headers: { 'Content-Type': 'application/json' } });
}
