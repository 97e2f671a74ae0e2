import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrl, siteUrlWarning } from '../../../src/lib/build/site-url.ts';
import { ROOT } from '../../helpers/paths.ts';

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

describe('npm start', () => {
  it('builds with SITE_URL set to the address it then serves on', () => {
    const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts.start!;
    const site = /SITE_URL=(\S+) npm run build/.exec(start)?.[1];
    const served = /preview --host (\S+) --port (\S+)/.exec(start);
    expect(site, start).toBeDefined();
    expect(served, start).not.toBeNull();
    expect(site).toBe(`http://${served![1]}:${served![2]}`);
  });
});
