import type { APIContext, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { reportEntryPaths } from '../../../catalog.ts';
import { downloadResponse } from '../../../lib/site/download-routes.ts';

/** /reports/<id>/report.txt: see src/lib/site/report-downloads.ts. Unchanged reports are not rebuilt. */
export const getStaticPaths = reportEntryPaths satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<{ entry: CollectionEntry<'reports'> }>): Response {
  return downloadResponse(props.entry.data, props.entry.filePath!, site!, 'txt');
}
