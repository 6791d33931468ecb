/**
 * The worker side of the pool's protocol, for either worker entry (`worker.ts`, which bundles the
 * library, and `worker-cached.ts`, which compiles it from V8's code cache): posts
 * `{ type: 'ready' }` once the library is loaded, then answers each `{ id, payload: WorkerTask }`
 * with `{ type: 'result', id, value }`, one entry per document of the task: its facts (`FactsOutcome`),
 * or for `as: 'jsonl'` its JSONL line (`JsonlOutcome`), each with what the CLI reports about it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchSettings, extractJsonl, extractReported, WorkerTask } from './extract-one.js';

/** What a worker needs of the library. */
export interface WorkerLibrary {
  extractJsonl: typeof extractJsonl;
  extractReported: typeof extractReported;
}

export function serve(lib: WorkerLibrary): void {
  const settings = (workerData ?? {}) as BatchSettings;
  const port = parentPort;
  if (!port) throw new Error('extract-facts: the worker entry must run in a worker thread');
  port.on('message', (message: { id: number; payload: WorkerTask }) => {
    const { docs, as } = message.payload;
    const value = as === 'jsonl' ? docs.map((doc) => lib.extractJsonl(doc, settings)) : docs.map((doc) => lib.extractReported(doc, settings));
    port.postMessage({ type: 'result', id: message.id, value });
  });
  port.postMessage({ type: 'ready' });
}
