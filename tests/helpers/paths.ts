import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RAW_SAMPLE = join(ROOT, 'content', 'raw');
export const SEED_LABELS = join(ROOT, 'tests', 'fixtures', 'seeds-labels.tsv');
