import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import {
  BUILD_PREFIX,
  BUILD_SETS,
  MANIFEST_PATH,
  isCompressed,
  parseManifest,
  type Manifest,
} from '../format/manifest.ts';

/** Compressions in flight at once, on libuv's thread pool (4 threads by default). */
const GZIP_IN_FLIGHT = 4;
/**
 * gzip level by file set. Measured on 5,000 bucket files of a 10,000-report index: counts (g/,
 * x/) at level 1 are 4 % larger than at level 4 in two thirds of the time (level 6: 7 % smaller
 * than level 4, three times slower); positions (p/) shrink to 74 % at any level, so they are published
 * as they are (isCompressed). Rows and columns are small: level 6.
 */
const GZIP_LEVEL: Record<string, number> = { g: 1, x: 1 };
const gzipLevel = (path: string) => GZIP_LEVEL[path.slice(0, path.indexOf('/'))] ?? 6;
const gzipAsync = promisify(gzip);

/** The build's name until it is named by its files (a run that stopped early may leave it). */
const UNNAMED_BUILD = `${BUILD_PREFIX}next`;

/** What the last publication in a folder wrote, kept beside it: a digest of each file as written, and of each bucket's content before compression. */
interface PublishState {
  files: Record<string, string>;
  buckets: Record<string, string>;
}

const statePath = (outDir: string) => `${outDir}.state.json`;
const fileDigest = (data: Uint8Array | string) => createHash('sha256').update(data).digest('base64url');

/**
 * Writes the files of a published index into a folder, rewriting only what changed since the
 * last publication there and checking what it keeps: a file is kept only when its bytes still
 * have the digest they were written with, so a file that was changed, cut short or deleted
 * since is written again. Files not published or kept this time are removed at the end. The
 * build's folders (g/, x/, p/, c/<build>) are worked on under their last name and renamed
 * after the digest of their files when done. A file is never modified in place (removed, then written).
 */
export class IndexPublisher {
  readonly outDir: string;
  /** The last publication's manifest, when it is of this format's version and its state is readable. */
  readonly previous?: Manifest;
  /** The build being written (its last name, until finish renames it). */
  build: string;
  private readonly previousFiles: Map<string, string>;
  private readonly previousBuckets: Map<string, string>;
  private buckets = new Map<string, string>();
  private live = new Map<string, string>();
  private readonly folders = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  written = 0;
  bytes = 0;

  constructor(outDir: string) {
    this.outDir = outDir;
    try {
      this.previous = parseManifest(readFileSync(join(outDir, MANIFEST_PATH), 'utf8'));
      const state = JSON.parse(readFileSync(statePath(outDir), 'utf8')) as PublishState;
      this.previousFiles = new Map(Object.entries(state.files));
      this.previousBuckets = new Map(Object.entries(state.buckets));
    } catch {
      this.previous = undefined;
      this.previousFiles = new Map();
      this.previousBuckets = new Map();
    }
    if (!this.previous) rmSync(outDir, { recursive: true, force: true });
    this.build = this.previous?.build ?? UNNAMED_BUILD;
  }

  get files(): number {
    return this.live.size;
  }

  private put(path: string, data: Uint8Array | string): void {
    const full = join(this.outDir, path);
    const folder = dirname(full);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    rmSync(full, { force: true });
    writeFileSync(full, data);
    this.live.set(path, fileDigest(data));
    this.written++;
    this.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }

  /**
   * Keeps a file the last publication wrote, if its bytes are still the ones written (read and
   * compared with their digest); false otherwise, and the caller writes it again.
   */
  keep(path: string): boolean {
    const expected = this.previousFiles.get(path);
    if (!expected) return false;
    let data: Buffer;
    try {
      data = readFileSync(join(this.outDir, path));
    } catch {
      return false;
    }
    if (fileDigest(data) !== expected) return false;
    this.live.set(path, expected);
    this.bytes += data.length;
    return true;
  }

  /**
   * Writes a file, gzip-compressed when the format says so (isCompressed). Compressed here, not
   * by the web server: hosts rarely compress binary files, and the browser inflates them
   * natively (DecompressionStream).
   */
  async publish(path: string, data: Uint8Array | string): Promise<void> {
    if (!isCompressed(path)) return this.put(path, data);
    while (this.inFlight.size >= GZIP_IN_FLIGHT) await Promise.race(this.inFlight);
    const job = gzipAsync(data, { level: gzipLevel(path) }).then((compressed) => this.put(path, compressed));
    this.inFlight.add(job);
    // A failed job stays in the set, so the next wait (or the last) throws its error.
    job.then(
      () => this.inFlight.delete(job),
      () => undefined,
    );
  }

  /** A bucket file: written unless the last publication wrote the same content (`digest`) and the file is intact. */
  async publishBucket(path: string, content: Uint8Array, digest: string): Promise<void> {
    this.buckets.set(path, digest);
    if (this.previousBuckets.get(path) !== digest || !this.keep(path)) await this.publish(path, content);
  }

  /** Waits for the compressions still running. */
  async flush(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  /**
   * Ends the publication: names the build after its files, writes the manifest that points at
   * it, removes what is no longer part of the index and keeps the digests.
   */
  async finish(contents: Omit<Manifest, 'build'>): Promise<Manifest> {
    await this.flush();
    const inBuild = (path: string) => BUILD_SETS.some((set) => path.startsWith(`${set}/${this.build}/`));
    const hash = createHash('sha256');
    for (const [path, digest] of [...this.live].filter(([path]) => inBuild(path)).sort(([a], [b]) => (a < b ? -1 : 1)))
      hash.update(`${path.replace(`/${this.build}/`, '/')}\n${digest}\n`);
    const named = `${BUILD_PREFIX}${hash.digest('hex').slice(0, 16)}`;
    if (named !== this.build) {
      for (const set of BUILD_SETS) {
        rmSync(join(this.outDir, set, named), { recursive: true, force: true });
        if (existsSync(join(this.outDir, set, this.build)))
          renameSync(join(this.outDir, set, this.build), join(this.outDir, set, named));
      }
      const rename = <T>(map: Map<string, T>) =>
        new Map(
          [...map].map(
            ([path, value]) => [inBuild(path) ? path.replace(`/${this.build}/`, `/${named}/`) : path, value] as const,
          ),
        );
      this.live = rename(this.live);
      this.buckets = rename(this.buckets);
      this.build = named;
    }
    const { version, ...rest } = contents;
    const manifest: Manifest = { version, build: named, ...rest };
    await this.publish(MANIFEST_PATH, JSON.stringify(manifest));
    this.removeAllBut();
    writeFileSync(
      statePath(this.outDir),
      JSON.stringify({
        files: Object.fromEntries(this.live),
        buckets: Object.fromEntries(this.buckets),
      } satisfies PublishState),
    );
    return manifest;
  }

  /** Removes the files (and emptied folders) of an earlier index that are not part of this one. */
  private removeAllBut(): void {
    const sweep = (dir: string): boolean => {
      let empty = true;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (sweep(path)) rmdirSync(path);
          else empty = false;
        } else if (!this.live.has(relative(this.outDir, path))) unlinkSync(path);
        else empty = false;
      }
      return empty;
    };
    sweep(this.outDir);
  }
}
