/**
 * Links from captured data (a sidecar's sourceUrl, a merged capture's) end up as `href`s on
 * public pages, so only absolute http: and https: URLs pass. Everything else — `javascript:`,
 * `data:`, `vbscript:`, `file:`, protocol-relative `//host`, relative paths, entity-encoded
 * schemes (`&#106;avascript:`, `javascript&colon;`) — is refused rather than repaired.
 *
 * The test is the browser's own URL parser (WHATWG), so the scheme is read exactly as a
 * browser would read it: leading/trailing spaces and control characters stripped, tabs and
 * newlines inside removed, case ignored. A string that is not an absolute URL to it (an
 * entity-encoded scheme is not) has no scheme a browser could run.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** The URL in its standard form (percent-encoded, lower-case scheme and host), or undefined when it may not be linked. */
export function safeHttpUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  // `https://www.gov.cn@evil.example/` reads as a gov.cn link and goes elsewhere; a public
  // portal's page never needs credentials in its address.
  if (url.username || url.password) return undefined;
  if (!url.hostname) return undefined;
  return url.href;
}

/** Why safeHttpUrl refused a value, for ingest reports and schema messages. */
export const UNSAFE_URL_REASON =
  'not an absolute http(s) URL (other schemes, relative and credential-bearing links are not published)';
