import { spawn, spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectory, readCapture, type IngestEntry } from '../../../src/lib/ingest/directory.ts';
import { RAW_SAMPLE, ROOT } from '../../helpers/paths.ts';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SEED = '004_76eef8faab654823.txt';
/** Root reads every file whatever its mode: an unreadable file is only unreadable to another user. */
const AS_OTHER_USER: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function ingestCli(args: string[], options: SpawnSyncOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [TSX, 'scripts/ingest.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, TSX_DISABLE_CACHE: '1' },
    ...options,
  }) as SpawnSyncReturns<string>;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    // A killed run's staging folder is not content: the next run removes it.
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (entry.isFile() && !path.includes('.ingest-staging-'))
      out[path] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

describe('an input folder built to escape or stall the ingest', () => {
  let root: string;
  let input: string;
  let content: string;
  let run: ReturnType<typeof ingestCli>;
  let byFile: Record<string, IngestEntry>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hostile-'));
    chmodSync(root, 0o777);
    input = join(root, 'raw');
    content = join(root, 'content');
    mkdirSync(input);
    mkdirSync(content);
    // A real report just outside the input folder: reading it would publish what was never captured.
    copyFileSync(join(RAW_SAMPLE, '000_100d2f81db6a0f61.txt'), join(root, 'outside.txt'));
    copyFileSync(join(RAW_SAMPLE, SEED), join(input, SEED));
    writeFileSync(join(input, '..\\outside.txt'), 'decoy');
    writeFileSync(join(input, '..\\missing.txt'), 'decoy');
    symlinkSync(join(root, 'outside.txt'), join(input, 'link_out.txt'));
    symlinkSync('/etc/passwd', join(input, 'passwd.txt'));
    // A sidecar that is a link out: its JSON error would quote the outside file.
    symlinkSync('/etc/passwd', join(input, SEED.replace('.txt', '.meta.json')));
    symlinkSync(join(input, 'loop_a.txt'), join(input, 'loop_b.txt'));
    symlinkSync(join(input, 'loop_b.txt'), join(input, 'loop_a.txt'));
    symlinkSync(input, join(input, 'folder_loop'));
    symlinkSync(join(input, 'nothing.txt'), join(input, 'dangling.txt'));
    symlinkSync(join(input, SEED), join(input, 'link_in.txt'));
    expect(spawnSync('mkfifo', [join(input, 'pipe.txt')]).status).toBe(0);
    await new Promise<void>((done) => createServer().listen(join(input, 'socket.txt'), done).unref());
    writeFileSync(join(input, 'locked.txt'), readFileSync(join(RAW_SAMPLE, '003_6db6965e692f1db7.txt')));
    chmodSync(join(input, 'locked.txt'), 0o000);
    chmodSync(input, 0o777);
    chmodSync(content, 0o777);

    run = ingestCli([input, '--out', content], AS_OTHER_USER);
    byFile = Object.fromEntries(
      (JSON.parse(readFileSync(join(content, 'ingest-report.json'), 'utf8')) as IngestEntry[]).map((e) => [e.file, e]),
    );
  }, 120_000);

  it('finishes with exit 0, without a stack trace, having listed every name', () => {
    expect(run.error).toBeUndefined(); // a FIFO read would block until the timeout
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(Object.keys(byFile).sort()).toEqual(readdirSync(input).sort());
  });

  it('refuses names that could point outside the folder, and publishes nothing from there', () => {
    expect(byFile['..\\outside.txt']).toMatchObject({
      status: 'rejected',
      reasons: [expect.stringMatching(/backslash/)],
    });
    expect(byFile['..\\missing.txt']).toMatchObject({
      status: 'rejected',
      reasons: [expect.stringMatching(/backslash/)],
    });
    expect(byFile['link_out.txt']).toMatchObject({
      status: 'rejected',
      reasons: [expect.stringMatching(/symbolic link to .*outside\.txt, outside the input folder/)],
    });
    expect(byFile['passwd.txt']).toMatchObject({
      status: 'rejected',
      reasons: [expect.stringMatching(/outside the input folder/)],
    });
    expect(snapshot(join(content, 'reports'))).not.toHaveProperty(['云南省/530181003-2021.md']);
    expect(readFileSync(join(content, 'ingest-report.json'), 'utf8')).not.toMatch(/root:/);
  });

  it('refuses link loops, dangling links, links to folders, FIFOs, sockets and unreadable files, each with its reason', () => {
    expect(byFile['loop_a.txt']!.reasons).toEqual(['symbolic link loop: not followed']);
    expect(byFile['loop_b.txt']!.reasons).toEqual(['symbolic link loop: not followed']);
    expect(byFile.folder_loop!.reasons[0]).toMatch(/symbolic link to a folder/);
    expect(byFile['dangling.txt']!.reasons[0]).toMatch(/target does not exist/);
    expect(byFile['pipe.txt']!.reasons[0]).toMatch(/FIFO/);
    expect(byFile['socket.txt']!.reasons[0]).toMatch(/socket/);
    expect(byFile['locked.txt']!.reasons[0]).toMatch(/permission denied/);
    for (const file of ['loop_a.txt', 'folder_loop', 'dangling.txt', 'pipe.txt', 'socket.txt', 'locked.txt'])
      expect(byFile[file]!.status, file).toBe('rejected');
  });

  it('still publishes the good capture, and follows a link that stays inside to a file', () => {
    expect(byFile[SEED]).toMatchObject({ status: 'ok', reportId: '440304008-2020' });
    // Its sidecar, a link out, is refused on its own line and not read.
    expect(byFile['004_76eef8faab654823.meta.json']).toMatchObject({
      status: 'rejected',
      reasons: [expect.stringMatching(/symbolic link to \/etc\/passwd, outside/)],
    });
    expect(byFile['link_in.txt']).toMatchObject({ status: 'warning', reportId: '440304008-2020' });
  });
});

