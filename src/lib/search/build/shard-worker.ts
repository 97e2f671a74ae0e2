import { parentPort } from 'node:worker_threads';
import { type ShardJob, writeShard } from './shard-job.ts';

/** A worker thread of buildShards (build.ts): checks and builds the shards it is sent, one at a time. */
parentPort!.on('message', (job: ShardJob) => {
  try {
    parentPort!.postMessage({ key: job.key, rebuilt: writeShard(job) });
  } catch (error) {
    parentPort!.postMessage({
      key: job.key,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
