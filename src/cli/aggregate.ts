/**
 * `extract-facts aggregate [FACTS.jsonl…|-]`: reads extract-facts JSONL output (files or stdin) and
 * writes one people index across all documents (see `src/aggregate/`). Failed-input records are
 * counted and skipped; a line that is not an extract-facts record is reported on stderr with its
 * line number, skipped, and makes the exit code 1.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createIndexBuilder, type IndexBuilder } from '../aggregate/index.js';
import { renderIndex } from '../aggregate/render.js';
import { UsageError } from '../errors.js';
import { fileError } from '../input/read.js';
import { STDIN } from '../input/sources.js';
import { SCHEMA_ID, type ArticleFacts } from '../types.js';
import { chalkFor, colorLevel } from './color.js';
import type { Diagnostics } from './diagnostics.js';
import type { Output } from './output.js';
import type { AggregateInvocation } from './program.js';
import type { CliIO } from './io.js';

export async function runAggregate(invocation: AggregateInvocation, io: CliIO, out: Output, diagnostics: Diagnostics): Promise<number> {
  const inputs = invocation.inputs.length > 0 ? invocation.inputs : [STDIN];
  if (invocation.inputs.length === 0 && io.stdin.isTTY) {
    throw new UsageError('no input given', 'give extract-facts JSONL files, or pipe them in: extract-facts corpus.jsonl --jsonl | extract-facts aggregate');
  }
  const builder = createIndexBuilder();
  let bad = 0;
  for (const input of inputs) bad += await readRecords(input, io.stdin, builder, diagnostics);
  const format = invocation.format ?? (io.stdout.isTTY ? 'table' : 'json');
  const level = colorLevel({ table: format === 'table', colorFlag: invocation.color, env: io.env, isTTY: Boolean(io.stdout.isTTY) });
  const index = builder.build({ sort: invocation.sort, ...(invocation.top ? { top: invocation.top } : {}) });
  await out.write(renderIndex(index, format, { chalk: chalkFor(level), width: io.stdout.columns ?? (Number(io.env.COLUMNS) || 100) }));
  return bad > 0 || out.failure ? 1 : 0;
}

/** Adds every record of one input to the index; returns the number of bad lines (or 1 for an unreadable input). */
async function readRecords(input: string, stdin: NodeJS.ReadableStream, builder: IndexBuilder, diagnostics: Diagnostics): Promise<number> {
  const stream = input === STDIN ? stdin : createReadStream(input, { encoding: 'utf8' });
  const where = input === STDIN ? 'stdin' : input;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const problem = addLine(line, builder);
      if (problem) {
        bad++;
        diagnostics.error(where, `line ${lineNumber} ${problem}`, 'give the JSONL output of extract-facts (--jsonl), one record per line');
      }
    }
  } catch (error) {
    const failure = fileError(error);
    diagnostics.error(where, failure.message, failure.hint);
    return 1;
  } finally {
    lines.close();
  }
  return bad;
}

/** Adds one line; returns what is wrong with it, or null. */
function addLine(line: string, builder: IndexBuilder): string | null {
  let record: unknown;
  try {
    record = JSON.parse(line.replace(/^\ufeff/, ''));
  } catch (error) {
    return `is not valid JSON: ${(error as Error).message}`;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'is not a JSON object';
  const fields = record as Partial<ArticleFacts> & { error?: unknown };
  if (fields.schema !== SCHEMA_ID) return `is not an ${SCHEMA_ID} record (no "schema": "${SCHEMA_ID}")`;
  if (fields.error !== undefined) {
    builder.add({ error: fields.error });
    return null;
  }
  if (typeof fields.id !== 'string' || !Array.isArray(fields.people) || !Array.isArray(fields.quotes)) return 'lacks "id", "people" or "quotes"';
  builder.add(fields as ArticleFacts);
  return null;
}
