import { preview } from 'vite';

/**
 * Serves a built site on a free loopback port with Vite's static preview server, for browser
 * tests and the benchmark. (astro preview allows one server per project, which a developer's
 * own `npm start` may hold.)
 */
export async function serveStatic(root: string, outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    root,
    configFile: false,
    appType: 'mpa',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address !== 'object') throw new Error('preview server has no address');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
