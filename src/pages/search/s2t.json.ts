import { traditionalCharacterMap } from '../../lib/chinese-script/script.ts';
import { simplifiedToTraditional } from '../../lib/site/search-data.ts';

/** Simplified→Traditional, character for character: the search page offers a query in the other script when it finds nothing. */
export function GET(): Response {
  return new Response(JSON.stringify(simplifiedToTraditional(traditionalCharacterMap())), {
    headers: { 'Content-Type': 'application/json' },
  });
}
