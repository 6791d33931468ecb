/**
 * Single calls gathered into batches: the calls made in one turn of the event loop go out
 * together, `size` at most, as one `send`, and each caller gets its own item's result.
 *
 * Why: the worker engine sends each batch as one message and gets one message back, so the main
 * thread wakes once per batch instead of once per document. On two cores each wake-up preempts a
 * worker (issue 18: about 1,150 involuntary context switches per 400 documents sent one by one).
 */
export function batched<T, R>(send: (items: T[]) => Promise<R[]>, size: number): (item: T) => Promise<R> {
  const limit = Math.max(1, Math.floor(size));
  let pending: { item: T; resolve: (value: R) => void; reject: (error: unknown) => void }[] = [];
  let scheduled = false;
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    send(batch.map((p) => p.item)).then(
      (results) => batch.forEach((p, i) => p.resolve(results[i]!)),
      (error: unknown) => batch.forEach((p) => p.reject(error)),
    );
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      if (pending.length >= limit) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          flush();
        });
      }
    });
}
