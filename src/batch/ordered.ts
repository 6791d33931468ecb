/**
 * Ordered, bounded concurrency: start at most `window` calls ahead of the consumer and yield the
 * results in input order. Inputs are pulled from the source only as results are consumed, so a
 * batch of any size holds at most `window` documents in memory (backpressure).
 *
 *   for await (const facts of mapOrdered(readDocuments(paths), (d) => engine.extract(d), { window: 8 }))
 *     out.write(render(facts));
 */
export interface OrderedOptions {
  /** Calls in flight at most (≥ 1). A few per worker keeps every worker busy. */
  window: number;
}

export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  options: OrderedOptions,
): AsyncGenerator<R, void, undefined> {
  const window = Math.max(1, Math.floor(options.window));
  const inFlight: Promise<R>[] = [];
  let index = 0;
  const iterator = isAsyncIterable(source) ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]());
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && inFlight.length < window) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const promise = fn(next.value, index++);
        // The rejection is handled when this promise reaches the head; avoid an unhandled warning before.
        promise.catch(() => {});
        inFlight.push(promise);
      }
      const head = inFlight.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}

/** A window size that keeps `jobs` workers busy without holding many documents. */
export function defaultWindow(jobs: number): number {
  return Math.max(2, jobs * 4);
}

function isAsyncIterable<T>(value: AsyncIterable<T> | Iterable<T>): value is AsyncIterable<T> {
  return typeof (value as AsyncIterable<T>)[Symbol.asyncIterator] === 'function';
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}
