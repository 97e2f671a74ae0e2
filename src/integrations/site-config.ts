import type { AstroIntegration } from 'astro';
import { readSiteConfig, siteConfigPath } from '../lib/site/site-config.ts';

/**
 * Reads the site configuration (src/lib/site/site-config.ts) once, before anything is built: an
 * invalid file stops the build naming the field that is wrong, and a configuration that gives
 * readers no way to reach the archive is said once in the build log. The pages get the parsed
 * value inlined as __FZ_SITE_CONFIG__ (src/site-config.ts): being in their code, a changed
 * configuration changes the module hash Astro's incremental build compares, so no page keeps
 * an old contact or name.
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
