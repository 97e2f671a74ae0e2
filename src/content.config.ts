import { defineCollection } from 'astro:content';
import { reportLoader } from './integrations/report-loader.ts';
import { reportSchema } from './lib/schema/report.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  reports: defineCollection({
    loader: reportLoader({ base: `${contentDir}/reports` }),
    schema: reportSchema,
  }),
};
