/**
 * Extraction on a pool of worker threads (`pool.ts`), each loading the library once (`dist/worker.js`,
 * from V8's code cache) and getting documents a few to a message (`DOCUMENTS_PER_MESSAGE`). A
 * worker that dies fails only the document it was working on (a `WORKER_CRASHED` failed-input
 * record); the pool replaces it and the batch goes on.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FailedInput } from '../types.js';
import { batched } from './batched.js';
import type { BatchSettings, FactsOutcome, InputDocument, JsonlOutcome, WorkerTask } from './extract-one.js';
import { failedFacts, failedJsonl } from './failed-input.js';
import { createPool, WorkerCrashError } from './pool.js';

/**
 * Documents a worker gets in one message, at most. The main thread then wakes once per this many
 * documents, not once per document (`batched.ts`).
 */
export const DOCUMENTS_PER_MESSAGE = 4;

export interface WorkerEngineOptions {
  workers: number;
  /** Messages posted to one worker ahead of its results: one running, the others waiting in its inbox. */
  messagesAhead: number;
  /** The worker entry; default `worker.js` next to this bundle (`dist/worker.js`). */
  url?: URL | undefined;
}

export interface WorkerEngine {
  extract(doc: InputDocument): Promise<FactsOutcome>;
  extractJsonl(doc: InputDocument): Promise<JsonlOutcome>;
  /** Documents the workers hold at most: posted, running or waiting in their inboxes. */
  readonly capacity: number;
  /** Worker threads. */
  readonly count: number;
  close(): Promise<void>;
}

/** The outcome failed because no worker could start: the entry is broken, the document never ran. */
export function startFailed(outcome: { error: FailedInput['error'] | null }): boolean {
  return outcome.error?.code === 'WORKER_START_FAILED';
}

export function createWorkerEngine(settings: BatchSettings, options: WorkerEngineOptions): WorkerEngine {
  const url = options.url ?? new URL('./worker.js', import.meta.url);
  if (url.protocol === 'file:' && !existsSync(fileURLToPath(url))) {
    throw new Error(`extract-facts: worker entry not found: ${fileURLToPath(url)} (run node scripts/build.mjs)`);
  }
  const pool = createPool<WorkerTask, (FactsOutcome | JsonlOutcome)[]>({ url, size: options.workers, depth: options.messagesAhead, workerData: settings });
  /**
   * The documents' outcomes from one message, or each document's failure. A worker that died on a
   * message of several documents is asked again one document at a time, so that only the
   * document it died on fails (the others give the results they give anywhere).
   */
  const send = <R>(as: WorkerTask['as'], failed: (doc: InputDocument, code: string, message: string) => R) => {
    const run = (docs: InputDocument[]): Promise<R[]> =>
      pool.run({ docs, as }).then(
        (values) => values as R[],
        (error: unknown) => {
          const crashed = error instanceof WorkerCrashError && error.code === 'WORKER_CRASHED';
          if (crashed && docs.length > 1) return Promise.all(docs.map((doc) => run([doc]).then((values) => values[0]!)));
          const code = error instanceof WorkerCrashError ? error.code : 'WORKER_CRASHED';
          const message = error instanceof Error ? error.message : String(error);
          return docs.map((doc) => failed(doc, code, message));
        },
      );
    return batched(run, DOCUMENTS_PER_MESSAGE);
  };
  return {
    extract: send('facts', failedFacts),
    extractJsonl: send('jsonl', failedJsonl),
    capacity: options.workers * options.messagesAhead * DOCUMENTS_PER_MESSAGE,
    count: options.workers,
    close: () => pool.close(),
  };
}
