import { defineCollection } from 'astro:content';
import { reportLoader } from './integrations/report-loader.ts';
import { reportSchema } from './lib/schema/report.ts';
import { REPORTS_DIR } from './lib/content-dir.ts';

export const collections = {
  reports: defineCollection({
    loader: reportLoader({ base: REPORTS_DIR }),
    schema: reportSchema,
  }),
};
