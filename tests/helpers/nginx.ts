import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * Runs Debian's nginx with deploy/nginx.conf (its "set me" lines filled in: a free loopback port
 * and the built site) in a temporary prefix, as a child of the test process, and stops it.
 */

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** deploy/nginx.conf with its listen and root lines set; fails when they are not where expected. */
export function serverBlock(port: number, root: string): string {
  const text = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const filled = text
    .replace(/^(\s*)listen \S+;(\s*# set me)$/m, `$1listen 127.0.0.1:${port};$2`)
    .replace(/^(\s*)root \S+;(\s*# set me)$/m, `$1root ${root};$2`);
  if (!filled.includes(`listen 127.0.0.1:${port};`) || !filled.includes(`root ${root};`)) {
    throw new Error('deploy/nginx.conf: no "listen …; # set me" or "root …; # set me" line');
  }
  return filled;
}

export interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
}

export async function startNginx(site: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`no nginx at ${NGINX}: apt-get install -y nginx (or set NGINX_PATH)`);
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const folder of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, folder));
  const port = await freePort();
  writeFileSync(join(prefix, 'site.conf'), serverBlock(port, site));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (folder) => `  ${folder}_temp_path ${join(prefix, folder)};`,
      ),
      `  include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const log = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`nginx did not answer on ${url}:\n${log()}`);
      }
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
