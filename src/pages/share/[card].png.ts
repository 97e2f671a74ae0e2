import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGazetteer } from '../../lib/gazetteer/gazetteer.ts';
import { availableParallelism } from 'node:os';
import { cachedShareCard, drawShareCards, shareCardDigest, type ShareCard } from '../../lib/share-card/card.ts';
import { flattenTree } from '../../lib/site/catalog.ts';
import { siteCatalog } from '../../catalog.ts';
import { placeShareCard, reportShareCard, shareCardCacheDir } from '../../lib/site/share.ts';
import { SITE_CONFIG } from '../../site-config.ts';

/** The share card of every report and place page (see shareCardPath for the name). */
export const getStaticPaths = (async () => {
  const { reports, tree } = await siteCatalog();
  const gazetteer = loadGazetteer();
  const cards: Array<[string, ShareCard]> = [
    ...reports.map((r): [string, ShareCard] => [`report-${r.id}`, reportShareCard(r, SITE_CONFIG.name)]),
    ...flattenTree(tree).map((n): [string, ShareCard] => [
      `place-${n.code}`,
      placeShareCard(n.code, n.total, gazetteer, SITE_CONFIG.name),
    ]),
  ];
  // Drawn ahead, several at a time; each card's GET then waits for its own.
  // (Not in the dev server, which asks for the paths on every request.)
  if (import.meta.env.PROD)
    drawing = drawShareCards(
      cards.map(([, card]) => card),
      shareCardCacheDir(),
      availableParallelism() + 1,
    );
  return cards.map(([name, card]) => {
    const digest = shareCardDigest(card);
    return { params: { card: `${name}-${digest}` }, props: { card }, cacheKey: digest };
  });
}) satisfies GetStaticPaths;

let drawing: Map<string, Promise<Buffer>> | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: ShareCard };
  const png = (await drawing?.get(shareCardDigest(card))) ?? (await cachedShareCard(card, shareCardCacheDir()));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
