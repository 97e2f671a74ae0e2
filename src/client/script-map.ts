import { scriptMapPieces, type ScriptMap } from '../lib/chinese-script/map-pieces.ts';

/**
 * The Traditional→Simplified map, as far as the page needed it so far: each piece
 * (/t2s/<piece>.json) is fetched once, when a text first has a character in it. The search
 * page folds queries with it, the report page the text it highlights.
 */
const mapPieces = new Map<number, Promise<ScriptMap>>();

export async function scriptMapFor(text: string): Promise<ScriptMap> {
  for (const piece of scriptMapPieces(text)) {
    if (!mapPieces.has(piece)) {
      const loading = fetch(`/t2s/${piece}.json`).then((r) => {
        if (!r.ok) throw new Error(`/t2s/${piece}.json: ${r.status}`);
        return r.json() as Promise<ScriptMap>;
      });
      // A failed piece is asked for again next time.
      loading.catch(() => mapPieces.delete(piece));
      mapPieces.set(piece, loading);
    }
  }
  const pieces = await Promise.all(mapPieces.values());
  return { from: pieces.map((p) => p.from).join(''), to: pieces.map((p) => p.to).join('') };
}
