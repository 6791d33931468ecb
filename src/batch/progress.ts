/**
 * Progress on stderr for long batches. STUB (no output): the batch work (issue 7) fills it in with
 * a progress-bar library. The CLI creates it only when stderr is a terminal and `--quiet` is off.
 */
export interface Progress {
  /** One document done, of `bytes` characters. */
  tick(bytes: number): void;
  /** The batch is over: clear the bar. */
  done(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  /** Number of documents when known in advance. */
  total?: number;
}

export function createProgress(_stream: NodeJS.WritableStream, _options: ProgressOptions): Progress {
  return { tick: () => {}, done: () => {} };
}
