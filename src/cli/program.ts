/**
 * The command line, declared with commander. A new Command per run; parsing only records what to
 * do (`Invocation`), `run()` then does it. Bad values throw commander's InvalidArgumentError, which
 * `run()` maps to exit code 2.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { FACT_KINDS, type FactKind } from '../types.js';
import { FORMATS, type Format } from '../render/index.js';
import { isValidDate } from '../input/dates.js';
import { DATE_EXPECTED, kindsProblem } from '../validate.js';
import { DEFAULT_MAX_SIZE, formatSize, parseSize } from '../input/size.js';
import { packageVersion } from './version.js';
import { SORT_KEYS, type SortKey } from '../aggregate/index.js';
import { INDEX_FORMATS, type IndexFormat } from '../aggregate/render.js';

export interface ExtractInvocation {
  command: 'extract';
  inputs: string[];
  format?: Format;
  only?: FactKind[];
  referenceDate?: string;
  textField: string;
  idField: string;
  maxSize: number;
  /** How stdin (`-`) is read: one text document, or JSONL records like a .jsonl file. */
  stdinFormat: 'text' | 'jsonl';
  jobs?: number;
  quiet: boolean;
  /** Exit 0 when every failed input is recorded in its place in the output (a map stage). */
  errorsInOutput: boolean;
  color: boolean;
  explain: boolean;
  debug: boolean;
}

export interface ScoreInvocation {
  command: 'score';
  golds: string[];
  predictions?: string;
  json: boolean;
  only?: FactKind[];
  limit?: number;
  debug: boolean;
}

export interface AggregateInvocation {
  command: 'aggregate';
  inputs: string[];
  format?: IndexFormat;
  sort: SortKey;
  top?: number;
  color: boolean;
  debug: boolean;
}

export type Invocation = ExtractInvocation | ScoreInvocation | AggregateInvocation;

export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

const EXAMPLES = `
Examples:
  $ extract-facts article.txt                       a table on a terminal, JSON when piped
  $ extract-facts article.txt --json | jq '.people[].name'
  $ cat article.txt | extract-facts --reference-date 2025-08-13
  $ extract-facts articles/ --jsonl > facts.jsonl   every .txt/.md file inside, one line each
  $ extract-facts records.jsonl --text-field body --only dates,numbers
  $ cat records.jsonl | extract-facts - --stdin-format jsonl --jsonl   a filter: JSONL in, JSONL out
  $ extract-facts article.txt --format html > facts.html   the facts highlighted in the text
  $ extract-facts articles/ --jsonl | extract-facts aggregate --top 20   people across documents
  $ extract-facts score ../shared/eval/gum/dev.jsonl

Inputs are files, directories (their .txt and .md files, sorted), .jsonl files of
{"id", "text", "reference_date"?} records, and - for stdin (the default when stdin is piped).
Offsets index the decoded text: BOM removed, CRLF and CR turned into LF.

Environment: NO_COLOR=1 (no colors), FORCE_COLOR=1 (colors in a piped table),
EXTRACT_FACTS_JOBS=N (default of --jobs).

Exit codes:
  0  every input was processed
  1  some input failed; the others were still processed and printed (see stderr)
  2  usage error (unknown option, bad value); nothing was processed
`;

export function parseKinds(value: string): FactKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const problem = kindsProblem(kinds);
  if (problem) throw new InvalidArgumentError(problem);
  return [...new Set(kinds)] as FactKind[];
}

function parseDate(value: string): string {
  if (!isValidDate(value)) throw new InvalidArgumentError(DATE_EXPECTED);
  return value;
}

function parseMaxSize(value: string): number {
  const bytes = parseSize(value);
  if (bytes === null) throw new InvalidArgumentError('expected a size such as 10MB, 512KB or 2000000 (bytes).');
  return bytes;
}

function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return Number(value);
}

/** commander's "error: unknown option '--x'\n(Did you mean --y?)" as our one line. */
function formatCommanderError(command: string, text: string): string {
  const message = text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ');
  return `${command}: ${message}${/Did you mean/.test(message) ? '' : ` (see ${command} --help)`}\n`;
}

/** Where commander writes help and errors: our streams, errors as one line of ours. */
function commanderOutput(output: ProgramOutput, command: string) {
  return {
    writeOut: (text: string) => output.writeOut(text),
    writeErr: (text: string) => output.writeErr(text),
    outputError: (text: string, write: (text: string) => void) => write(formatCommanderError(command, text)),
  };
}

