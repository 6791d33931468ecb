/**
 * The testable core of the CLI: `run(argv, io)` → exit code (0 ok, 1 some input failed, 2 usage
 * error). Everything the CLI touches comes in through `io`; `main.ts` is the only file that knows
 * about `process`.
 */
import { fstatSync, statSync } from 'node:fs';
import { CommanderError } from 'commander';
import { createEngine } from '../batch/extractor.js';
import { failedFacts } from '../batch/failed-input.js';
import { mapOrdered } from '../batch/ordered.js';
import { createProgress } from '../batch/progress.js';
import { UsageError } from '../errors.js';
import { countDocuments, loadInputs, isSingleDocument, STDIN, type InputItem } from '../input/sources.js';
import { FORMATS, RENDERERS, type Format } from '../render/index.js';
import type { Renderer, RenderOptions } from '../render/options.js';
import { FACT_KINDS, type FailedInput } from '../types.js';
import { chalkFor, colorLevel } from './color.js';
import { createDiagnostics, type Diagnostics } from './diagnostics.js';
import { createOutput, type Output } from './output.js';
import { buildProgram, type ExtractInvocation, type Invocation } from './program.js';
import { runScore } from './score.js';
import { runAggregate } from './aggregate.js';
import type { CliIO } from './io.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let invocation: Invocation | undefined;
  const program = buildProgram(
    { writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) },
    (parsed) => {
      invocation = parsed;
    },
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpOrVersion = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      return helpOrVersion ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  if (!invocation) return EXIT_OK;
  const diagnostics = createDiagnostics(io.stderr, invocation.debug);
  const out = createOutput(io.stdout);
  try {
    if (invocation.command === 'score') return await runScore(invocation, out, diagnostics);
    if (invocation.command === 'aggregate') return await runAggregate(invocation, io, out, diagnostics);
    return await runExtract(invocation, io, out, diagnostics);
  } catch (error) {
    if (error instanceof UsageError) {
      diagnostics.general(error.message, error.hint ?? 'see extract-facts --help');
      return EXIT_USAGE;
    }
    diagnostics.general(`internal error: ${error instanceof Error ? error.message : String(error)}`, invocation.debug ? 'please report it' : 'run with --debug for the stack trace, and please report it');
    diagnostics.stack(error);
    return EXIT_INPUT_FAILED;
  }
}

