/** A Traditional→Simplified character map: the i-th character of `from` reads as the i-th of `to`. */
export interface ScriptMap {
  from: string;
  to: string;
}

/**
 * The Traditional→Simplified map is published in pieces by code point (/t2s/<piece>.json),
 * so a page fetches only the pieces of its own characters.
 */
export const SCRIPT_MAP_FIRST = 0x3400;
export const SCRIPT_MAP_LAST = 0x9fff;
export const scriptMapPiece = (code: number) => code >> 10;

/** The pieces holding a text's characters, in order. */
export function scriptMapPieces(text: string): number[] {
  const pieces = new Set<number>();
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= SCRIPT_MAP_FIRST && code <= SCRIPT_MAP_LAST) pieces.add(scriptMapPiece(code));
  }
  return [...pieces].sort((a, b) => a - b);
}
