/** Where the reports are read from: content/ by default, CONTENT_DIR for another corpus. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';
export const REPORTS_DIR = `${CONTENT_DIR}/reports`;
