/**
 * The filters the index publishes a column for, in column order (c/filters.bin holds them in
 * this order, and the manifest lists each one's values). The search owns the keys; the site
 * gives them labels.
 */
export const FACET_KEYS = ['province', 'city', 'county', 'level', 'issuer', 'year', 'section'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
