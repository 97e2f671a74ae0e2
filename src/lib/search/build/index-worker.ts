import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type IndexBuild } from './build.ts';
import type { ShardPlan } from './document.ts';
import type { IndexedReport } from './build.ts';

/**
 * The whole index build on a thread of its own (started by startIndexBuild, index-thread.ts), so
 * that the site build's page rendering goes on meanwhile. Sends one message: the summary, or
 * the error.
 */
export interface IndexBuildRequest {
  reports: IndexedReport[];
  cacheDir: string;
  outDir: string;
  plan?: ShardPlan;
  workers?: number;
}

export type IndexBuildReply = { ok: true; summary: IndexSummary } | { ok: false; error: string };

/** What a build reports (plain numbers: it crosses threads). */
export interface IndexSummary {
  reports: number;
  shards: number;
  rebuilt: number;
  files: number;
  written: number;
  bytes: number;
  shardMs: number;
  mergeMs: number;
}

export function summarize(result: IndexBuild): IndexSummary {
  return {
    reports: result.manifest.docCount,
    shards: result.shards.length,
    rebuilt: result.shards.filter((s) => s.rebuilt).length,
    files: result.files,
    written: result.written,
    bytes: result.bytes,
    shardMs: Math.round(result.shardMs),
    mergeMs: Math.round(result.mergeMs),
  };
}

if (parentPort) {
  const request = workerData as IndexBuildRequest;
  buildSearchIndex(request).then(
    (result) => parentPort!.postMessage({ ok: true, summary: summarize(result) } satisfies IndexBuildReply),
    (error: unknown) =>
      parentPort!.postMessage({
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies IndexBuildReply),
  );
}
