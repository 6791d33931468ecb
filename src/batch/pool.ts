/**
 * A small worker-thread pool: up to `depth` tasks posted to each worker at a time (the worker runs
 * them one after another; the next one is already in its inbox when it finishes, so it never waits
 * for the main thread to be scheduled), workers started on demand (never more than there are tasks
 * in flight), a crashed worker fails only the task it was running (its other posted tasks go back
 * to the head of the queue) and is replaced, idle workers do not keep the process alive.
 *
 * Why not piscina or tinypool: both start workers through a file of their own that they locate in
 * node_modules at run time, which fights the one-file esbuild bundles we ship, and we need only
 * this much (no task cancellation, no per-worker concurrency, no pool growth policy).
 */
import { Worker } from 'node:worker_threads';

/** A task failed because its worker died (uncaught exception, `process.exit`, out of memory). */
export class WorkerCrashError extends Error {
  readonly code: 'WORKER_CRASHED' | 'WORKER_START_FAILED';
  constructor(code: 'WORKER_CRASHED' | 'WORKER_START_FAILED', message: string) {
    super(message);
    this.name = 'WorkerCrashError';
    this.code = code;
  }
}

export interface PoolOptions {
  /** The worker entry (an ES module). It must post `{ type: 'ready' }` once it has loaded. */
  url: URL;
  size: number;
  /** Tasks posted to one worker ahead of its results (default 2: one running, one waiting). */
  depth?: number;
  workerData?: unknown;
}

export interface Pool<In, Out> {
  run(payload: In): Promise<Out>;
  close(): Promise<void>;
}

/** Messages a worker posts: `ready` once, then one `result` per task. */
export type WorkerMessage<Out> = { type: 'ready' } | { type: 'result'; id: number; value: Out };

interface Task<In, Out> {
  id: number;
  payload: In;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  ready: boolean;
  /** Posted and not answered yet, in the order the worker runs them (the first one is running). */
  tasks: Task<In, Out>[];
  error: Error | null;
}

export function createPool<In, Out>(options: PoolOptions): Pool<In, Out> {
  const size = Math.max(1, Math.floor(options.size));
  const depth = Math.max(1, Math.floor(options.depth ?? 2));
  const slots = new Set<Slot<In, Out>>();
  const queue: Task<In, Out>[] = [];
  let nextId = 0;
  let closed = false;
  /** Set when a worker dies before it is ready: the entry itself is broken, so stop respawning. */
  let startFailure: WorkerCrashError | null = null;

  function spawn(): Slot<In, Out> {
    const worker = new Worker(options.url, { workerData: options.workerData });
    const slot: Slot<In, Out> = { worker, ready: false, tasks: [], error: null };
    worker.on('message', (message: WorkerMessage<Out>) => {
      if (message.type === 'ready') {
        slot.ready = true;
        return;
      }
      if (slot.tasks[0]?.id !== message.id) return;
      slot.tasks.shift()!.resolve(message.value);
      dispatch();
    });
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (exitCode) => {
      slots.delete(slot);
      const waiting = slot.tasks.splice(0);
      const task = waiting.shift(); // the one it was running
      if (closed) {
        for (const t of [...(task ? [task] : []), ...waiting]) t.reject(new WorkerCrashError('WORKER_CRASHED', 'the engine was closed'));
        return;
      }
      // The tasks still waiting in the dead worker's inbox never ran: they go first to another worker.
      queue.unshift(...waiting);
      const why = slot.error ? slot.error.message : `exit code ${exitCode}`;
      if (!slot.ready) {
        startFailure = new WorkerCrashError('WORKER_START_FAILED', `worker failed to start: ${why}`);
        task?.reject(startFailure);
        for (const queued of queue.splice(0)) queued.reject(startFailure);
        return;
      }
      task?.reject(new WorkerCrashError('WORKER_CRASHED', `worker crashed: ${why}`));
      dispatch();
    });
    slots.add(slot);
    return slot;
  }

  /** The worker with the fewest tasks posted, below `depth`; a new one while the pool can grow. */
  function leastBusy(): Slot<In, Out> | undefined {
    let best: Slot<In, Out> | undefined;
    for (const slot of slots) if (!best || slot.tasks.length < best.tasks.length) best = slot;
    if (best && best.tasks.length === 0) return best;
    if (slots.size < size) return spawn();
    return best && best.tasks.length < depth ? best : undefined;
  }

  function dispatch(): void {
    while (queue.length > 0) {
      const slot = leastBusy();
      if (!slot) break;
      const task = queue.shift()!;
      slot.tasks.push(task);
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, payload: task.payload });
    }
    // Idle workers must not keep the process alive if the caller forgets close().
    for (const slot of slots) if (slot.tasks.length === 0) slot.worker.unref();
  }

  return {
    run(payload) {
      if (closed) return Promise.reject(new Error('the pool is closed'));
      if (startFailure) return Promise.reject(startFailure);
      return new Promise<Out>((resolve, reject) => {
        queue.push({ id: nextId++, payload, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      const error = new Error('the pool is closed');
      for (const task of queue.splice(0)) task.reject(error);
      await Promise.all([...slots].map(stopWorker));
    },
  };
}

/** How long close() waits for one worker to stop before it lets go of it. */
const STOP_GRACE_MS = 1000;

/**
 * Stop a worker without ever hanging: `terminate()` can stay pending on a worker that is still
 * loading its module, so we settle on whichever comes first (the promise, the `exit` event, or a
 * grace period) and unref the worker, so that a straggler can never keep the process alive.
 */
function stopWorker(slot: { worker: Worker }): Promise<void> {
  return new Promise<void>((resolve) => {
    slot.worker.unref();
    slot.worker.once('exit', () => resolve());
    slot.worker.terminate().then(() => resolve(), () => resolve());
    setTimeout(resolve, STOP_GRACE_MS).unref();
  });
}