describe('the ingest CLI on an output it cannot write', () => {
  const root = mkdtempSync(join(tmpdir(), 'unwritable-'));
  const input = join(root, 'raw');
  mkdirSync(input);
  copyFileSync(join(RAW_SAMPLE, SEED), join(input, SEED));
  writeFileSync(join(root, 'a-file'), 'not a folder');
  const locked = join(root, 'locked');
  mkdirSync(locked);
  chmodSync(locked, 0o555);
  chmodSync(root, 0o755);
  chmodSync(input, 0o755);

  it.each([
    ['under /proc', '/proc/fz-ingest-test/content', {}],
    ['under a regular file', join(root, 'a-file', 'content'), {}],
    ['in a folder without write permission', join(locked, 'content'), AS_OTHER_USER],
  ] as Array<[string, string, SpawnSyncOptions]>)(
    'stops %s with one line on stderr and exit 1',
    (_, out, options) => {
      const run = ingestCli([input, '--out', out], options);
      expect(run.error).toBeUndefined();
      expect(run.status).toBe(1);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^ingest: cannot \w+ .*\((ENOENT|ENOTDIR|EACCES|EPERM)\)/);
    },
    300_000,
  );
});

function restore(dir: string, files: Record<string, string>): void {
  rmSync(join(dir, 'reports'), { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** The reports a run killed between its two renames left in its staging folder, as `reports/…` paths. */
function setAside(dir: string): Record<string, string> | undefined {
  for (const name of readdirSync(dir)) {
    const previous = join(dir, name, 'previous-reports');
    if (!name.startsWith('.ingest-staging-') || !existsSync(previous)) continue;
    return Object.fromEntries(
      Object.entries(snapshot(previous)).map(([file, text]) => [join('reports', file), text] as const),
    );
  }
  return undefined;
}

/** What the next run makes of `content`, run on a copy beside it: the copy and its files. */
function nextRunBeside(input: string, content: string): { copy: string; after: Record<string, string> } {
  const copy = mkdtempSync(join(tmpdir(), 'atomic-after-'));
  cpSync(content, copy, { recursive: true });
  ingestDirectory(input, copy);
  return { copy, after: snapshot(copy) };
}

/** A run whose disk is full from its first write on. */
function ingestFailingAtFirstWrite(input: string, content: string): void {
  const failing = () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  ingestDirectory(input, content, { writeFile: failing });
}

/** The ingest-report.json a run killed after swapping its reports in left in its staging folder. */
function pendingIngestReport(dir: string): string | undefined {
  for (const name of readdirSync(dir)) {
    const staging = join(dir, name);
    const report = join(staging, 'ingest-report.json');
    if (name.startsWith('.ingest-staging-') && !existsSync(join(staging, 'reports')) && existsSync(report))
      return readFileSync(report, 'utf8');
  }
  return undefined;
}

describe('atomic ingest output', () => {
  function firstRun() {
    const root = mkdtempSync(join(tmpdir(), 'atomic-'));
    const input = join(root, 'raw');
    const content = join(root, 'content');
    cpSync(RAW_SAMPLE, input, { recursive: true });
    ingestDirectory(input, content);
    writeFileSync(
      join(content, 'overrides.yaml'),
      '# hand-written\n310110016-2024:\n  issuer: 上海市杨浦区人民政府殷行街道办事处\n',
    );
    ingestDirectory(input, content);
    // The next run differs: one report fewer, one more capture.
    copyFileSync(join(RAW_SAMPLE, SEED), join(input, 'mirror.txt'));
    writeFileSync(join(input, '000_100d2f81db6a0f61.txt'), 'not a report');
    return { root, input, content, before: snapshot(content) };
  }

  it('leaves the previous content byte-identical when writing fails mid-way', () => {
    const { input, content, before } = firstRun();
    let writes = 0;
    const failing = (path: string, text: string) => {
      if (++writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      writeFileSync(path, text);
    };
    expect(() => ingestDirectory(input, content, { writeFile: failing })).toThrow(/ENOSPC/);
    expect(writes).toBe(3);
    expect(snapshot(content)).toEqual(before);
    expect(readdirSync(content).sort()).toEqual(['ingest-report.json', 'overrides.yaml', 'reports']);
  }, 60_000);

  it('puts back the previous reports a run killed between its two renames left aside, before anything else', () => {
    const { input, content, before } = firstRun();
    // The state such a kill leaves: reports/ moved into the run's staging folder, the new one not in.
    const staging = join(content, '.ingest-staging-killed');
    mkdirSync(staging);
    renameSync(join(content, 'reports'), join(staging, 'previous-reports'));
    expect(existsSync(join(content, 'reports'))).toBe(false);
    expect({ ...snapshot(content), ...setAside(content) }).toEqual(before);
    // The next run fails at its first write: what it leaves is what it started from, the reports back.
    expect(() => ingestFailingAtFirstWrite(input, content)).toThrow(/ENOSPC/);
    expect(snapshot(content)).toEqual(before);
    expect(readdirSync(content).sort()).toEqual(['ingest-report.json', 'overrides.yaml', 'reports']);
  }, 60_000);

  it('moves in the ingest report a run killed after swapping its reports in left aside, before anything else', () => {
    const { input, content } = firstRun();
    const { copy, after } = nextRunBeside(input, content);
    // The state such a kill leaves: the new reports/ in place, the previous ingest-report.json
    // still there, the new one in the run's staging folder beside the previous reports.
    const staging = join(content, '.ingest-staging-killed');
    mkdirSync(staging);
    renameSync(join(content, 'reports'), join(staging, 'previous-reports'));
    cpSync(join(copy, 'reports'), join(content, 'reports'), { recursive: true });
    copyFileSync(join(copy, 'ingest-report.json'), join(staging, 'ingest-report.json'));
    expect(snapshot(content)).not.toEqual(after);
    expect({ ...snapshot(content), 'ingest-report.json': pendingIngestReport(content) }).toEqual(after);
    // The next run fails at its first write: what it leaves is the run it settled, complete.
    expect(() => ingestFailingAtFirstWrite(input, content)).toThrow(/ENOSPC/);
    expect(snapshot(content)).toEqual(after);
    expect(readdirSync(content).sort()).toEqual(['ingest-report.json', 'overrides.yaml', 'reports']);
  }, 60_000);

  it('is either all the previous content or all the new one when killed at any point', async () => {
    const { input, content, before } = firstRun();
    const { after } = nextRunBeside(input, content);
    expect(after).not.toEqual(before);
    // One process (tsx as a loader, not tsx's CLI, which runs the script in a child): SIGKILL
    // must stop the writer itself, not a parent that leaves it writing while we look.
    const cli = () =>
      spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', input, '--out', content], {
        cwd: ROOT,
        stdio: 'ignore',
      });
    const listing = () => readdirSync(content).sort().join('/');
    // Killed the moment the run starts to change the folder (a staging folder appears, or
    // reports/ goes), and a few milliseconds into its writing: the window a crash would hit.
    for (const extra of [0, 0, 2, 5, 10, 20, 40, 80]) {
      // The last kill's staging folder (checked above to hold nothing the site reads) would look like a change.
      for (const name of readdirSync(content))
        if (name.startsWith('.ingest-staging-')) rmSync(join(content, name), { recursive: true });
      const initial = listing();
      const child = cli();
      const exited = new Promise((done) => child.on('exit', done));
      const deadline = Date.now() + 60_000;
      while (listing() === initial && child.exitCode === null && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 1));
      if (extra) await new Promise((done) => setTimeout(done, extra));
      child.kill('SIGKILL');
      await exited;
      const now = snapshot(content);
      // The one window the swap leaves (two renames: Node has no atomic exchange of folders):
      // reports/ moved into the staging folder, the new one not yet in. The previous reports are
      // there whole, and the next run puts them back before anything else (publishContent).
      const aside = existsSync(join(content, 'reports')) ? undefined : setAside(content);
      // The other: the new reports/ in, its ingest-report.json still in the staging folder. The
      // run had committed, and the next run moves that file in before anything else.
      const pending = aside ? undefined : pendingIngestReport(content);
      if (aside) expect({ ...now, ...aside }, `killed ${extra} ms, between the renames`).toEqual(before);
      else if (pending)
        expect({ ...now, 'ingest-report.json': pending }, `killed ${extra} ms, after the reports went in`).toEqual(
          after,
        );
      else if (JSON.stringify(now) !== JSON.stringify(after))
        expect(now, `killed ${extra} ms into writing`).toEqual(before);
      expect(now['overrides.yaml']).toBe(before['overrides.yaml']);
      // Start over from the previous content, so every kill lands on a run that has work to do.
      if (aside || pending || JSON.stringify(now) === JSON.stringify(after)) restore(content, before);
    }
    ingestDirectory(input, content);
    expect(snapshot(content)).toEqual(after);
    expect(readdirSync(content).sort()).toEqual(['ingest-report.json', 'overrides.yaml', 'reports']);
  }, 300_000);
});

describe('readCapture (one capture by name, for evaluations)', () => {
  it('reads under the same rules: no path out of the folder, by name or by link', () => {
    const root = mkdtempSync(join(tmpdir(), 'read-one-'));
    const input = join(root, 'raw');
    mkdirSync(input);
    copyFileSync(join(RAW_SAMPLE, SEED), join(root, 'outside.txt'));
    copyFileSync(join(RAW_SAMPLE, SEED), join(input, SEED));
    symlinkSync(join(root, 'outside.txt'), join(input, 'link_out.txt'));
    symlinkSync(root, join(input, 'up'));
    expect(readCapture(input, SEED).capture.bytes.length).toBeGreaterThan(1000);
    expect(() => readCapture(input, '../outside.txt')).toThrow(/the name is a path/);
    expect(() => readCapture(input, '/etc/passwd')).toThrow(/the name is a path/);
    expect(() => readCapture(input, 'link_out.txt')).toThrow(/outside the input folder/);
    expect(() => readCapture(input, 'up/outside.txt')).toThrow(/outside the input folder/);
  });
});
