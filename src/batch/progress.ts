/**
 * One progress line on stderr for batches: documents done, documents/s, KB/s and, when the number
 * of documents is known, a bar and the ETA. It is redrawn in place (`\r`, then erase to the end of
 * the line) and never moves the cursor up or saves and restores it, so it cannot land on top of
 * data. `clear()` erases it: the CLI calls it before every write to a stdout that shares the
 * terminal, and the next tick draws it again below what was written. The CLI creates it enabled only
 * for a batch (more than one document) with stderr on a terminal and `--quiet` off; disabled, it
 * writes nothing.
 */

export interface Progress {
  /** One document done, of `bytes` characters. */
  tick(bytes: number): void;
  /** Erase the line if it is drawn (before data goes to the same terminal). */
  clear(): void;
  /** The batch is over: erase the line; later calls do nothing. */
  done(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  /** Number of documents when known in advance. */
  total?: number;
  /** Least time between two redraws, in ms (default 100). */
  interval?: number;
  /** The clock, for tests. */
  now?: () => number;
}

const ERASE_LINE = '\r\u001b[2K';
const BAR_WIDTH = 24;

export function progressLine(docs: number, total: number | undefined, seconds: number, bytes: number): string {
  const rate = docs / Math.max(0.001, seconds);
  const counts = `${rate.toFixed(1)} docs/s | ${(bytes / 1024 / Math.max(0.001, seconds)).toFixed(0)} KB/s`;
  if (total === undefined || total <= 0) return `${docs} docs | ${counts} | ${formatDuration(seconds)}`;
  const filled = Math.round((Math.min(docs, total) / total) * BAR_WIDTH);
  const eta = rate > 0 ? (total - docs) / rate : 0;
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${docs}/${total} docs | ${counts} | ETA ${formatDuration(eta)}`;
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function createProgress(stream: NodeJS.WritableStream & { columns?: number }, options: ProgressOptions): Progress {
  if (!options.enabled) return { tick: () => {}, clear: () => {}, done: () => {} };
  const now = options.now ?? Date.now;
  const interval = options.interval ?? 100;
  const started = now();
  let docs = 0;
  let bytes = 0;
  let drawn = false;
  let lastDraw = started; // a batch done within one interval draws nothing
  let finished = false;
  const write = (text: string) => {
    try {
      stream.write(text);
    } catch {
      // stderr is gone: nothing to show
    }
  };
  const draw = () => {
    const line = progressLine(docs, options.total, (now() - started) / 1000, bytes);
    // one column short of the width: a line that wraps could not be redrawn in place
    const width = Math.max(10, (stream.columns ?? 80) - 1);
    write(`${drawn ? ERASE_LINE : '\r'}${[...line].slice(0, width).join('')}`);
    drawn = true;
    lastDraw = now();
  };
  return {
    tick(size) {
      if (finished) return;
      docs += 1;
      bytes += size;
      if (now() - lastDraw >= interval) draw();
    },
    clear() {
      if (!drawn) return;
      write(ERASE_LINE);
      drawn = false;
    },
    done() {
      if (finished) return;
      finished = true;
      if (drawn) write(ERASE_LINE);
      drawn = false;
    },
  };
}
