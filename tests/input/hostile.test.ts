/**
 * Hostile inputs (fixtures/inputs/cases.json, and large ones generated into a temporary folder):
 * each run alone gives facts or one clear error, the expected exit code and stderr, schema-valid
 * output; all of them together still print every document, in order. In process and spawned.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeText } from '../../src/input/decode.js';
import { assertSchemaValid, BIN, INPUTS, parseJsonl, ROOT, runInProcess, runSpawned, SEED, type CliResult } from '../helpers/cli.js';
// @ts-expect-error: a plain .mjs script without types
import { GENERATED_CASES, makeHostileFixtures } from '../../scripts/make-hostile-fixtures.mjs';

interface HostileCase {
  input: string;
  exit: number;
  error: string | string[] | null;
  stderr: string | null;
}

const { cases } = JSON.parse(readFileSync(join(ROOT, INPUTS, 'cases.json'), 'utf8')) as { cases: HostileCase[] };

type Doc = Record<string, unknown> & { error?: { code: string }; id: string };

function check(c: HostileCase, path: string, result: CliResult): Doc[] {
  const docs = parseJsonl(result.stdout) as Doc[];
  docs.forEach(assertSchemaValid);
  expect(docs.length).toBeGreaterThan(0);
  const codes = [...new Set(docs.map((d) => d.error?.code).filter((x): x is string => x !== undefined))].sort();
  const expected = c.error === null ? [] : [c.error].flat().sort();
  expect(codes).toEqual(expected);
  if (c.stderr === null) expect(result.stderr).toBe('');
  else expect(result.stderr).toMatch(new RegExp(c.stderr, 'm'));
  // One stderr line per failed document (and per warning), never a stack trace.
  expect(result.stderr).not.toMatch(/\n\s+at /);
  for (const line of result.stderr.split('\n').filter((l) => l !== '')) expect(line.startsWith(`extract-facts: ${path}`)).toBe(true);
  expect(result.code).toBe(c.exit);
  return docs;
}

describe('hostile inputs, each alone (in process)', () => {
  test.each(cases.map((c) => [c.input, c] as const))('%s', async (_name, c) => {
    const path = `${INPUTS}/${c.input}`;
    const docs = check(c, path, await runInProcess(['--jsonl', path]));
    for (const doc of docs) {
      if (doc.error || !/\.txt$/.test(c.input)) continue;
      // Offsets index the decoded text (BOM removed, CRLF/CR → LF).
      assertOffsets(doc, decodeText(readFileSync(join(ROOT, path))).text);
    }
  });
});

describe.each([
  ['in process', runInProcess],
  ['spawned', runSpawned],
] as const)('hostile inputs, all at once, %s', (_how, runCli) => {
  test('every document in order, each failure alone on stderr, exit 1', async () => {
    const paths = cases.map((c) => `${INPUTS}/${c.input}`);
    const result = await runCli(['--jsonl', SEED, ...paths, SEED]);
    const docs = parseJsonl(result.stdout) as Doc[];
    docs.forEach(assertSchemaValid);
    expect(docs[0]!.id).toBe(SEED);
    expect(docs.at(-1)!.id).toBe(SEED);
    expect(docs[0]!.error).toBeUndefined();
    for (const c of cases) {
      const own = docs.filter((d) => d.id === `${INPUTS}/${c.input}` || d.source === `${INPUTS}/${c.input}`);
      const codes = [...new Set(own.map((d) => d.error?.code).filter((x): x is string => x !== undefined))].sort();
      expect(codes, c.input).toEqual(c.error === null ? [] : [c.error].flat().sort());
      if (c.stderr !== null) expect(result.stderr).toMatch(new RegExp(c.stderr, 'm'));
    }
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(1);
  });
});

function assertOffsets(doc: Doc, text: string): void {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  const facts = doc as unknown as { people: Array<{ roles: typeof spans; mentions: typeof spans }>; dates: typeof spans; numbers: typeof spans; quotes: Array<{ start: number; end: number; text: string; cue: (typeof spans)[0] | null }> };
  for (const p of facts.people) spans.push(...p.roles, ...p.mentions);
  spans.push(...facts.dates, ...facts.numbers, ...facts.quotes);
  for (const q of facts.quotes) if (q.cue) spans.push(q.cue);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('large generated inputs (spawned)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'extract-facts-hostile-'));
    // The 5 MB article takes a while on a busy 2-core machine: CI uses 1 MB, EXTRACT_FACTS_BIG_MB=5 the real size.
    makeHostileFixtures(dir, { bigSize: Number(process.env.EXTRACT_FACTS_BIG_MB ?? 1) * 1024 * 1024 });
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each((GENERATED_CASES as Array<{ input: string; exit: number; error: string | null; stderr: string | null }>).map((c) => [c.input, c] as const))(
    '%s',
    async (_name, c) => {
      const path = join(dir, c.input);
      const result = await runSpawned(['--jsonl', path], { env: { EXTRACT_FACTS_JOBS: '1' } });
      const docs = parseJsonl(result.stdout) as Doc[];
      docs.forEach(assertSchemaValid);
      expect(docs.map((d) => d.error?.code ?? null).filter((x) => x !== null)).toEqual(c.error ? [c.error] : []);
      if (c.stderr === null) expect(result.stderr).toBe('');
      else expect(result.stderr).toMatch(new RegExp(`^extract-facts: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${c.stderr}`));
      expect(result.code).toBe(c.exit);
    },
    180_000,
  );

  test('a closed pipe ends quietly: `| head -1`', async () => {
    const result = await new Promise<{ code: number | null; first: string; stderr: string }>((resolve, reject) => {
      // The reader takes one line, then closes its end of the pipe.
      const child = spawn(process.execPath, [BIN, '--jsonl', join(dir, 'many-records.jsonl')], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        if (stdout.includes('\n')) child.stdout.destroy();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, first: stdout.split('\n')[0]!, stderr }));
    });
    expect(JSON.parse(result.first)).toMatchObject({ id: 'rec-0' });
    // quietly: no error about the pipe; only the per-document warnings about unresolved dates
    expect(result.stderr).toMatch(/^(?:extract-facts: [^\n]*: warning: \d+ relative dates? left unresolved [^\n]*\n)*$/);
    expect(result.code).toBe(0);
  }, 120_000);
});
