/**
 * The README's map-reduce recipe, run for real: GNU parallel (Debian's `parallel`, installed by
 * `.ci/run`) splits a JSONL corpus into blocks, runs extract-facts on each (`--pipe -k` keeps the
 * order), and the concatenated output is byte for byte the output of one run; `aggregate` over
 * it gives the index of one run. One record has an empty text: with `--errors-in-output` its
 * error record stands in its place and every task exits 0, as Spark's `RDD.pipe` needs.
 *
 * The corpus: the seed article's lines as records (several ids each), generated here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BIN, ROOT, runInProcess, SEED } from '../helpers/cli.js'; // BIN runs dist/, which npm test builds first

let dir: string;
let corpus: string;
const MAP = `${process.execPath} ${BIN} - --stdin-format jsonl --jsonl --quiet --jobs 1 --errors-in-output`;

function sh(command: string): { stdout: string; stderr: string; code: number | null } {
  const r = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ef-parallel-'));
  const lines = readFileSync(join(ROOT, SEED), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const records: string[] = [];
  for (let copy = 0; copy < 3; copy++) {
    lines.forEach((text, i) => records.push(JSON.stringify({ id: `seed-${copy}-${i}`, text, reference_date: `2025-08-${String(10 + copy).padStart(2, '0')}` })));
  }
  records.splice(7, 0, JSON.stringify({ id: 'empty-page', text: '' }));
  corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, records.join('\n') + '\n');
});

describe('GNU parallel --pipe -k as the map stage', () => {
  test('the blocks, run in parallel and kept in order, give the bytes of one run; aggregate gives the same index', { timeout: 120_000 }, async () => {
    const blocks = sh(`parallel --will-cite --pipe -k --block 3k wc -l < ${corpus}`);
    expect(blocks.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(3); // really split

    const single = sh(`${MAP} < ${corpus} > single.jsonl`);
    const mapped = sh(`parallel --will-cite --pipe -k --block 3k --jobs 2 ${MAP} < ${corpus} > parallel.jsonl`);
    expect(single.code).toBe(0);
    expect(mapped.code).toBe(0); // every task exits 0: the empty record is in the output
    const one = readFileSync(join(dir, 'single.jsonl'), 'utf8');
    expect(readFileSync(join(dir, 'parallel.jsonl'), 'utf8')).toBe(one);
    const records = one.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; error?: { code: string } });
    expect(records).toHaveLength(readFileSync(corpus, 'utf8').split('\n').filter(Boolean).length);
    expect(records.filter((r) => r.error).map((r) => [r.id, r.error!.code])).toEqual([['empty-page', 'EMPTY_INPUT']]);
    expect(mapped.stderr).toMatch(/line \d+: the text is empty/);

    // the reduce step (in process), over the whole map output and over the blocks' lines reversed
    const index = await runInProcess(['aggregate'], { stdin: one });
    const reversed = sh(`parallel --will-cite --pipe -k --block 3k tac < parallel.jsonl`);
    expect(reversed.stdout).not.toBe(one);
    const again = await runInProcess(['aggregate'], { stdin: reversed.stdout });
    expect([index.code, again.code]).toEqual([0, 0]);
    expect(again.stdout).toBe(index.stdout);
    expect(JSON.parse(index.stdout)).toMatchObject({ documents: records.length - 1, failed: 1 });
  });
});
