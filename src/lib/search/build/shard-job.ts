import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadGazetteer } from '../../gazetteer/gazetteer.ts';
import { readReportFile } from '../../report-file/report-file.ts';
import { traditionalCharacterMap } from '../../chinese-script/script.ts';
import { type CharFold, charFold } from '../format/fold.ts';
import { INDEX_VERSION } from '../format/manifest.ts';
import { searchDocument } from './document.ts';
import { buildShard } from './shard.ts';

/**
 * One shard's job: read its report files, and build the shard when their digest is not the
 * cached shard's. Runs in the thread that plans the build or on a worker (shard-worker.ts).
 */

/** The files a shard was last checked against, by name, size and modification time. */
export type Sources = Array<[string, number, number]>;
export const sourcesPath = (shardPath: string) => `${shardPath}.sources.json`;
export const sourcesOf = (files: string[]): Sources =>
  files.map((file) => {
    const { size, mtimeMs } = statSync(file);
    return [basename(file), size, mtimeMs];
  });

/**
 * What a shard was last checked against (kept beside it): its reports' digest, their names,
 * sizes and times, and the digest of the shard file itself as written.
 */
export interface ShardCheck {
  /** The index format the shard was written in: a shard of another format is rebuilt. */
  version: number;
  digest: string;
  sources: Sources;
  file: string;
}

/** A shard whose files may have changed: checked by their digest, and rebuilt if it differs. */
export interface ShardJob {
  key: string;
  files: string[];
  sources: Sources;
  path: string;
  /** The cached shard, if there is one and its file is intact. */
  cached?: { digest: string; file: string };
}

/** sha256 of a file, read a megabyte at a time (a shard of 1,000 reports is tens of megabytes). */
export function fileDigestOf(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(1 << 20);
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, n));
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}

/** A shard's content depends on its files alone (not on the plan that grouped them). */
function digestOf(paths: string[], texts: string[]): string {
  const hash = createHash('sha256').update(`search-index ${INDEX_VERSION}\n`);
  paths.forEach((path, i) =>
    hash
      .update(`${basename(path)}\n`)
      .update(texts[i]!)
      .update('\n'),
  );
  return hash.digest('hex');
}

let fold: CharFold | undefined;
/** The folding the index is built with; its map takes tens of milliseconds to make, so once per thread. */
const indexFold = () => (fold ??= charFold(traditionalCharacterMap()));

/**
 * Reads a shard's files once, for their digest and, when it is not the cached shard's, to
 * build the shard. True when rebuilt.
 */
export function writeShard(job: ShardJob): boolean {
  const texts = job.files.map((file) => readFileSync(file, 'utf8'));
  const digest = digestOf(job.files, texts);
  const rebuilt = digest !== job.cached?.digest;
  let file = job.cached?.file ?? '';
  if (rebuilt) {
    const gazetteer = loadGazetteer();
    const documents = job.files
      .map((file, i) => {
        const { data, body } = readReportFile(file, file, texts[i]);
        if (`${data.id}.md` !== basename(file))
          throw new Error(`${file}: file name does not match the report id ${data.id}`);
        return searchDocument(data, body, gazetteer);
      })
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const shard = buildShard(job.key, digest, documents, indexFold());
    writeFileSync(job.path, shard);
    file = createHash('sha256').update(shard).digest('hex');
  }
  writeFileSync(
    sourcesPath(job.path),
    JSON.stringify({ version: INDEX_VERSION, digest, sources: job.sources, file } satisfies ShardCheck),
  );
  return rebuilt;
}
