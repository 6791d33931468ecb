/**
 * The calling thread as one more extractor beside the workers (`EngineOptions.mainThread`; the
 * CLI, whose main thread otherwise only reads, posts and writes). With `--jobs N` it runs N − 1
 * workers, not N: one isolate fewer to start and warm up, and the main thread starts extracting
 * as soon as it has loaded the library, while the workers are still starting (issue 18).
 *
 * Who gets a document: the workers first, while they hold fewer than their capacity (one message
 * running and the next ones in each inbox, so a worker never waits for this thread) and fewer
 * than their count times the documents left waiting; otherwise this thread, one document per turn
 * of the event loop, so that between two documents the loop reads input, takes the workers'
 * results, posts them more and writes the output. The second bound shares the end of a batch:
 * without it a worker still held a full capacity (12 documents, about 35 ms) when this thread had
 * nothing left, and this thread waited for it (800 BBC articles, --jobs 2: 27–50 ms between this
 * thread's last document and the batch's, now 0–9 ms). Results come
 * back in any order; the caller (`mapOrdered`) puts them in input order, so the bytes are those of
 * `--jobs 1`. When no worker can start (a broken entry), the documents it refused come back here
 * and this thread does the rest of the batch alone. A document that crashed a worker is not
 * tried again here: it would take the whole process down with it.
 */
import type { BatchSettings, FactsOutcome, InputDocument, JsonlOutcome } from './extract-one.js';
import { loadLibrary } from './library.js';
import { failedFacts, failedJsonl } from './failed-input.js';
import { startFailed, type WorkerEngine } from './worker-engine.js';
import type { WorkerLibrary } from './worker-protocol.js';

interface Waiting {
  doc: InputDocument;
  resolve(outcome: FactsOutcome | JsonlOutcome): void;
  as: 'facts' | 'jsonl';
}

export interface SharedExtractor {
  extract(doc: InputDocument): Promise<FactsOutcome>;
  extractJsonl(doc: InputDocument): Promise<JsonlOutcome>;
  close(): Promise<void>;
}

export function shareMainThread(settings: BatchSettings, workers: WorkerEngine): SharedExtractor {
  const waiting: Waiting[] = [];
  let onWorkers = 0;
  let workersFailed = false;
  let lib: WorkerLibrary | null = null;
  let loading = false;
  let scheduled = false;
  let closed = false;

  const toWorkers = (item: Waiting) => {
    onWorkers++;
    const outcome = item.as === 'jsonl' ? workers.extractJsonl(item.doc) : workers.extract(item.doc);
    void outcome.then((result) => {
      onWorkers--;
      if (startFailed(result) && !closed) {
        workersFailed = true;
        waiting.unshift(item);
      } else item.resolve(result);
      schedule();
    });
  };

  const here = (item: Waiting, library: WorkerLibrary) =>
    item.resolve(item.as === 'jsonl' ? library.extractJsonl(item.doc, settings) : library.extractReported(item.doc, settings));

  function pump(): void {
    scheduled = false;
    if (closed) return;
    while (waiting.length > 0 && !workersFailed && onWorkers < workers.capacity && onWorkers < workers.count * waiting.length) toWorkers(waiting.shift()!);
    if (waiting.length === 0) return;
    if (lib) {
      here(waiting.shift()!, lib);
      schedule();
    } else if (!loading) {
      // Loaded a turn after the first documents went to the workers (their last message is
      // posted first), so that the workers start while this thread loads the library.
      loading = true;
      setImmediate(() =>
        void loadLibrary().then((library) => {
          lib = library;
          schedule();
        }),
      );
    }
  }

  function schedule(): void {
    if (scheduled || closed) return;
    scheduled = true;
    setImmediate(pump);
  }

  const enqueue = <R extends FactsOutcome | JsonlOutcome>(as: Waiting['as'], doc: InputDocument) =>
    new Promise<R>((resolve) => {
      waiting.push({ doc, as, resolve: resolve as Waiting['resolve'] });
      schedule();
    });

  return {
    extract: (doc) => enqueue<FactsOutcome>('facts', doc),
    extractJsonl: (doc) => enqueue<JsonlOutcome>('jsonl', doc),
    async close() {
      closed = true;
      for (const item of waiting.splice(0)) item.resolve((item.as === 'jsonl' ? failedJsonl : failedFacts)(item.doc, 'WORKER_CRASHED', 'the engine was closed'));
      await workers.close();
    },
  };
}
