/**
 * Command-line inputs → documents, lazily and in input order.
 *
 *   `-`            stdin (decoded like a file)
 *   a directory    every `.txt` and `.md` file inside, recursively, sorted by path
 *   `*.jsonl`      one document per record `{"id", "text", "reference_date"?}`
 *   anything else  one text file
 *
 * Every problem becomes a failed item for that input (or record) alone; the rest go on.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { InputDocument } from '../batch/extractor.js';
import { InputError } from '../errors.js';
import { decodeText, isBlank } from './decode.js';
import { fileError, readFileLimited, readStreamLimited, tooLarge } from './read.js';
import { isValidDate } from './dates.js';
import { htmlInputError, looksLikeHtml } from './html.js';

export interface LoadOptions {
  /** Largest document, in bytes (a file, stdin, or one JSONL line). */
  maxSize: number;
  /** JSONL field holding the text; default `text`. */
  textField: string;
  /** JSONL field holding the id; default `id`. */
  idField: string;
  /** How stdin is read: one text document (default) or JSONL records. */
  stdinFormat?: 'text' | 'jsonl';
}

export type InputItem =
  | { ok: true; doc: InputDocument; warnings: string[]; where: string }
  | { ok: false; id: string; source: string; where: string; error: InputError };

export const STDIN = '-';
const TEXT_EXTENSIONS = /\.(txt|md)$/i;
const JSONL_EXTENSIONS = /\.(jsonl|ndjson)$/i;

export async function* loadInputs(
  inputs: readonly string[],
  stdin: NodeJS.ReadableStream,
  options: LoadOptions,
): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === STDIN) {
      if (options.stdinFormat === 'jsonl') yield* loadJsonlLines(stdin, STDIN, options);
      else yield await loadText(STDIN, 'stdin', () => readStreamLimited(stdin, options.maxSize));
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield failed(input, input, input, fileError(error));
      continue;
    }
    if (info.isDirectory()) yield* loadDirectory(input, options);
    else if (JSONL_EXTENSIONS.test(input)) yield* loadJsonl(input, options);
    else if (info.isFile() && info.size > options.maxSize) yield failed(input, input, input, tooLarge(info.size, options.maxSize));
    else yield await loadText(input, input, () => readFileLimited(input, options.maxSize));
  }
}

/** True when the inputs name exactly one document (decides JSON vs JSONL by default). */
export function isSingleDocument(inputs: readonly string[], isDirectory: (path: string) => boolean, stdinJsonl = false): boolean {
  return inputs.length === 1 && !isRecordStream(inputs[0]!, stdinJsonl) && !isDirectory(inputs[0]!);
}

/** How many documents the inputs hold, when that is known without reading them (no directory, no JSONL). */
export function countDocuments(inputs: readonly string[], isDirectory: (path: string) => boolean, stdinJsonl = false): number | undefined {
  return inputs.some((input) => isRecordStream(input, stdinJsonl) || isDirectory(input)) ? undefined : inputs.length;
}

function isRecordStream(input: string, stdinJsonl: boolean): boolean {
  return JSONL_EXTENSIONS.test(input) || (input === STDIN && stdinJsonl);
}

async function loadText(path: string, where: string, read: () => Promise<Uint8Array>): Promise<InputItem> {
  try {
    const { text, warnings } = decodeText(await read());
    if (isBlank(text)) throw emptyError(text);
    if (looksLikeHtml(text)) throw htmlInputError();
    return { ok: true, doc: { id: path, source: path, text }, warnings, where };
  } catch (error) {
    if (error instanceof InputError) return failed(path, path, where, error);
    throw error;
  }
}

function emptyError(text: string): InputError {
  return new InputError('EMPTY_INPUT', text === '' ? 'is empty' : 'has only whitespace', 'nothing to extract; give a file with text');
}

