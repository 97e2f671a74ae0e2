import type { GetStaticPaths } from 'astro';
import { traditionalCharacterMap } from '../../lib/chinese-script/script.ts';
import {
  SCRIPT_MAP_FIRST,
  SCRIPT_MAP_LAST,
  scriptMapPiece,
  type ScriptMap,
} from '../../lib/chinese-script/map-pieces.ts';

/** The Traditional→Simplified map for queries, one piece per 1,024 code points (built once). */
export const getStaticPaths = (() => {
  const { from, to } = traditionalCharacterMap();
  const pieces = new Map<number, ScriptMap>();
  for (let piece = scriptMapPiece(SCRIPT_MAP_FIRST); piece <= scriptMapPiece(SCRIPT_MAP_LAST); piece++)
    pieces.set(piece, { from: '', to: '' });
  const targets = [...to];
  [...from].forEach((char, i) => {
    const piece = pieces.get(scriptMapPiece(char.charCodeAt(0)))!;
    piece.from += char;
    piece.to += targets[i];
  });
  return [...pieces].map(([piece, map]) => ({ params: { piece: String(piece) }, props: { map } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { map: ScriptMap } }): Response {
  return new Response(JSON.stringify(props.map), { headers: { 'Content-Type': 'application/json' } });
}
