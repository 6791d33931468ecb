/**
 * Run the CLI two ways with the same arguments: in process through `run(argv, io)` with captured
 * streams (fast), and as a spawned `bin/extract-facts.js` over the built `dist/` with a clean
 * environment (end to end). Both give `{ code, stdout, stderr }`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { run } from '../../src/cli/run.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'extract-facts.js');
export const SEED = 'fixtures/articles/syria-turkey-defense.txt';
export const INPUTS = 'fixtures/inputs';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Text (or bytes) on stdin; without it stdin is empty, or a terminal with `stdinTTY`. */
  stdin?: string | Uint8Array;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string>;
  columns?: number;
}

class Capture extends Writable {
  chunks: Buffer[] = [];
  isTTY: boolean;
  columns: number | undefined;
  constructor(isTTY = false, columns?: number) {
    super();
    this.isTTY = isTTY;
    this.columns = columns;
  }
  override _write(chunk: Buffer, _encoding: string, callback: () => void) {
    this.chunks.push(Buffer.from(chunk));
    callback();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export async function runInProcess(argv: string[], options: RunOptions = {}): Promise<CliResult> {
  const stdin: Readable & { isTTY?: boolean } = options.stdin !== undefined ? Readable.from([Buffer.from(options.stdin)]) : new PassThrough().end();
  stdin.isTTY = Boolean(options.stdinTTY);
  const stdout = new Capture(options.stdoutTTY, options.columns);
  const stderr = new Capture(options.stderrTTY);
  const code = await run(argv, { stdin, stdout, stderr, env: { NO_COLOR: '1', EXTRACT_FACTS_JOBS: '1', ...options.env } });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export function runSpawned(argv: string[], options: RunOptions = {}): Promise<CliResult> {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `node scripts/build.mjs` (npm test does)');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // the CLI may not read stdin at all
    child.stdin.end(options.stdin !== undefined ? Buffer.from(options.stdin) : undefined);
  });
}

const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schema', 'extract-facts-1.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(SCHEMA);

/** Throws with ajv's messages unless `value` is one valid `extract-facts/1` document. */
export function assertSchemaValid(value: unknown): void {
  if (!validate(value)) {
    const id = (value as { id?: unknown } | null)?.id;
    throw new Error(`schema violation in ${String(id)}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
  }
}

/** Parse JSONL output (every line must be JSON). */
export function parseJsonl(text: string): unknown[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
}
