import { join } from 'node:path';
import { readReportFile } from '../../../src/lib/report-file/report-file.ts';
import { ROOT } from '../../helpers/paths.ts';

/** Two reports of the committed sample: one with every fact stated, one without issuer or source. */
export const SITE = 'https://archive.example.org';
const sample = (file: string) => readReportFile(join(ROOT, 'content', 'reports', file));
export const anning = sample('云南省/530181003-2021.md');
export const yinhang = sample('上海市/310110016-2024.md');
export const url = `${SITE}/reports/530181003-2021/`;
