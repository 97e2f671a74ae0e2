import type { APIContext, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadGazetteer } from '../../../lib/gazetteer/gazetteer.ts';
import { catalogOf } from '../../../lib/site/collection.ts';
import { contentKey, flattenTree, placePath, type PlaceNode } from '../../../lib/site/catalog.ts';
import { atomFeed, placeFeedPath, reportsWithin } from '../../../lib/site/feeds.ts';

/** /feeds/place/<code>.xml: the newest reports of a place and the places inside it (Atom); a province's is the province feed. */
export const getStaticPaths = (async () => {
  const { tree } = catalogOf((await getCollection('reports')).map((e) => e.data));
  return flattenTree(tree).map((node) => ({ params: { code: node.code }, props: { node }, cacheKey: contentKey(node) }));
}) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<{ node: PlaceNode }>): Response {
  const { node } = props;
  const gazetteer = loadGazetteer();
  const ancestors = gazetteer.byCode.get(node.code)?.ancestorCodes ?? [];
  const fullName = [...ancestors.map((c) => gazetteer.byCode.get(c)?.name ?? c), node.name].join('');
  const xml = atomFeed({ path: placeFeedPath(node.code), title: `${fullName}：最新法治政府建设年度报告`, pagePath: placePath(node.code) }, reportsWithin(node), site!);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
