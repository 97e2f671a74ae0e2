/**
 * Options for @astrojs/sitemap. A sitemap file may list at most 50,000 URLs (sitemaps.org):
 * past that the integration writes sitemap-1.xml, sitemap-2.xml… under one sitemap-index.xml.
 */
export const SITEMAP_ENTRY_LIMIT = 50_000;

/** Only pages go in the sitemap: downloads, feeds, data files and index pieces are not pages. */
export function isSitemapPage(url: string): boolean {
  return new URL(url).pathname.endsWith('/');
}

/** What astro.config.mjs passes to @astrojs/sitemap (and the tests, to check the split). */
export const SITEMAP_OPTIONS = { entryLimit: SITEMAP_ENTRY_LIMIT, filter: isSitemapPage };
