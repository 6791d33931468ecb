/**
 * The seam between the CLI and the extraction engine: the CLI hands documents in, in input order,
 * and gets one promise per document back; awaiting them in order (see `mapOrdered` in
 * `./ordered.ts`) keeps the output in input order and the memory flat.
 *
 * `jobs: 1` (or a batch of one document) runs in process; `jobs: N` runs a pool of N worker
 * threads, each loading the bundled library (`dist/worker.js`, from V8's code cache) once and
 * getting the documents a few to a message (`DOCUMENTS_PER_MESSAGE`). Both give the same bytes:
 * the worker runs the very same `extractOne`. A worker that dies fails only the document it was
 * working on (a `WORKER_CRASHED` failed-input record); the pool replaces it and the batch goes on.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ArticleFacts, FactKind, FailedInput } from '../types.js';
import { jsonlLine } from '../render/json.js';
import { batched } from './batched.js';
import type { BatchSettings, InputDocument, JsonlOutcome, WorkerTask } from './extract-one.js';
import { failedInput } from './failed-input.js';
import { defaultWindow } from './ordered.js';
import { createPool, WorkerCrashError } from './pool.js';

export type { InputDocument, JsonlOutcome } from './extract-one.js';

export interface EngineOptions {
  only?: readonly FactKind[];
  referenceDate?: string;
  /** Worker threads; 1 runs in process. Default: {@link defaultJobs}. */
  jobs?: number;
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
  /** Documents to keep in flight (`mapOrdered`'s window) so that no worker waits for the next one. */
  readonly window: number;
  /** Never rejects: a failure is a `FailedInput`. Results resolve in any order. */
  extract(doc: InputDocument): Promise<ArticleFacts | FailedInput>;
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
 * Worker threads for a batch, from what is known of its size in advance (`documents`: a list of
 * files; `bytes`: the files' sizes, JSONL included; neither for stdin or a folder). Each worker
 * isolate loads the library (about 0.13 s of CPU with the thread's start, since the build expands
 * compromise's lexicon, scripts/compromise-start.mjs; 0.25 s before) and warms its JIT up on its
 * own, so workers pay off only once a batch is longer than that warm-up. Measured on a 2-core machine (issue 18,
 * README "Batches, workers"; the CLI's 16× interrupt budget, and a `--jobs N` main thread that
 * never loads the library), wall time of `--jobs 1` against `--jobs 2` under `taskset -c 0,1` on
 * the first N BBC articles: 10 articles 0.35 s vs 0.43 s, 50 articles 0.55 s vs 0.55 s, 100
 * (196 KB) 0.71 s vs 0.64 s, 200 1.05 s vs 0.85 s, 400 1.67 s vs 1.23 s, 800 2.5–2.9 s vs 1.99 s.
 * So a batch known to reach {@link ALL_CORES_FROM} uses every core, and anything shorter or of
 * unknown size the cores less one (1 here: one in-process run already keeps part of a second core
 * busy with V8's compiler and collector threads). These figures were taken with one document per
 * message; sending several (`DOCUMENTS_PER_MESSAGE`) only takes work off a `--jobs N` main thread,
 * so it can only move the point where workers pay off down, never up: the thresholds stand.
 */
export function defaultJobs(size: { documents?: number; bytes?: number } = {}, cores = availableParallelism()): number {
  const long = (size.documents ?? 0) >= ALL_CORES_FROM.documents || (size.bytes ?? 0) >= ALL_CORES_FROM.bytes;
  return long ? Math.max(1, cores) : Math.max(1, cores - 1);
}

export function createEngine(options: EngineOptions = {}): Engine {
  const settings: BatchSettings = {
    ...(options.only ? { only: [...options.only] } : {}),
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  };
  const size = { ...(options.total !== undefined ? { documents: options.total } : {}), ...(options.inputBytes !== undefined ? { bytes: options.inputBytes } : {}) };
  let jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs(size)));
  if (options.total !== undefined) jobs = Math.min(jobs, Math.max(1, options.total));
  return jobs === 1 ? inProcessEngine(settings) : workerEngine(settings, jobs, options.workerUrl);
}

function inProcessEngine(settings: BatchSettings): Engine {
  // Loaded on first use, so that a worker-pool run never loads the library in the main thread.
  let lib: Promise<typeof import('./extract-one.js')> | null = null;
  return {
    workers: 0,
    window: defaultWindow(1),
    async extract(doc) {
      lib ??= import('./extract-one.js');
      const { extractOne } = await lib;
      return extractOne(doc, settings);
    },
    async extractJsonl(doc) {
      lib ??= import('./extract-one.js');
      const { extractJsonl } = await lib;
      return extractJsonl(doc, settings);
    },
    close: async () => {},
  };
}

/**
 * Documents a worker gets in one message, at most. The main thread then wakes once per this many
 * documents, not once per document (`batched.ts`).
 */
export const DOCUMENTS_PER_MESSAGE = 4;
/** Messages posted to one worker ahead of its results (one running, one waiting in its inbox). */
const MESSAGES_AHEAD = 2;

function workerEngine(settings: BatchSettings, jobs: number, workerUrl?: URL): Engine {
  const url = workerUrl ?? new URL('./worker.js', import.meta.url);
  if (url.protocol === 'file:' && !existsSync(fileURLToPath(url))) {
    throw new Error(`extract-facts: worker entry not found: ${fileURLToPath(url)} (run node scripts/build.mjs)`);
  }
  const pool = createPool<WorkerTask, (ArticleFacts | FailedInput | JsonlOutcome)[]>({ url, size: jobs, depth: MESSAGES_AHEAD, workerData: settings });
  const crashed = (doc: InputDocument, error: unknown): FailedInput => {
    const code = error instanceof WorkerCrashError ? error.code : 'WORKER_CRASHED';
    const message = error instanceof Error ? error.message : String(error);
    return failedInput(doc, code, message);
  };
  /**
   * The documents' results from one message, or each document's failure. A worker that died on a
   * message of several documents is asked again one document at a time, so that only the
   * document it died on fails (the others give the results they give anywhere).
   */
  const send = <R>(as: WorkerTask['as'], failed: (doc: InputDocument, error: unknown) => R) => {
    const run = (docs: InputDocument[]): Promise<R[]> =>
      pool.run({ docs, as }).then(
        (values) => values as R[],
        (error: unknown) => {
          const oneOfSeveral = docs.length > 1 && error instanceof WorkerCrashError && error.code === 'WORKER_CRASHED';
          return oneOfSeveral ? Promise.all(docs.map((doc) => run([doc]).then((values) => values[0]!))) : docs.map((doc) => failed(doc, error));
        },
      );
    return batched(run, DOCUMENTS_PER_MESSAGE);
  };
  const extract = send<ArticleFacts | FailedInput>('facts', crashed);
  const extractJsonl = send<JsonlOutcome>('jsonl', (doc, error) => {
    const failed = crashed(doc, error);
    return { line: jsonlLine(failed), error: failed.error, dateWarning: null };
  });
  return {
    workers: jobs,
    window: jobs * MESSAGES_AHEAD * DOCUMENTS_PER_MESSAGE + DOCUMENTS_PER_MESSAGE,
    extract,
    extractJsonl,
    close: () => pool.close(),
  };
}
