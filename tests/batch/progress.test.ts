import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createProgress } from '../../src/batch/progress.js';

function fakeTerminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { stream, output: () => written };
}

describe('createProgress', () => {
  test('disabled, it writes nothing', () => {
    const { stream, output } = fakeTerminal();
    const progress = createProgress(stream, { enabled: false, total: 3 });
    progress.tick(100);
    progress.done();
    expect(output()).toBe('');
  });

  test('enabled with a known total, it shows documents done and the rate', async () => {
    const { stream, output } = fakeTerminal();
    const progress = createProgress(stream, { enabled: true, total: 4 });
    for (let i = 0; i < 4; i++) progress.tick(2048);
    progress.done();
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(output()).toMatch(/4\/4 docs/);
    expect(output()).toMatch(/docs\/s/);
  });

  test('enabled with an unknown total, it counts without a bar', async () => {
    const { stream, output } = fakeTerminal();
    const progress = createProgress(stream, { enabled: true });
    progress.tick(10);
    progress.tick(10);
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(output()).toMatch(/2 docs/);
  });
});
