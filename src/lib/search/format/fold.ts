import type { ScriptMap } from '../../chinese-script/map-pieces.ts';

/**
 * What the search matches on: the report's text folded character by character, so that every
 * position in the folded text is the same position in the text as published (excerpts and
 * highlights are cut from the original). Folding: Latin letters to lower case, full-width
 * ASCII to half-width, and, through the Traditional→Simplified character map, Traditional
 * characters to Simplified; the same folding is applied to queries.
 */

export type CharFold = (code: number) => number;

export function charFold(map?: ScriptMap): CharFold {
  const table = new Map<number, number>();
  if (map) {
    const from = [...map.from];
    const to = [...map.to];
    from.forEach((char, i) => {
      const target = to[i]!;
      // Only single code units map, which keeps the folding length-preserving.
      if (char.length === 1 && target.length === 1) table.set(char.charCodeAt(0), target.charCodeAt(0));
    });
  }
  return (code) => {
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    if (code >= 0x41 && code <= 0x5a) return code + 0x20;
    return table.get(code) ?? code;
  };
}

export function foldText(text: string, fold: CharFold): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = fold(text.charCodeAt(i));
  return out;
}

/** The folded text as a string (built in pieces: a long report is too many arguments for one call). */
export function foldString(text: string, fold: CharFold): string {
  const units = foldText(text, fold);
  let out = '';
  for (let at = 0; at < units.length; at += 8192) out += String.fromCharCode(...units.subarray(at, at + 8192));
  return out;
}