async function* loadDirectory(dir: string, options: LoadOptions): AsyncGenerator<InputItem> {
  let files: string[];
  try {
    files = await listTextFiles(dir);
  } catch (error) {
    yield failed(dir, dir, dir, fileError(error));
    return;
  }
  if (files.length === 0) {
    yield failed(dir, dir, dir, new InputError('EMPTY_DIRECTORY', 'has no .txt or .md files', 'give files or a directory that holds some'));
    return;
  }
  for (const file of files) {
    yield await loadText(file, file, async () => {
      const info = await stat(file).catch((error: unknown) => {
        throw fileError(error);
      });
      if (info.size > options.maxSize) throw tooLarge(info.size, options.maxSize);
      return readFileLimited(file, options.maxSize);
    });
  }
}

/** `.txt`/`.md` files under `dir`, recursively, skipping dot-entries, sorted by path (code-unit order). */
async function listTextFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listTextFiles(path)));
    else if (TEXT_EXTENSIONS.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) found.push(path);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function loadJsonl(path: string, options: LoadOptions): AsyncGenerator<InputItem> {
  return loadJsonlLines(createReadStream(path, { encoding: 'utf8' }), path, options);
}

/** JSONL records from a stream (a .jsonl file or stdin), one document per non-blank line. */
async function* loadJsonlLines(stream: NodeJS.ReadableStream & { destroy?: () => void }, path: string, options: LoadOptions): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  let records = 0;
  try {
    for await (const raw of lines) {
      lineNumber++;
      const line = lineNumber === 1 ? raw.replace(/^\ufeff/, '') : raw;
      if (line.trim() === '') continue;
      records++;
      yield readRecord(path, lineNumber, line, options);
    }
  } catch (error) {
    yield failed(path, path, path, error instanceof InputError ? error : fileError(error));
    return;
  } finally {
    lines.close();
    if (path !== STDIN) stream.destroy?.();
  }
  if (records === 0) yield failed(path, path, path, new InputError('EMPTY_INPUT', 'has no JSONL records', 'give one JSON object per line'));
}

function readRecord(path: string, lineNumber: number, line: string, options: LoadOptions): InputItem {
  const where = path; // the messages name the line
  const fail = (error: InputError, id = `${path}:${lineNumber}`): InputItem => failed(id, path, where, error);
  if (Buffer.byteLength(line) > options.maxSize) return fail(tooLarge(Buffer.byteLength(line), options.maxSize));
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return fail(new InputError('BAD_JSON', `line ${lineNumber} is not valid JSON: ${(error as Error).message}`, 'write one JSON object per line'));
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return fail(new InputError('BAD_RECORD', `line ${lineNumber} is not a JSON object`, 'write one {"id", "text"} object per line'));
  }
  const fields = record as Record<string, unknown>;
  const rawId = fields[options.idField];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `${path}:${lineNumber}`;
  const text = fields[options.textField];
  if (typeof text !== 'string') {
    return fail(
      new InputError('BAD_RECORD', `line ${lineNumber} has no "${options.textField}" string field`, 'name the text field with --text-field'),
      id,
    );
  }
  if (isBlank(text)) return fail(new InputError('EMPTY_INPUT', `line ${lineNumber}: the text is ${text === '' ? 'empty' : 'only whitespace'}`, 'nothing to extract'), id);
  if (looksLikeHtml(text)) {
    const error = htmlInputError();
    return fail(new InputError(error.code, `line ${lineNumber}: the text ${error.message}`, error.hint), id);
  }
  const referenceDate = fields.reference_date;
  if (referenceDate !== undefined && referenceDate !== null && (typeof referenceDate !== 'string' || !isValidDate(referenceDate))) {
    return fail(
      new InputError('BAD_RECORD', `line ${lineNumber}: reference_date ${JSON.stringify(referenceDate)} is not a YYYY-MM-DD date`, 'fix the record or leave reference_date out'),
      id,
    );
  }
  const doc: InputDocument = { id, source: path, text };
  if (typeof referenceDate === 'string') doc.recordReferenceDate = referenceDate;
  return { ok: true, doc, warnings: [], where: `${path}:${lineNumber}` };
}

function failed(id: string, source: string, where: string, error: InputError): InputItem {
  return { ok: false, id, source, where, error };
}