async function runExtract(invocation: ExtractInvocation, io: CliIO, out: Output, diagnostics: Diagnostics): Promise<number> {
  const inputs = resolveInputs(invocation.inputs, io);
  const stdinJsonl = invocation.stdinFormat === 'jsonl';
  const single = isSingleDocument(inputs, isDirectory, stdinJsonl);
  const format: Format = invocation.format ?? (io.stdout.isTTY ? 'table' : single ? 'json' : 'jsonl');
  const renderer: Renderer = RENDERERS[format];
  if (invocation.errorsInOutput && !renderer.recordsFailures) {
    throw new UsageError(`--errors-in-output needs a format that records failed inputs in place, not ${format}`, `use ${FORMATS.filter((f) => RENDERERS[f].recordsFailures).join(', ')}`);
  }
  const level = colorLevel({ table: format === 'table', colorFlag: invocation.color, env: io.env, isTTY: Boolean(io.stdout.isTTY) });
  const options: RenderOptions = {
    chalk: chalkFor(level),
    explain: invocation.explain,
    only: invocation.only ?? FACT_KINDS,
    width: io.stdout.columns ?? (Number(io.env.COLUMNS) || 100),
    single,
  };
  const jobs = invocation.jobs ?? jobsFromEnv(io.env);
  const total = countDocuments(inputs, isDirectory, stdinJsonl);
  const inputBytes = sizeOfInputs(inputs);
  const engine = createEngine({
    mainThread: true,
    ...(jobs ? { jobs } : {}),
    ...(total !== undefined ? { total } : {}),
    ...(inputBytes !== undefined ? { inputBytes } : {}),
    ...(invocation.only ? { only: invocation.only } : {}),
    ...(invocation.referenceDate ? { referenceDate: invocation.referenceDate } : {}),
  });
  // One document gets no progress line; a batch gets one on a terminal stderr, erased before
  // anything goes to a terminal stdout (the same screen), so data is never drawn over.
  // Not when stdout is a pipe: its reader (`| head`, `| jq`) may print to the same terminal, and
  // we could not erase the line before it does.
  const showProgress = Boolean(io.stderr.isTTY) && !invocation.quiet && !single && total !== 1 && !isPipe(io.stdout);
  const progress = createProgress(io.stderr, { enabled: showProgress, ...(total !== undefined ? { total } : {}) });
  const write = async (text: string) => {
    if (text === '') return;
    if (io.stdout.isTTY) progress.clear();
    await out.write(text);
  };
  let failed = 0;
  let count = 0;
  const report = (item: InputItem, done: Written) => {
    // --quiet: no warnings (input repaired, dates left unresolved); errors always print.
    const warnings = item.ok && !invocation.quiet ? [...item.warnings, ...(done.dateWarning ? [done.dateWarning] : [])] : [];
    if (warnings.length === 0 && !done.error) return;
    progress.clear();
    for (const warning of warnings) diagnostics.warning(item.where, warning);
    if (!done.error) return;
    failed++;
    if (!item.ok) {
      diagnostics.error(item.where, item.error.message, item.error.hint);
      diagnostics.stack(item.error.cause);
    } else diagnostics.error(item.where, `extraction failed (${done.error.code}): ${done.error.message}`, 'this is a bug; please report it with the input');
  };
  const contents: string[] = [];
  // Documents load lazily and go to the engine a few at a time; results come back in input order.
  // JSONL is written where the document was extracted (a worker), so only the line comes back.
  // Every input gives one document, so the mapping index is its position in the output.
  const extract = async (item: InputItem, index: number): Promise<[InputItem, Written]> => {
    if (item.ok && format === 'jsonl') {
      const { line, error, dateWarning } = await engine.extractJsonl(item.doc);
      return [item, { text: line, contents: '', error, dateWarning }];
    }
    // An input that failed to load: its failed-input record, its error, no date warning.
    const { facts: result, error, dateWarning } = item.ok ? await engine.extract(item.doc) : failedFacts(item, item.error.code, item.error.message);
    return [item, {
      text: renderer.pieces ? renderer.pieces(result, options, index) : renderer.document(result, options, index, item.ok ? item.doc.text : undefined),
      contents: renderer.contentsEntry?.(result, index) ?? '',
      error,
      dateWarning,
    }];
  };
  try {
    await write(renderer.begin?.(options) ?? '');
    for await (const [item, done] of mapOrdered(loadInputs(inputs, io.stdin, invocation), extract, { window: engine.window })) {
      report(item, done);
      if (renderer.contentsEntry) contents.push(done.contents);
      if (typeof done.text === 'string') await write(done.text);
      else for (const chunk of chunks(done.text)) await write(chunk);
      count++;
      progress.tick(item.ok ? item.doc.text.length : 0);
      if (out.closed) break; // the reader went away (`| head -1`): stop quietly
    }
    progress.clear();
    await write(renderer.end?.(count, options, contents.join('')) ?? '');
  } finally {
    progress.done();
    // After a closed pipe nothing more will be printed: start closing the engine without waiting
    // for workers still busy with documents nobody will read.
    const closing = engine.close();
    if (out.closed) closing.catch(() => {});
    else await closing;
  }
  if (out.failure) {
    diagnostics.general(`cannot write the output: ${out.failure.message}`, 'check the disk or the receiving program');
    return EXIT_INPUT_FAILED;
  }
  // --errors-in-output: every failed input has its record in the output, so the run itself succeeded
  // (a map stage such as Spark's RDD.pipe fails a whole task on a non-zero exit).
  if (failed > 0 && invocation.errorsInOutput && !out.closed) return EXIT_OK;
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

/** `EXTRACT_FACTS_JOBS`: the default of --jobs (CI and tests set it). */
function jobsFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.EXTRACT_FACTS_JOBS;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`EXTRACT_FACTS_JOBS=${value} is not a whole number of at least 1`, 'fix or unset the variable');
  return Number(value);
}

/** One document as written: its rendered text (or its pieces), its contents entry (html), and what to report. */
interface Written {
  text: string | Iterable<string>;
  contents: string;
  error: FailedInput['error'] | null;
  dateWarning: string | null;
}

/** Pieces joined into writes of about 64 KB (not one write per piece, nor one for the whole text). */
function* chunks(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}

function resolveInputs(inputs: readonly string[], io: CliIO): string[] {
  if (inputs.length === 0) {
    if (io.stdin.isTTY) throw new UsageError('no input given', 'give a file, a directory or a .jsonl file, or pipe text in; see extract-facts --help');
    return [STDIN];
  }
  if (inputs.filter((i) => i === STDIN).length > 1) throw new UsageError('stdin (-) is given more than once', 'give - once');
  return [...inputs];
}

/** stdout is a pipe or a socket (another program reads it), not a terminal, a file or /dev/null. */
function isPipe(stdout: CliIO['stdout']): boolean {
  const fd = (stdout as { fd?: unknown }).fd;
  if (stdout.isTTY || typeof fd !== 'number') return false;
  try {
    const info = fstatSync(fd);
    return info.isFIFO() || info.isSocket();
  } catch {
    return false;
  }
}

/** The inputs' total size in bytes, when every one is a file (undefined with stdin, a folder or a missing file). */
function sizeOfInputs(inputs: readonly string[]): number | undefined {
  let bytes = 0;
  for (const path of inputs) {
    if (path === STDIN) return undefined;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) return undefined;
      bytes += stat.size;
    } catch {
      return undefined;
    }
  }
  return bytes;
}

function isDirectory(path: string): boolean {
  if (path === STDIN) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
