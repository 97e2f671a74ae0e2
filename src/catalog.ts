import { getCollection } from 'astro:content';
import { catalogOf, coverageOf, type Catalog } from './lib/site/collection.ts';
import type { CoverageIndex } from './lib/site/coverage.ts';

/**
 * The Astro side of the catalog: the reports the loader validated, sorted, and their place
 * tree. Built once per static build; the dev server, where content changes under it, builds
 * it again per request.
 */
export async function siteCatalog(): Promise<Catalog> {
  const reports = (await getCollection('reports')).map((entry) => entry.data);
  return catalogOf(reports, { reuse: import.meta.env.PROD });
}

/** The Astro side of the coverage index: once per static build, per request in the dev server. */
export async function siteCoverage(): Promise<CoverageIndex> {
  const reports = (await getCollection('reports')).map((entry) => entry.data);
  return coverageOf(reports, { reuse: import.meta.env.PROD });
}

/** One static path per report, rebuilt only when its file changed: for the report's download files. */
export async function reportEntryPaths() {
  return (await getCollection('reports')).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
    cacheKey: entry.digest,
  }));
}
