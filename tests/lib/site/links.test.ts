import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../src/lib/site/links.ts';

describe('safeHttpUrl', () => {
  it('keeps http and https addresses and refuses every other scheme', () => {
    expect(safeHttpUrl('https://www.anning.gov.cn/a.html')).toBe('https://www.anning.gov.cn/a.html');
    expect(safeHttpUrl('http://example.gov.cn/')).toBe('http://example.gov.cn/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>', 'ftp://x/', 'vbscript:x', '/relative', '', undefined]) {
      expect(safeHttpUrl(bad), String(bad)).toBeUndefined();
    }
  });
});
