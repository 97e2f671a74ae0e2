import type { SiteConfig } from './lib/site/site-config.ts';

/** Inlined by src/integrations/site-config.ts from site.config.yaml (or SITE_CONFIG), checked. */
declare const __FZ_SITE_CONFIG__: SiteConfig;

/** The site configuration of this build: the archive's name, its contact and reply policy. */
export const SITE_CONFIG: SiteConfig = __FZ_SITE_CONFIG__;
