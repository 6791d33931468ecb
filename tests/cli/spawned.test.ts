/**
 * The same CLI case table through the built `bin/extract-facts.js`, with a clean environment
 * (no TTY, NO_COLOR=1). One worker (EXTRACT_FACTS_JOBS=1) keeps the table cheap; the worker pool
 * gets its own case below, which must print the same bytes.
 */
import { describe, expect, test } from 'vitest';
import { INPUTS, runSpawned, SEED } from '../helpers/cli.js';
import { checkCase, CLI_CASES } from './cases.js';

const ONE_JOB = { EXTRACT_FACTS_JOBS: '1' };

describe('CLI spawned (dist)', () => {
  test.each(CLI_CASES.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      checkCase(c, await runSpawned(c.argv, { ...c.options, env: { ...ONE_JOB, ...c.options?.env } }));
    },
    120_000,
  );

  test('--jobs 2 (worker threads) prints the same bytes as one job', async () => {
    const argv = ['--jsonl', SEED, `${INPUTS}/records.jsonl`, `${INPUTS}/missing.txt`, `${INPUTS}/rtl.txt`];
    const pooled = await runSpawned(['--jobs', '2', ...argv]);
    const single = await runSpawned(['--jobs', '1', ...argv]);
    expect(pooled).toEqual(single);
    expect(pooled.code).toBe(1);
  }, 180_000);
});
