import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { ALL_FEED_PATH, atomFeed } from '../../lib/site/feeds.ts';
import { SITE_CONFIG } from '../../site-config.ts';

/** /feeds/all.xml: the newest reports of the whole archive (Atom). */
export async function GET({ site }: APIContext): Promise<Response> {
  const reports = (await getCollection('reports')).map((e) => e.data);
  const xml = atomFeed(
    { path: ALL_FEED_PATH, title: `${SITE_CONFIG.name}：最新报告`, pagePath: '/', siteName: SITE_CONFIG.name },
    reports,
    site!,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
