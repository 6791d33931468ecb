/**
 * stdout as the CLI uses it: writes wait when the pipe is full (so long batches do not pile up in
 * memory), and a reader that went away (`| head -1`, EPIPE) just ends the run quietly.
 */
export interface Output {
  write(text: string): Promise<void>;
  /** True once the reader has gone away or writing failed. */
  readonly closed: boolean;
  /** A write error other than a closed pipe, if any. */
  readonly failure: Error | undefined;
}

export function createOutput(stream: NodeJS.WritableStream): Output {
  let closed = false;
  let failure: Error | undefined;
  const onError = (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') failure ??= error;
  };
  stream.on('error', onError);
  return {
    get closed() {
      return closed;
    },
    get failure() {
      return failure;
    },
    write(text) {
      if (closed || text === '') return Promise.resolve();
      return new Promise<void>((resolve) => {
        let ok = true;
        try {
          ok = stream.write(text);
        } catch (error) {
          onError(error as NodeJS.ErrnoException);
        }
        if (ok || closed) return resolve();
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
    },
  };
}
