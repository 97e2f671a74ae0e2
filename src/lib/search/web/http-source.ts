import type { IndexSource } from './engine.ts';
import { MANIFEST_PATH } from '../format/manifest.ts';

/**
 * The published index read over HTTP from `root` (a URL ending in /). The manifest is asked
 * for with `cache: 'no-cache'` (revalidated every time: it names this build's files); every
 * other file is named by its content, so whatever copy a cache holds is the right one.
 */
export function httpSource(root: string): IndexSource {
  const url = (path: string) => new URL(path, root).href;
  return {
    async bytes(path) {
      const response = await fetch(url(path), path === MANIFEST_PATH ? { cache: 'no-cache' } : {});
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async range(path, start, end) {
      const response = await fetch(url(path), { headers: { Range: `bytes=${start}-${end - 1}` } });
      // 416: the range starts past the end of the file, i.e. the text ended.
      if (response.status === 416) return new Uint8Array(0);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      // A server that ignores ranges sends the whole file.
      return response.status === 206 ? bytes : bytes.subarray(start, end);
    },
  };
}
