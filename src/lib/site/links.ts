/**
 * A captured address as a link target, or nothing: only http and https pass. Captures are
 * untrusted, and a `javascript:` or `data:` address in a sidecar must never become a link.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}