export function buildProgram(output: ProgramOutput, onParsed: (invocation: Invocation) => void): Command {
  const program = new Command('extract-facts');
  program
    .enablePositionalOptions()
    .description('Extract people, roles, dates, numbers and quotations from news text.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('[inputs...]', 'files, directories, .jsonl files, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json for one input, jsonl for several)').choices(FORMATS))
    .addOption(new Option('--json', 'shorthand for --format json').conflicts(['format', 'jsonl']))
    .addOption(new Option('--jsonl', 'shorthand for --format jsonl').conflicts(['format']))
    .option('--only <kinds>', `extract only these kinds, comma-separated: ${FACT_KINDS.join(',')}`, parseKinds)
    .option('--reference-date <YYYY-MM-DD>', 'date that "Wednesday" or "last year" are relative to (default: found in the text)', parseDate)
    .option('--text-field <name>', 'JSONL field holding the text', 'text')
    .option('--id-field <name>', 'JSONL field holding the document id', 'id')
    .option('--max-size <size>', `largest input (file, stdin or JSONL line), e.g. 50MB (default: ${formatSize(DEFAULT_MAX_SIZE)})`, parseMaxSize)
    .addOption(new Option('--stdin-format <format>', 'read stdin as one text document or as JSONL records (a map stage in a pipeline)').choices(['text', 'jsonl']).default('text'))
    .option('-j, --jobs <n>', 'documents extracted in parallel (worker threads)', parsePositiveInt)
    .option('-q, --quiet', 'no progress bar and no warnings on stderr (errors still print)')
    .option('--errors-in-output', 'exit 0 when every failed input is recorded in its place in the output (for Spark RDD.pipe and other map stages)')
    .option('--no-color', 'no colors in tables (also: NO_COLOR=1)')
    .option('--explain', 'add the rule that produced each fact to tables')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(commanderOutput(output, 'extract-facts'))
    .action((inputs: string[], opts: Record<string, unknown>) => {
      const format = (opts.json ? 'json' : opts.jsonl ? 'jsonl' : opts.format) as Format | undefined;
      onParsed({
        command: 'extract',
        inputs,
        ...(format ? { format } : {}),
        ...(opts.only ? { only: opts.only as FactKind[] } : {}),
        ...(opts.referenceDate ? { referenceDate: opts.referenceDate as string } : {}),
        textField: opts.textField as string,
        idField: opts.idField as string,
        maxSize: (opts.maxSize as number | undefined) ?? DEFAULT_MAX_SIZE,
        stdinFormat: opts.stdinFormat as 'text' | 'jsonl',
        ...(opts.jobs ? { jobs: opts.jobs as number } : {}),
        quiet: Boolean(opts.quiet),
        errorsInOutput: Boolean(opts.errorsInOutput),
        color: opts.color !== false,
        explain: Boolean(opts.explain),
        debug: Boolean(opts.debug),
      });
    });

  program
    .command('score')
    .description('score the extractor (or a predictions file) against gold JSONL files: precision, recall, F1 per kind')
    .argument('<gold...>', 'gold .jsonl files, e.g. ../shared/eval/gum/dev.jsonl')
    .option('--predictions <file>', 'score this JSONL output of extract-facts instead of running the extractor')
    .option('--json', 'print the reports as JSON')
    .option('--only <kinds>', 'score only these kinds', parseKinds)
    .option('--limit <n>', 'score only the first n records of each gold file', parsePositiveInt)
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', '\nExit codes: 0 scored, 1 a gold or predictions file could not be read, 2 usage error.\n')
    .exitOverride()
    .configureOutput(commanderOutput(output, 'extract-facts score'))
    .action((golds: string[], opts: Record<string, unknown>) => {
      onParsed({
        command: 'score',
        golds,
        ...(opts.predictions ? { predictions: opts.predictions as string } : {}),
        json: Boolean(opts.json),
        ...(opts.only ? { only: opts.only as FactKind[] } : {}),
        ...(opts.limit ? { limit: opts.limit as number } : {}),
        debug: Boolean(opts.debug),
      });
    });
  program
    .command('aggregate')
    .description('one people index across documents, from extract-facts JSONL output (the reduce step after a map stage)')
    .argument('[facts...]', 'JSONL files written by extract-facts --jsonl, or - for stdin (the default when piped)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(INDEX_FORMATS))
    .addOption(new Option('--json', 'shorthand for --format json').conflicts(['format', 'jsonl']))
    .addOption(new Option('--jsonl', 'shorthand for --format jsonl (one person per line)').conflicts(['format']))
    .addOption(new Option('--sort <key>', 'order people by this count first').choices(SORT_KEYS).default('documents'))
    .option('--top <n>', 'only the first n people', parsePositiveInt)
    .option('--no-color', 'no colors in tables (also: NO_COLOR=1)')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText(
      'after',
      '\nPeople merge across documents by normalized full name (accents, case, dots and hyphens ignored);\n' +
        'a one-word name (a bare surname) is never merged. Failed-input records are counted and skipped.\n' +
        'Exit codes: 0 indexed, 1 a line was not an extract-facts record or an input could not be read, 2 usage error.\n',
    )
    .exitOverride()
    .configureOutput(commanderOutput(output, 'extract-facts aggregate'))
    .action((inputs: string[], opts: Record<string, unknown>) => {
      const format = (opts.json ? 'json' : opts.jsonl ? 'jsonl' : opts.format) as IndexFormat | undefined;
      onParsed({
        command: 'aggregate',
        inputs,
        ...(format ? { format } : {}),
        sort: opts.sort as SortKey,
        ...(opts.top ? { top: opts.top as number } : {}),
        color: opts.color !== false,
        debug: Boolean(opts.debug),
      });
    });
  return program;
}
