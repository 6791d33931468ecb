/**
 * The map-stage contract: split an input JSONL into shards, run each through the built CLI,
 * concatenate the outputs, and get exactly the bytes of one run over the whole input. This is
 * what lets GNU parallel, Spark's `pipe` or any other engine run extract-facts across machines.
 * `source` is the input's path as given, so every run sees its shard under the same relative
 * name, in a directory of its own (as each task of a map stage would).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, sampleDocuments } from './helpers.js';

const root = fileURLToPath(ROOT);
const bin = join(root, 'bin/extract-facts.js');
let dir: string;
let records: string[];

/** Runs the CLI on `records` saved as `input.jsonl` in a fresh directory (the working directory). */
function cli(records: readonly string[], args: string[]): string {
  const cwd = mkdtempSync(join(dir, 'task-'));
  writeFileSync(join(cwd, 'input.jsonl'), records.join('\n') + '\n');
  return execFileSync(process.execPath, [bin, 'input.jsonl', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--no-types'], { cwd: root, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'ef-shards-'));
  records = sampleDocuments(4).map((d) => JSON.stringify({ id: d.id, source: d.source, text: d.text }));
}, 60_000);

describe('sharding (CLI, JSONL in and out)', () => {
  test('shards run separately and concatenated give the bytes of one run', { timeout: 120_000 }, () => {
    const whole = cli(records, ['--jsonl', '--jobs', '1']);
    expect(whole.split('\n').filter(Boolean).map((line) => JSON.parse(line).id)).toEqual(records.map((r) => JSON.parse(r).id));
    const shards = [records.slice(0, 2), records.slice(2, 3), records.slice(3)];
    const parts = shards.map((shard) => cli(shard, ['--jsonl', '--jobs', '1']));
    expect(parts.join('')).toBe(whole);
  });

  test('--jobs 2 gives the bytes of --jobs 1', { timeout: 120_000 }, () => {
    expect(cli(records, ['--jsonl', '--jobs', '2'])).toBe(cli(records, ['--jsonl', '--jobs', '1']));
  });
});
