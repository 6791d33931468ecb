/**
 * One CLI case table, run two ways (in-process.test.ts, spawned.test.ts): argv (+ stdin) → exit
 * code, stdout and stderr, each checked on its own. The facts themselves change as extractors
 * improve, so these check the contract: formats, streams, exit codes, errors, schema validity.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { extractFacts } from '../../src/index.js';
import { stringifySafe } from '../../src/render/escape.js';
import { assertSchemaValid, parseJsonl, SEED, INPUTS, type CliResult, type RunOptions } from '../helpers/cli.js';

export interface CliCase {
  name: string;
  argv: string[];
  options?: RunOptions;
  code: number;
  /** A check of stdout; `''` means stdout must be empty. */
  stdout: '' | RegExp | ((stdout: string) => void);
  /** A pattern stderr must match; `''` means stderr must be empty. */
  stderr: '' | RegExp;
}

const seedText = readFileSync(SEED, 'utf8');
/** A wire story's first line (constructed): a dateline that names a place, and two relative dates. */
const DATELINE_TEXT = 'HANOI (AP) — Ministers met on Wednesday and will meet again next week.\n';

/** Two documents naming "Ali Khan" (constructed sentences) and one failed input, as extract-facts --jsonl writes them. */
const AGGREGATE_INPUT = [
  '{"schema":"extract-facts/1","id":"a","source":"-","referenceDate":{"value":"2025-08-15","from":"record"},"people":[{"id":"p1","name":"Ali Khan","roles":[{"start":0,"end":8,"text":"Minister","title":"Minister","affiliation":null,"rule":"title-before-name"}],"mentions":[{"start":9,"end":17,"text":"Ali Khan","rule":"title-before-name"}]}],"dates":[],"numbers":[],"quotes":[]}',
  '{"schema":"extract-facts/1","id":"-","source":"-","error":{"code":"EMPTY_INPUT","message":"is empty"}}',
  '{"schema":"extract-facts/1","id":"b","source":"-","referenceDate":{"value":"2025-08-13","from":"record"},"people":[{"id":"p1","name":"Ali Khan","roles":[{"start":0,"end":8,"text":"Minister","title":"Minister","affiliation":null,"rule":"title-before-name"}],"mentions":[{"start":9,"end":17,"text":"Ali Khan","rule":"title-before-name"}]}],"dates":[],"numbers":[],"quotes":[]}',
  '',
].join('\n');

function jsonDocument(check?: (doc: Record<string, unknown>) => void) {
  return (stdout: string) => {
    const doc = JSON.parse(stdout) as Record<string, unknown>;
    assertSchemaValid(doc);
    expect(stdout.endsWith('}\n')).toBe(true);
    check?.(doc);
  };
}

function jsonlDocuments(check?: (docs: Array<Record<string, unknown>>) => void) {
  return (stdout: string) => {
    const docs = parseJsonl(stdout) as Array<Record<string, unknown>>;
    docs.forEach(assertSchemaValid);
    check?.(docs);
  };
}

const ids = (docs: Array<Record<string, unknown>>) => docs.map((d) => d.id);
const errorCodes = (docs: Array<Record<string, unknown>>) => docs.map((d) => (d.error as { code?: string } | undefined)?.code ?? null);

