import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { httpSource } from '../../../src/lib/search/web/http-source.ts';

describe('the index over HTTP (what the search page reads through)', () => {
  it('revalidates the manifest every time and lets caches answer for every other file', async () => {
    const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
    const server = createServer((request, response) => {
      seen.push({ url: request.url!, headers: request.headers });
      if (request.url!.endsWith('missing.bin')) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end('0123456789');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const source = httpSource(`http://127.0.0.1:${(server.address() as AddressInfo).port}/search-index/`);
      expect(new TextDecoder().decode(await source.bytes('manifest.json'))).toBe('0123456789');
      expect(await source.bytes('b.0123456789abcdef/c/filters.bin')).toBeDefined();
      expect(await source.bytes('b.0123456789abcdef/g/missing.bin')).toBeUndefined();
      // The server here ignores ranges: the source cuts the part itself.
      expect(new TextDecoder().decode(await source.range('t/44.abc/0.bin', 2, 5))).toBe('234');
      expect(seen.map((s) => s.url)).toEqual([
        '/search-index/manifest.json',
        '/search-index/b.0123456789abcdef/c/filters.bin',
        '/search-index/b.0123456789abcdef/g/missing.bin',
        '/search-index/t/44.abc/0.bin',
      ]);
      // fetch's cache mode 'no-cache' asks every cache on the way to revalidate (Cache-Control: max-age=0).
      expect(seen[0]!.headers['cache-control']).toBe('max-age=0');
      expect(seen.slice(1).map((s) => s.headers['cache-control'])).toEqual([undefined, undefined, undefined]);
      expect(seen[3]!.headers.range).toBe('bytes=2-4');
    } finally {
      server.close();
    }
  });
});
