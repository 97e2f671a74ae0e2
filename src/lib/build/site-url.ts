/**
 * The archive's public address (SITE_URL): printed page addresses and QR codes point there, so a
 * build for deployment must know it. Without it they point at the local preview address.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export function siteUrl(env: NodeJS.ProcessEnv): string {
  return env.SITE_URL?.trim() || LOCAL_SITE_URL;
}

/** One line for the build log when SITE_URL is unset; undefined when it is set. */
export function siteUrlWarning(env: NodeJS.ProcessEnv): string | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return `warning: SITE_URL is not set, so every printed page address and QR code points to ${LOCAL_SITE_URL}; for deployment build with SITE_URL=https://<public address> npm run build`;
}