export const CLI_CASES: CliCase[] = [
  // --- help, version, usage errors (exit 2, nothing on stdout) ---
  { name: '--help shows examples and exit codes', argv: ['--help'], code: 0, stdout: /Examples:[\s\S]*Exit codes:[\s\S]*2 {2}usage error/, stderr: '' },
  { name: '--version prints the version', argv: ['--version'], code: 0, stdout: /^\d+\.\d+\.\d+\n$/, stderr: '' },
  { name: 'score --help', argv: ['score', '--help'], code: 0, stdout: /--predictions/, stderr: '' },
  { name: 'unknown option', argv: ['--bogus', SEED], code: 2, stdout: '', stderr: /^extract-facts: unknown option '--bogus' \(see extract-facts --help\)\n$/ },
  { name: 'misspelt option suggests', argv: ['--formt', 'json', SEED], code: 2, stdout: '', stderr: /Did you mean --format\?/ },
  { name: 'bad --format', argv: ['--format', 'xml', SEED], code: 2, stdout: '', stderr: /Allowed choices are table, json, jsonl, csv, markdown/ },
  { name: 'bad --only', argv: ['--only', 'people,bogus', SEED], code: 2, stdout: '', stderr: /unknown kind "bogus"; choose from people, roles, dates, numbers, quotes/ },
  { name: 'impossible --reference-date', argv: ['--reference-date', '2025-02-30', SEED], code: 2, stdout: '', stderr: /expected a calendar date as YYYY-MM-DD/ },
  { name: 'malformed --reference-date', argv: ['--reference-date', '13/08/2025', SEED], code: 2, stdout: '', stderr: /YYYY-MM-DD/ },
  { name: '--json with --jsonl', argv: ['--json', '--jsonl', SEED], code: 2, stdout: '', stderr: /cannot be used with/ },
  { name: '--jobs 0', argv: ['--jobs', '0', SEED], code: 2, stdout: '', stderr: /at least 1/ },
  { name: 'bad --max-size', argv: ['--max-size', 'lots', SEED], code: 2, stdout: '', stderr: /expected a size such as 10MB/ },
  { name: 'stdin twice', argv: ['-', '-'], options: { stdin: 'x' }, code: 2, stdout: '', stderr: /^extract-facts: stdin \(-\) is given more than once/ },
  { name: 'score without a gold file', argv: ['score'], code: 2, stdout: '', stderr: /^extract-facts score: missing required argument 'gold'/ },

  // --- formats ---
  {
    name: 'one file, piped: one pretty JSON object',
    argv: [SEED],
    code: 0,
    stdout: jsonDocument((doc) => {
      expect(doc).toMatchObject({ schema: 'extract-facts/1', id: SEED, source: SEED });
      expect(JSON.stringify(doc, null, 2)).not.toBe(undefined);
    }),
    stderr: '',
  },
  { name: '--json', argv: [SEED, '--json'], code: 0, stdout: jsonDocument(), stderr: '' },
  { name: '--jsonl: one line', argv: ['--jsonl', SEED], code: 0, stdout: (s) => expect(s.split('\n')).toHaveLength(2), stderr: '' },
  {
    name: 'two files, piped: JSONL in input order',
    argv: [`${INPUTS}/rtl.txt`, SEED],
    code: 0,
    stdout: jsonlDocuments((docs) => expect(ids(docs)).toEqual([`${INPUTS}/rtl.txt`, SEED])),
    stderr: '',
  },
  {
    name: '--format json with two files: one array',
    argv: ['--format', 'json', SEED, `${INPUTS}/rtl.txt`],
    code: 0,
    stdout: (s) => {
      const docs = JSON.parse(s) as unknown[];
      expect(docs).toHaveLength(2);
      docs.forEach(assertSchemaValid);
    },
    stderr: '',
  },
  { name: '--format csv', argv: ['--format', 'csv', SEED], code: 0, stdout: /^id,kind,start,end,text,value,type,unit,counts,qualifier,person,affiliation,speaker,rule\n/, stderr: '' },
  { name: '--format markdown', argv: ['--format', 'markdown', SEED], code: 0, stdout: /^## fixtures\/articles\/syria-turkey-defense\.txt\n\nReference date: [\s\S]*### People \(\d+\)/, stderr: '' },
  {
    name: '--format table piped: no color codes',
    argv: ['--format', 'table', '--explain', SEED],
    code: 0,
    stdout: (s) => {
      expect(s).toMatch(/^fixtures\/articles\/syria-turkey-defense\.txt {2}/);
      expect(s).toMatch(/People \(\d+\)[\s\S]*Dates \(\d+\)[\s\S]*Numbers \(\d+\)[\s\S]*Quotes \(\d+\)/);
      expect(s).not.toContain('\u001b');
    },
    stderr: '',
  },
  {
    name: '--only dates: other kinds empty',
    argv: ['--only', 'dates', '--json', SEED],
    code: 0,
    stdout: jsonDocument((doc) => {
      expect(doc.people).toEqual([]);
      expect(doc.numbers).toEqual([]);
      expect(doc.quotes).toEqual([]);
    }),
    stderr: '',
  },
  {
    name: '--reference-date wins',
    argv: ['--reference-date', '2020-01-31', SEED],
    code: 0,
    stdout: jsonDocument((doc) => expect(doc.referenceDate).toMatchObject({ value: '2020-01-31', from: 'option' })),
    stderr: '',
  },

  // --- stdin ---
  { name: 'stdin by default when piped', argv: [], options: { stdin: seedText }, code: 0, stdout: jsonDocument((doc) => expect(doc).toMatchObject({ id: '-', source: '-' })), stderr: '' },
  { name: 'explicit -', argv: ['-', '--jsonl'], options: { stdin: 'Minister Ali Khan spoke.' }, code: 0, stdout: jsonlDocuments((d) => expect(ids(d)).toEqual(['-'])), stderr: '' },
  { name: 'empty stdin', argv: [], options: { stdin: '' }, code: 1, stdout: jsonDocument((doc) => expect(doc.error).toMatchObject({ code: 'EMPTY_INPUT' })), stderr: /^extract-facts: stdin: is empty/ },
  { name: 'stdin as JSONL records (a map stage): one line per record, a bad line in its place', argv: ['-', '--stdin-format', 'jsonl'],
    options: { stdin: '{"id":"a","text":"Minister Ali Khan spoke."}\nnot json\n{"id":"c","text":"On Friday 3 people left.","reference_date":"2025-08-15"}\n' },
    code: 1, stdout: jsonlDocuments((d) => { expect(ids(d)).toEqual(['a', '-:2', 'c']); expect(d[1]!.error).toMatchObject({ code: 'BAD_JSON' }); expect(d[2]!.referenceDate).toMatchObject({ value: '2025-08-15', from: 'record' }); }),
    stderr: /^extract-facts: -: line 2 is not valid JSON/ },
  { name: 'bad --stdin-format', argv: ['-', '--stdin-format', 'csv'], options: { stdin: 'x' }, code: 2, stdout: '', stderr: /--stdin-format/ },

  // --- failures in a batch: in place, on stderr, exit 1 ---
  {
    name: 'a missing file among good ones',
    argv: [SEED, 'no/such/file.txt', `${INPUTS}/rtl.txt`],
    code: 1,
    stdout: jsonlDocuments((docs) => {
      expect(ids(docs)).toEqual([SEED, 'no/such/file.txt', `${INPUTS}/rtl.txt`]);
      expect(errorCodes(docs)).toEqual([null, 'NOT_FOUND', null]);
    }),
    stderr: /^extract-facts: no\/such\/file\.txt: no such file or directory \(check the path\)\n$/,
  },
  {
    name: 'JSONL records with bad lines',
    argv: [`${INPUTS}/bad-records.jsonl`],
    code: 1,
    stdout: jsonlDocuments((docs) => {
      expect(ids(docs)).toEqual(['ok-1', `${INPUTS}/bad-records.jsonl:2`, 'no-text', `${INPUTS}/bad-records.jsonl:4`, '42', 'blank', 'bad-date', 'lone-surrogate', 'ok-2']);
      expect(errorCodes(docs)).toEqual([null, 'BAD_JSON', 'BAD_RECORD', 'BAD_RECORD', null, 'EMPTY_INPUT', 'BAD_RECORD', null, null]);
    }),
    stderr: /line 2 is not valid JSON[\s\S]*line 3 has no "text" string field \(name the text field with --text-field\)[\s\S]*line 4 is not a JSON object[\s\S]*line 6: the text is only whitespace[\s\S]*line 7: reference_date "2025-02-30"/,
  },
  {
    name: '--text-field and --id-field',
    argv: [`${INPUTS}/bad-records.jsonl`, '--text-field', 'body', '--id-field', 'nope'],
    code: 1,
    stdout: jsonlDocuments((docs) => expect(errorCodes(docs)[2]).toBe(null)),
    stderr: /line 1 has no "body" string field/,
  },
  {
    name: 'JSONL reference_date is used',
    argv: [`${INPUTS}/records.jsonl`],
    code: 0,
    stdout: jsonlDocuments((docs) => {
      expect(ids(docs)).toEqual(['r1', 'r2', 'r3']);
      expect(docs[0]!.referenceDate).toMatchObject({ value: '2025-08-13', from: 'record' });
    }),
    // r1 has its reference_date; r2 (null) and r3 (none) have a relative date each: one warning each
    stderr: new RegExp(
      '^extract-facts: fixtures/inputs/records\\.jsonl:2: warning: 1 relative date left unresolved \\("Monday"\\)[^\\n]*\n'
      + 'extract-facts: fixtures/inputs/records\\.jsonl:3: warning: 1 relative date left unresolved \\("3 days ago"\\)[^\\n]*\n$',
    ),
  },
  // --- dates that cannot be resolved: one warning per document on stderr, the JSON as the library gives it ---
  {
    name: 'relative dates and a dateline without a date: one warning naming --reference-date; JSON unchanged',
    argv: ['--json'],
    options: { stdin: DATELINE_TEXT },
    code: 0,
    stdout: (s) => expect(s).toBe(stringifySafe(extractFacts(DATELINE_TEXT, { id: '-', source: '-' }), 2) + '\n'),
    stderr: /^extract-facts: stdin: warning: 2 relative dates left unresolved \("Wednesday", "next week"\): its dateline "HANOI \(AP\) —" carries no date and the text gives none; give --reference-date YYYY-MM-DD, or a "reference_date" field in each JSONL record\n$/,
  },
  {
    name: 'relative dates, no dateline: the warning says no reference date was found',
    argv: ['--jsonl', '--only', 'dates'],
    options: { stdin: 'Ministers met on Wednesday.' },
    code: 0,
    stdout: jsonlDocuments((docs) => expect(docs[0]!.dates).toMatchObject([{ text: 'Wednesday', value: 'XXXX-WXX-3' }])),
    stderr: /^extract-facts: stdin: warning: 1 relative date left unresolved \("Wednesday"\): no reference date was given or found in the text; give --reference-date/,
  },
  {
    name: '--quiet: no date warnings, the same JSONL',
    argv: [`${INPUTS}/records.jsonl`, '--quiet'],
    code: 0,
    stdout: jsonlDocuments((docs) => expect(docs[1]!.dates).toMatchObject([{ text: 'Monday' }])),
    stderr: '',
  },
  {
    name: '--quiet: errors still print, exit 1',
    argv: [SEED, 'no/such/file.txt', '--jsonl', '--quiet'],
    code: 1,
    stdout: jsonlDocuments(),
    stderr: /^extract-facts: no\/such\/file\.txt: no such file or directory \(check the path\)\n$/,
  },
  { name: 'relative dates with --reference-date: no warning', argv: ['--jsonl', '--reference-date', '2025-08-13'], options: { stdin: DATELINE_TEXT }, code: 0, stdout: jsonlDocuments(), stderr: '' },
  { name: 'only absolute dates: no warning', argv: ['--jsonl'], options: { stdin: 'The treaty was signed in 1949 and on 4 April 1950.' }, code: 0, stdout: jsonlDocuments(), stderr: '' },
  {
    name: 'a directory: its .txt and .md files, sorted; bad ones fail alone',
    argv: [INPUTS, '--jsonl'],
    code: 1,
    stdout: jsonlDocuments((docs) => {
      const got = ids(docs) as string[];
      expect(got).toEqual([...got].sort());
      expect(got).toContain(`${INPUTS}/README.md`);
      expect(got.some((id) => id.endsWith('.jsonl') || id.endsWith('.bin'))).toBe(false);
    }),
    stderr: /empty\.txt: is empty[\s\S]*whitespace-only\.txt: has only whitespace/,
  },
  {
    name: '--max-size too small',
    argv: ['--max-size', '1KB', SEED],
    code: 1,
    stdout: jsonDocument((doc) => expect(doc.error).toMatchObject({ code: 'TOO_LARGE' })),
    stderr: /^extract-facts: fixtures\/articles\/syria-turkey-defense\.txt: [\d.]+ KB is over the size limit of 1 KB \(raise the limit with --max-size/,
  },

  // --- --errors-in-output: a map stage (Spark RDD.pipe) must not fail a task for a bad record ---
  {
    name: '--errors-in-output: failures in place, on stderr, exit 0',
    argv: ['-', '--stdin-format', 'jsonl', '--jsonl', '--errors-in-output'],
    options: { stdin: '{"id":"a","text":"Minister Ali Khan spoke."}\n{"id":"empty","text":""}\n{"id":"c","text":"On Friday 3 people left."}\n' },
    code: 0,
    stdout: jsonlDocuments((d) => { expect(ids(d)).toEqual(['a', 'empty', 'c']); expect(errorCodes(d)).toEqual([null, 'EMPTY_INPUT', null]); }),
    stderr: /^extract-facts: -: line 2: the text is empty/,
  },
  {
    name: 'without --errors-in-output the same input exits 1',
    argv: ['-', '--stdin-format', 'jsonl', '--jsonl'],
    options: { stdin: '{"id":"a","text":"Minister Ali Khan spoke."}\n{"id":"empty","text":""}\n' },
    code: 1,
    stdout: jsonlDocuments((d) => expect(errorCodes(d)).toEqual([null, 'EMPTY_INPUT'])),
    stderr: /line 2: the text is empty/,
  },
  { name: '--errors-in-output with a table (failures not in the output)', argv: ['--errors-in-output', '--format', 'table', SEED], code: 2, stdout: '', stderr: /--errors-in-output needs a format that records failed inputs in place, not table \(use json, jsonl, csv, markdown, html\)/ },

  // --- kinds: roles are part of a person; personId never dangles ---
  {
    name: '--only people: people with their roles',
    argv: ['--only', 'people', '--json', SEED],
    code: 0,
    stdout: jsonDocument((doc) => {
      const people = doc.people as Array<{ name: string; roles: Array<{ title: string }> }>;
      expect(people.find((p) => p.name === 'Yasar Guler')?.roles.map((r) => r.title)).toEqual(['Defense Minister']);
    }),
    stderr: '',
  },
  {
    name: '--only quotes: no personId into the empty people list',
    argv: ['--only', 'quotes', '--json', SEED],
    code: 0,
    stdout: jsonDocument((doc) => {
      expect(doc.people).toEqual([]);
      const speakers = (doc.quotes as Array<{ speaker: { name: string; personId: string | null } | null }>).map((q) => q.speaker).filter((x) => x !== null);
      expect(speakers.length).toBeGreaterThan(0);
      for (const speaker of speakers) expect(speaker.personId).toBe(null);
    }),
    stderr: '',
  },

  // --- html ---
  {
    name: '--format html: one self-contained page',
    argv: ['--format', 'html', SEED],
    code: 0,
    stdout: (s) => {
      expect(s.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
      expect(s.endsWith('</html>\n')).toBe(true);
      expect(s).not.toMatch(/<script|<link|src=|url\(/i);
      expect(s).toContain('<mark class="f person" id="d1-p1-m0"');
      expect(s).not.toContain('id="contents"'); // one document: no table of contents
    },
    stderr: '',
  },
  {
    name: '--format html, two documents: a table of contents, a failed input in its place',
    argv: ['--format', 'html', SEED, 'no/such/file.txt'],
    code: 1,
    stdout: (s) => {
      expect(s).toMatch(/<nav id="contents"[^>]*><h2>Contents \(2 documents\)<\/h2><ol><li><a href="#doc-1">fixtures\/articles\/syria-turkey-defense\.txt<\/a>[^]*<li><a href="#doc-2">no\/such\/file\.txt<\/a> <span class="count">failed: NOT_FOUND<\/span>/);
      expect(s).toContain('<article class="doc" id="doc-2" aria-labelledby="doc-2-title"><header><h2 id="doc-2-title">no/such/file.txt</h2><p class="failed"><strong>Failed</strong> (NOT_FOUND)');
    },
    stderr: /^extract-facts: no\/such\/file\.txt: no such file or directory/,
  },

  // --- aggregate (the reduce step) ---
  {
    name: 'aggregate JSONL from stdin: one index, failed records counted and skipped',
    argv: ['aggregate'],
    options: { stdin: AGGREGATE_INPUT },
    code: 0,
    stdout: (s) => {
      const index = JSON.parse(s) as { documents: number; failed: number; people: Array<{ name: string; documents: number }> };
      expect(index).toMatchObject({ schema: 'extract-facts-index/1', documents: 2, failed: 1 });
      expect(index.people.map((p) => [p.name, p.documents])).toEqual([['Ali Khan', 2]]);
    },
    stderr: '',
  },
  { name: 'aggregate --format csv', argv: ['aggregate', '-f', 'csv'], options: { stdin: AGGREGATE_INPUT }, code: 0, stdout: /^key,name,documents,mentions,quotes,roles,first_seen,last_seen\nali khan,Ali Khan,2,2,0,Minister ×2,2025-08-13,2025-08-15\n$/, stderr: '' },
  {
    name: 'aggregate: a line that is not an extract-facts record is reported and skipped, exit 1',
    argv: ['aggregate', '--jsonl'],
    options: { stdin: `${AGGREGATE_INPUT}{"id":"x","text":"a gold record"}\nnot json\n` },
    code: 1,
    stdout: /^\{"key":"ali khan","name":"Ali Khan","documents":2,/,
    stderr: /^extract-facts: stdin: line 4 is not an extract-facts\/1 record[^\n]*\nextract-facts: stdin: line 5 is not valid JSON/,
  },
  { name: 'aggregate: a missing file', argv: ['aggregate', 'nope.jsonl'], code: 1, stdout: /"documents": 0/, stderr: /^extract-facts: nope\.jsonl: no such file or directory/ },
  { name: 'aggregate: bad --format', argv: ['aggregate', '--format', 'html'], options: { stdin: '' }, code: 2, stdout: '', stderr: /^extract-facts aggregate: .*Allowed choices are json, jsonl, csv, table, markdown/ },

  // --- score ---
  { name: 'score a gold file', argv: ['score', `${INPUTS}/gold-mini.jsonl`], code: 0, stdout: /^data set +metric +P +R +F1/, stderr: '' },
  {
    name: 'score --json',
    argv: ['score', `${INPUTS}/gold-mini.jsonl`, '--json'],
    code: 0,
    stdout: (s) => expect(JSON.parse(s)).toMatchObject([{ gold: `${INPUTS}/gold-mini.jsonl`, documents: 1 }]),
    stderr: '',
  },
  { name: 'score a missing gold file', argv: ['score', 'nope.jsonl'], code: 1, stdout: '', stderr: /^extract-facts: nope\.jsonl: no such file/ },
];

export function checkCase(c: CliCase, result: CliResult): void {
  if (c.stdout === '') expect(result.stdout).toBe('');
  else if (c.stdout instanceof RegExp) expect(result.stdout).toMatch(c.stdout);
  else c.stdout(result.stdout);
  if (c.stderr === '') expect(result.stderr).toBe('');
  else expect(result.stderr).toMatch(c.stderr);
  expect(result.code).toBe(c.code);
}
