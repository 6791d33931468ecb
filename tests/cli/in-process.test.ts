/** The CLI case table through `run(argv, io)` with captured streams, plus cases that need a terminal. */
import { describe, expect, test } from 'vitest';
import { INPUTS, runInProcess, SEED } from '../helpers/cli.js';
import { checkCase, CLI_CASES } from './cases.js';

describe('CLI in process', () => {
  test.each(CLI_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    checkCase(c, await runInProcess(c.argv, c.options));
  });
});

describe('CLI on a terminal', () => {
  const tty = { stdoutTTY: true, columns: 100 };

  test('defaults to a table, colored on a terminal', async () => {
    const r = await runInProcess([SEED], { ...tty, env: { NO_COLOR: '' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('People');
    expect(r.stdout).toContain('\u001b[');
  });

  test('NO_COLOR turns color off', async () => {
    const r = await runInProcess([SEED], { ...tty, env: { NO_COLOR: '1' } });
    expect(r.stdout).toMatch(/People/);
    expect(r.stdout).not.toContain('\u001b');
  });

  test('--no-color turns color off', async () => {
    const r = await runInProcess([SEED, '--no-color'], { ...tty, env: { NO_COLOR: '' } });
    expect(r.stdout).not.toContain('\u001b');
  });

  test('JSON on a terminal has no color', async () => {
    const r = await runInProcess([SEED, '--json'], { ...tty, env: { FORCE_COLOR: '3' } });
    expect(r.stdout).not.toContain('\u001b');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  test('no inputs and stdin is a terminal: usage error', async () => {
    const r = await runInProcess([], { stdinTTY: true });
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^extract-facts: no input given \(give a file/) });
  });

  test('--quiet: nothing on a terminal stderr', async () => {
    const r = await runInProcess([SEED, `${INPUTS}/rtl.txt`, '--jsonl', '--quiet'], { stderrTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  test('FORCE_COLOR colors a piped table, NO_COLOR still wins', async () => {
    expect((await runInProcess([SEED, '--format', 'table'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await runInProcess([SEED, '--format', 'table'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b');
  });

  test('tables fit the terminal width', async () => {
    const r = await runInProcess([SEED, '--explain'], { stdoutTTY: true, columns: 80 });
    const tableLines = r.stdout.split('\n').filter((line) => /^[│┌├└]/.test(line));
    expect(tableLines.length).toBeGreaterThan(0);
    for (const line of tableLines) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
