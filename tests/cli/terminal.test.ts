/**
 * The CLI on a real terminal: tmux gives it a pseudo-terminal, `pipe-pane` records every byte it
 * draws and `capture-pane` reads the screen (with its scroll-back) as a person would see it.
 *
 *   - one document: no progress line at all, and the shell's next line comes right after the table;
 *   - a batch printed to the terminal: the progress line is drawn on stderr and erased before each
 *     piece of data, so every table starts at the left edge and nothing is left on the screen;
 *   - a batch with stdout in a file: the progress line is drawn, then erased; the file has data only;
 *   - a batch piped to a program that prints on the same terminal (`| head`): no progress line.
 *
 * Inputs: the seed article, and its lines as separate files (generated here).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, ROOT, SEED } from '../helpers/cli.js'; // BIN runs dist/, which npm test builds first

const PROGRESS = /docs\/s/;
const socket = `ef-test-${process.pid}`;
let dir: string;
let batch: string;
let files: string[];

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', join(dir, 'tmux.conf'), ...args], { encoding: 'utf8' });

/** Runs `command` in a fresh 100×40 terminal; returns the screen with its scroll-back, and the raw bytes drawn. */
async function onTerminal(name: string, command: string): Promise<{ screen: string[]; raw: string }> {
  const rawPath = join(dir, `${name}.raw`);
  writeFileSync(rawPath, '');
  tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '40', '-c', ROOT, `env -u NO_COLOR -u FORCE_COLOR PS1='$ ' TERM=xterm-256color sh`);
  try {
    tmux('pipe-pane', '-t', name, `cat >> '${rawPath}'`);
    // type only once the shell shows its prompt: keys sent earlier are echoed by the terminal before
    // the prompt, and the command's first line of output then lands after "$ " on the prompt's line
    const ready = Date.now() + 10_000;
    while (!tmux('capture-pane', '-p', '-t', name).includes('$') && Date.now() < ready) await new Promise((resolve) => setTimeout(resolve, 50));
    tmux('send-keys', '-t', name, `${command}; echo "EXIT=$?"`, 'Enter');
    const deadline = Date.now() + 30_000;
    let screen = '';
    while (Date.now() < deadline) {
      screen = tmux('capture-pane', '-p', '-J', '-S', '-', '-E', '-', '-t', name);
      if (/^EXIT=\d+$/m.test(screen)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // let pipe-pane write its last bytes
    return { screen: screen.split('\n').map((l) => l.trimEnd()), raw: readFileSync(rawPath, 'utf8') };
  } finally {
    tmux('kill-session', '-t', name);
  }
}

/** The lines after the one that typed the command, up to EXIT=. */
function output(screen: string[]): string[] {
  const typed = screen.findIndex((l) => l.includes('echo "EXIT=$?"'));
  const exit = screen.findIndex((l) => /^EXIT=\d+$/.test(l));
  expect(typed).toBeGreaterThanOrEqual(0);
  expect(exit).toBeGreaterThan(typed);
  return screen.slice(typed + 1, exit + 1);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ef-tty-'));
  // exit-empty off: the server stays up between tests (a new session sent to a server that is exiting
  // after the last kill-session fails with "server exited unexpectedly"); afterAll kills it.
  writeFileSync(join(dir, 'tmux.conf'), 'set -g history-limit 50000\nset -g status off\nset -s exit-empty off\n');
  batch = join(dir, 'batch');
  mkdirSync(batch);
  const lines = readFileSync(join(ROOT, SEED), 'utf8').split('\n').filter((l) => l.split(' ').length > 8);
  files = [];
  for (let i = 0; i < 60; i++) {
    const file = join(batch, `line-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(file, lines[i % lines.length]! + '\n');
    files.push(file);
  }
}, 60_000);

afterAll(() => {
  try {
    execFileSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
  } catch {
    // no server left
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('on a real terminal (tmux)', () => {
  test('one document: the table, no progress line, and the prompt below the table', async () => {
    const { screen, raw } = await onTerminal('single', `node ${BIN} ${SEED}`);
    const out = output(screen);
    expect(out[0]).toBe('fixtures/articles/syria-turkey-defense.txt  reference date 2025-08-13 (from text)');
    expect(out.at(-2)).toMatch(/^└─+┴/); // the last line of the last table, then EXIT=
    expect(out.at(-1)).toBe('EXIT=0');
    expect(screen.join('\n')).not.toMatch(PROGRESS);
    expect(raw).not.toMatch(PROGRESS);
    expect(raw).toContain('\u001b['); // a real terminal: the table is in color
  });

  test('a batch printed to the terminal: progress drawn on stderr, erased before data, no table overwritten', async () => {
    const { screen, raw } = await onTerminal('batch-tty', `node ${BIN} ${batch} --only people --jobs 1`);
    const out = output(screen);
    expect(raw).toMatch(PROGRESS); // the line was drawn…
    expect(out.join('\n')).not.toMatch(PROGRESS); // …and is nowhere on the screen
    const headers = out.filter((l) => l.includes(`${batch}/line-`));
    expect(headers.map((l) => l.slice(0, l.indexOf('  ')))).toEqual(files); // each table's header, at the left edge, in order
    expect(out.at(-1)).toBe('EXIT=0');
    // Every progress draw is erased (CR + erase line) before the next byte of data.
    for (const draw of raw.split('\r').filter((piece) => PROGRESS.test(piece))) expect(draw).toMatch(/docs\/s[^\n]*$/);
  });

  test('a batch with stdout in a file: progress on the terminal, then erased; data only in the file', async () => {
    const target = join(dir, 'facts.jsonl');
    // a reference date: the batch's relative dates would each add a warning line on the terminal
    const { screen, raw } = await onTerminal('batch-file', `node ${BIN} ${batch} --jsonl --jobs 1 --reference-date 2025-08-13 > ${target}`);
    const out = output(screen);
    expect(raw).toMatch(PROGRESS);
    expect(raw).toMatch(/\r\u001b\[2K/);
    expect(out).toEqual(['EXIT=0']); // the progress line was erased: the shell writes on a clean line
    const data = readFileSync(target, 'utf8');
    expect(data.split('\n').filter(Boolean)).toHaveLength(files.length);
    expect(data).not.toMatch(/\r|\u001b|docs\/s/);
  });

  test('a batch piped to another program on the same terminal (| head): no progress line, no line lost', async () => {
    const { screen, raw } = await onTerminal('batch-head', `node ${BIN} ${batch} --jsonl --jobs 1 --reference-date 2025-08-13 | head -n 3`);
    const out = output(screen);
    expect(out.slice(0, 3).map((l) => l.slice(0, 24))).toEqual(Array(3).fill('{"schema":"extract-facts'));
    expect(out.slice(3)).toEqual(['EXIT=0']);
    expect(raw).not.toMatch(PROGRESS);
  });

  test('--quiet: no progress line even in a batch', async () => {
    const { raw } = await onTerminal('quiet', `node ${BIN} ${batch} --jsonl --quiet > /dev/null`);
    expect(raw).not.toMatch(PROGRESS);
  });
});
