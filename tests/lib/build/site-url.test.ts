import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrl, siteUrlWarning } from '../../../src/lib/build/site-url.ts';

describe('SITE_URL', () => {
  it('warns in one line, naming what it affects and how to set it, when unset or blank', () => {
    for (const env of [{}, { SITE_URL: '  ' }]) {
      const warning = siteUrlWarning(env);
      expect(warning).toMatch(/SITE_URL is not set/);
      expect(warning).toMatch(/QR code/);
      expect(warning).toContain('SITE_URL=https://');
      expect(warning).not.toContain('\n');
      expect(siteUrl(env)).toBe(LOCAL_SITE_URL);
    }
  });

  it('is quiet and used as given when set', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://fazhi.example.cn' })).toBeUndefined();
    expect(siteUrl({ SITE_URL: 'https://fazhi.example.cn' })).toBe('https://fazhi.example.cn');
  });
});
