import { createHash } from 'node:crypto';
import { FIRST_PAINT_SCRIPT } from './reader-prefs.ts';

/**
 * The site's Content-Security-Policy, one for every page, the same in each page's
 * `<meta http-equiv>` and in the hosting files (deploy/). Scripts and styles are same-origin
 * files (the build inlines none: astro.config.mjs sets `assetsInlineLimit: 0` and
 * `inlineStylesheets: 'never'`); the one inline script is the reader-preferences script that
 * must run before first paint, allowed by its hash. No third-party source anywhere.
 *
 * Astro's own `security.csp` was not used: it writes a per-page policy of the hashes of what it
 * inlined, while the hosting files need one policy for all pages, and a meta tag cannot carry
 * frame-ancestors anyway.
 */

/** A CSP hash source (`'sha256-…'`) for an inline script or style body, exactly as served. */
export function hashSource(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The inline script bodies the site may contain; every other script is a same-origin file. */
const INLINE_SCRIPTS: readonly string[] = [FIRST_PAINT_SCRIPT];

const DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  `script-src 'self' ${INLINE_SCRIPTS.map(hashSource).join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** For `<meta http-equiv="content-security-policy">` (which ignores frame-ancestors). */
export const CSP_META = DIRECTIVES.join('; ');

/** For the Content-Security-Policy response header: the meta policy plus frame-ancestors. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;
