import { IMAGE_FALLBACK_FILE, IMAGE_FILE, type Report } from '../schema/report.ts';
import { reportPath } from './catalog.ts';

/**
 * A report's archived images as the site serves them: every file (modern format and fallback)
 * at the report's own address. Names are checked again here, so only a digest-named file of
 * the assets folder can ever be copied.
 */
export function reportImageFiles(report: Pick<Report, 'images'>): string[] {
  const files = (report.images ?? []).flatMap((image) => [image.file, image.fallback]);
  return [...new Set(files)].filter((file) => IMAGE_FILE.test(file) || IMAGE_FALLBACK_FILE.test(file));
}

/** Where a report's image file is served. */
export function reportImageUrl(reportId: string, file: string): string {
  return `${reportPath(reportId)}${file}`;
}
