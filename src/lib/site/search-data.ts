import * as OpenCC from 'opencc-js/cn2t';
import type { ScriptMap } from '../chinese-script/map-pieces.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { flattenTree, type PlaceNode } from './catalog.ts';
import type { SearchPlace } from './search-view.ts';

/**
 * Three small files the search page fetches only when it needs them, built with the site:
 * the places the archive has reports of (for the zero-result help) the Simplified→Traditional
 * character map (to offer a Simplified query in Traditional), and each report's issuer and
 * index number (for the export; the search index's rows do not hold them).
 */

/** Every place with reports, by full name (province first), as the place pages name them. */
export function searchPlaces(tree: PlaceNode[], gazetteer: Gazetteer): SearchPlace[] {
  return flattenTree(tree).map((node) => {
    const ancestors = gazetteer.byCode.get(node.code)?.ancestorCodes ?? [];
    const names = ancestors.map((code) => gazetteer.byCode.get(code)?.name ?? '');
    return { code: node.code, name: [...names, node.name].join(''), total: node.total };
  });
}

/**
 * Simplified→Traditional, one character for one: for each Simplified character the
 * Traditional→Simplified map leads to (`t2s.to`), the character OpenCC writes for it alone in
 * Traditional (镇 → 鎮, not the variant 鎭 that also reads as 镇).
 */
export function simplifiedToTraditional(t2s: ScriptMap): ScriptMap {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  let from = '';
  let to = '';
  for (const simplified of new Set(t2s.to)) {
    const traditional = toTraditional(simplified);
    if (traditional !== simplified && [...traditional].length === 1) {
      from += simplified;
      to += traditional;
    }
  }
  return { from, to };
}
