import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createProgress, progressLine } from '../../src/batch/progress.js';

const ERASE = '\r\u001b[2K';

function fakeTerminal(columns = 100) {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns });
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { stream, output: () => written };
}

/** A clock the test moves by hand. */
function clock() {
  let t = 1_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('createProgress', () => {
  test('disabled, it writes nothing', async () => {
    const { stream, output } = fakeTerminal();
    const progress = createProgress(stream, { enabled: false, total: 3 });
    progress.tick(100);
    progress.clear();
    progress.done();
    await flush();
    expect(output()).toBe('');
  });

  test('a batch done within one interval draws nothing', async () => {
    const { stream, output } = fakeTerminal();
    const time = clock();
    const progress = createProgress(stream, { enabled: true, total: 3, now: time.now });
    progress.tick(10);
    time.advance(50);
    progress.tick(10);
    progress.done();
    await flush();
    expect(output()).toBe('');
  });

  test('redrawn in place (carriage return, erase), never moving the cursor up, and erased when done', async () => {
    const { stream, output } = fakeTerminal();
    const time = clock();
    const progress = createProgress(stream, { enabled: true, total: 4, now: time.now });
    for (let i = 0; i < 4; i++) {
      time.advance(500);
      progress.tick(2048);
    }
    progress.done();
    progress.done();
    await flush();
    const text = output();
    expect(text.startsWith('\r')).toBe(true);
    expect(text).toMatch(/4\/4 docs \| 2\.0 docs\/s \| 4 KB\/s \| ETA 0s/);
    expect(text).not.toMatch(/\n|\u001b\[\d*[ABsu]|\u001b[78]/); // no newline, no cursor up/down, no save/restore
    expect(text.endsWith(ERASE)).toBe(true);
    expect(text.split(ERASE)).toHaveLength(5); // 3 redraws over the line, 1 final erase
  });

  test('clear() erases a drawn line once; the next due tick draws it again', async () => {
    const { stream, output } = fakeTerminal();
    const time = clock();
    const progress = createProgress(stream, { enabled: true, now: time.now });
    time.advance(200);
    progress.tick(10);
    progress.clear();
    progress.clear();
    time.advance(200);
    progress.tick(10);
    await flush();
    expect(output()).toMatch(/^\r1 docs .*\r\u001b\[2K\r2 docs \| /);
    expect(output().split(ERASE)).toHaveLength(2);
  });

  test('the line is cut one column short of the terminal width (a wrapped line cannot be redrawn)', async () => {
    const { stream, output } = fakeTerminal(30);
    const time = clock();
    const progress = createProgress(stream, { enabled: true, total: 9, now: time.now });
    time.advance(200);
    progress.tick(1);
    await flush();
    expect([...output().slice(1)]).toHaveLength(29);
  });
});

describe('progressLine', () => {
  test.each([
    [[3, 12, 1.5, 3072], '██████░░░░░░░░░░░░░░░░░░ 3/12 docs | 2.0 docs/s | 2 KB/s | ETA 5s'],
    [[12, 12, 6, 1024], '████████████████████████ 12/12 docs | 2.0 docs/s | 0 KB/s | ETA 0s'],
    [[7, undefined, 125, 0], '7 docs | 0.1 docs/s | 0 KB/s | 2m05s'],
  ] as const)('%j → %s', ([docs, total, seconds, bytes], expected) => {
    expect(progressLine(docs, total, seconds, bytes)).toBe(expected);
  });
});
