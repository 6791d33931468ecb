/**
 * The seam between the CLI and the extraction engine: the CLI hands documents in, in input order,
 * and gets one promise per document back; awaiting them in order (see `mapOrdered` in
 * `./ordered.ts`) keeps the output in input order and the memory flat.
 *
 * `jobs: 1` (or a batch of one document) runs in process; `jobs: N` runs N worker threads
 * (`worker-engine.ts`), or with `mainThread` N − 1 of them beside the calling thread
 * (`main-thread-share.ts`). All give the same bytes: every thread runs the very same
 * `extractOne`, from the same bundle (`library.ts`).
 */
import { availableParallelism } from 'node:os';
import type { FactKind } from '../types.js';
import type { BatchSettings, FactsOutcome, InputDocument, JsonlOutcome } from './extract-one.js';
import { loadLibrary } from './library.js';
import { shareMainThread } from './main-thread-share.js';
import { defaultWindow } from './ordered.js';
import { createWorkerEngine, DOCUMENTS_PER_MESSAGE } from './worker-engine.js';

export type { FactsOutcome, InputDocument, JsonlOutcome } from './extract-one.js';

export interface EngineOptions {
  only?: readonly FactKind[];
  referenceDate?: string;
  /** Threads that extract; 1 runs in process. Default: {@link defaultJobs}. */
  jobs?: number;
  /**
   * The calling thread extracts too, beside `jobs − 1` workers (the CLI, whose main thread has
   * little else to do). Default false: a library caller's event loop is never blocked by an
   * extraction, and `jobs` workers do them all.
   */
  mainThread?: boolean;
  /** Number of documents when known in advance: never start more workers than that, none for 1. */
  total?: number;
  /** Bytes of input when known in advance (files, not stdin or a folder): with `total`, picks the default `jobs`. */
  inputBytes?: number;
  /** The worker entry; default `worker.js` next to this bundle (`dist/worker.js`). */
  workerUrl?: URL;
}

export interface Engine {
  /** Number of worker threads (0: in process). */
  readonly workers: number;
  /** Documents to keep in flight (`mapOrdered`'s window) so that no thread waits for the next one. */
  readonly window: number;
  /** The document's facts, with what the CLI reports about them. Never rejects: a failure is a `FailedInput`. Results resolve in any order. */
  extract(doc: InputDocument): Promise<FactsOutcome>;
  /**
   * The document's JSONL line (the bytes `jsonlRenderer` writes for its facts), made where it was
   * extracted, with what the CLI reports about it. Never rejects.
   */
  extractJsonl(doc: InputDocument): Promise<JsonlOutcome>;
  close(): Promise<void>;
}

/** A batch of at least this many documents, or of this many bytes of input, uses every core; see {@link defaultJobs}. */
export const ALL_CORES_FROM = { documents: 100, bytes: 192 * 1024 };

/**
 * Threads for a batch, from what is known of its size in advance (`documents`: a list of files;
 * `bytes`: the files' sizes, JSONL included; neither for stdin or a folder). Every thread beyond
 * the first is a new isolate that loads the library (about 0.17 s of CPU with the thread's start)
 * and warms its JIT up on its own (about 0.3 s of CPU), so it pays off only on a batch longer than
 * that. Measured on a 2-core machine (issue 18, README "Batches, workers"; the CLI, whose main
 * thread extracts beside `jobs − 1` workers), wall time of `--jobs 1` against `--jobs 2` under
 * `taskset -c 0,1` on the first N BBC articles, 5 runs each: 10 articles 0.26 s vs 0.32 s, 50
 * 0.39 s vs 0.40 s, 100 (196 KB) 0.56 s vs 0.49 s, 200 0.84 s vs 0.68 s, 800 2.30 s vs 1.53 s.
 * So a batch known to reach {@link ALL_CORES_FROM} uses every core, and anything shorter or of
 * unknown size the cores less one (1 here: one in-process run already keeps part of a second core
 * busy with V8's compiler and collector threads).
 */
export function defaultJobs(size: { documents?: number; bytes?: number } = {}, cores = availableParallelism()): number {
  const long = (size.documents ?? 0) >= ALL_CORES_FROM.documents || (size.bytes ?? 0) >= ALL_CORES_FROM.bytes;
  return long ? Math.max(1, cores) : Math.max(1, cores - 1);
}

/** Messages posted to one worker ahead of its results (one running, one waiting in its inbox). */
const MESSAGES_AHEAD = 2;
/**
 * Beside the main thread, a worker gets one message more: the main thread answers it only between
 * two of its own documents, so the worker must have enough in its inbox to wait that long.
 */
const MESSAGES_AHEAD_SHARED = 3;
/**
 * Documents the main thread may run ahead of the oldest one still on a worker, when it extracts
 * too: at the start of a batch it begins before its worker is ready.
 */
const MAIN_THREAD_AHEAD = 32;

export function createEngine(options: EngineOptions = {}): Engine {
  const settings: BatchSettings = {
    ...(options.only ? { only: [...options.only] } : {}),
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  };
  const size = { ...(options.total !== undefined ? { documents: options.total } : {}), ...(options.inputBytes !== undefined ? { bytes: options.inputBytes } : {}) };
  let jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs(size)));
  if (options.total !== undefined) jobs = Math.min(jobs, Math.max(1, options.total));
  if (jobs === 1) return inProcessEngine(settings);
  if (!options.mainThread) {
    const pool = createWorkerEngine(settings, { workers: jobs, messagesAhead: MESSAGES_AHEAD, url: options.workerUrl });
    return { ...pool, workers: jobs, window: pool.capacity + DOCUMENTS_PER_MESSAGE };
  }
  const pool = createWorkerEngine(settings, { workers: jobs - 1, messagesAhead: MESSAGES_AHEAD_SHARED, url: options.workerUrl });
  return { ...shareMainThread(settings, pool), workers: jobs - 1, window: pool.capacity + MAIN_THREAD_AHEAD };
}

function inProcessEngine(settings: BatchSettings): Engine {
  return {
    workers: 0,
    window: defaultWindow(1),
    extract: async (doc) => (await loadLibrary()).extractReported(doc, settings),
    extractJsonl: async (doc) => (await loadLibrary()).extractJsonl(doc, settings),
    close: async () => {},
  };
}
