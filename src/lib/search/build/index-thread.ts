import { Worker } from 'node:worker_threads';
import type { IndexBuildReply, IndexBuildRequest, IndexSummary } from './index-worker.ts';

/**
 * Starts the index build on a worker thread (index-worker.ts, a module file Node runs as it
 * is) and resolves with its summary; a failure in the thread rejects with its error.
 */
export function startIndexBuild(request: IndexBuildRequest): Promise<IndexSummary> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: request });
    let replied = false;
    worker.once('message', (reply: IndexBuildReply) => {
      replied = true;
      if (reply.ok) done(reply.summary);
      else fail(new Error(`search index build failed:\n${reply.error}`));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      replied = true;
      fail(error);
    });
    worker.once('exit', (code) => {
      if (!replied) fail(new Error(`search index build thread exited (code ${code}) without an answer`));
    });
  });
}
