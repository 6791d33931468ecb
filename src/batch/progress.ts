/**
 * Progress on stderr for long batches (cli-progress): documents done, documents/s, KB/s and, when
 * the number of documents is known, a bar and the ETA. The CLI creates it enabled only when stderr
 * is a terminal and `--quiet` is off; disabled, it writes nothing. The bar is cleared when done,
 * so a finished run leaves only its own output on the terminal.
 */
import cliProgress from 'cli-progress';

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

const KNOWN_TOTAL = '{bar} {value}/{total} docs | {rate} docs/s | {kbps} KB/s | ETA {eta_formatted}';
const UNKNOWN_TOTAL = '{value} docs | {rate} docs/s | {kbps} KB/s | {duration_formatted}';

export function createProgress(stream: NodeJS.WritableStream, options: ProgressOptions): Progress {
  if (!options.enabled) return { tick: () => {}, done: () => {} };
  const known = options.total !== undefined && options.total > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream & { isTTY?: boolean },
      format: known ? KNOWN_TOTAL : UNKNOWN_TOTAL,
      barsize: 24,
      fps: 5,
      etaBuffer: 50,
      hideCursor: true,
      clearOnComplete: true,
      // We only get here when stream is a terminal; the library would otherwise check `stream.isTTY` itself.
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let docs = 0;
  let bytes = 0;
  const payload = () => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    return { rate: (docs / seconds).toFixed(1), kbps: (bytes / 1024 / seconds).toFixed(0) };
  };
  bar.start(known ? options.total! : 0, 0, payload());
  let finished = false;
  return {
    tick(size) {
      if (finished) return;
      docs += 1;
      bytes += size;
      bar.update(docs, payload());
    },
    done() {
      if (finished) return;
      finished = true;
      bar.stop();
    },
  };
}
