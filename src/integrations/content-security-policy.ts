import type { AstroIntegration } from 'astro';

/**
 * Tells the layout whether to put the Content-Security-Policy (src/lib/site/csp.ts) in each page:
 * in every build and preview, not under the dev server, which injects inline styles of its own.
 * (import.meta.env.DEV cannot tell: it is true in a build run with NODE_ENV=test, as the test
 * suite's builds are, and the policy would silently be missing from what the tests check.)
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __FZ_CSP_META__: JSON.stringify(command !== 'dev') } } });
      },
    },
  };
}
