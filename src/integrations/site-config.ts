import type { AstroIntegration } from 'astro';
import { readSiteConfig, siteConfigPath } from '../lib/site/site-config.ts';

/**
 * Reads the site configuration (src/lib/site/site-config.ts) once, before anything is built: an
 * invalid file stops the build naming the field that is wrong, and a configuration that gives
 * readers no way to reach the archive is said once in the build log. The pages get the parsed
 * value as a Vite define, __FZ_SITE_CONFIG__ (src/site-config.ts), not by reading the file:
 * `vite.define` is part of the configuration hash of Astro's incremental build, so a changed
 * configuration re-renders every page. Read at render time instead, a report page whose cache
 * key was unchanged kept the previous build's contact links (tests/build/site-config.test.ts).
 */
export function siteConfiguration(): AstroIntegration {
  return {
    name: 'site-config',
    hooks: {
      'astro:config:setup': ({ logger, updateConfig }) => {
        const { config, warning } = readSiteConfig(siteConfigPath());
        if (warning) logger.warn(warning);
        updateConfig({ vite: { define: { __FZ_SITE_CONFIG__: JSON.stringify(config) } } });
      },
    },
  };
}
