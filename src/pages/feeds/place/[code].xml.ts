import type { APIContext, GetStaticPaths } from 'astro';
import { siteCatalog } from '../../../catalog.ts';
import { loadGazetteer } from '../../../lib/gazetteer/gazetteer.ts';
import { placePath, type PlaceNode } from '../../../lib/site/catalog.ts';
import { atomFeed, placeFeedPath, reportsWithin } from '../../../lib/site/feeds.ts';
import { placePageData, placePagePaths } from '../../../lib/site/place-page.ts';
import { SITE_CONFIG } from '../../../site-config.ts';

/** /feeds/place/<code>.xml: the newest reports of a place and the places inside it (Atom); a province's is the province feed. */
export const getStaticPaths = (async () => placePagePaths((await siteCatalog()).tree)) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<{ node: PlaceNode }>): Response {
  const { node, fullName } = placePageData(props.node, loadGazetteer());
  const xml = atomFeed(
    {
      path: placeFeedPath(node.code),
      title: `${fullName}：最新法治政府建设年度报告`,
      pagePath: placePath(node.code),
      siteName: SITE_CONFIG.name,
    },
    reportsWithin(node),
    site!,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
