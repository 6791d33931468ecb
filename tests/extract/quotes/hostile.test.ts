/** Hostile input finishes quickly (linear scans) and never throws. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/doc/article.js';
import { extractQuotes } from '../../../src/extract/quotes.js';
import { expectNearNewsTime } from '../../helpers/linear-time.js';

const CASES: Array<[string, () => string]> = [
  ['20,000 straight quote marks', () => '"'.repeat(20_000)],
  ['20,000 curly openers then closers', () => '“'.repeat(20_000) + '”'.repeat(20_000)],
  ['40,000 short quotes in one sentence', () => 'He said "a" and "b" '.repeat(10_000)],
  ['a 1 MB line without a newline', () => ('word said that the man told "x ' + 'y '.repeat(50)).repeat(8_000)],
  ['200,000 cue verbs', () => 'he said '.repeat(100_000)],
  ['100,000 commas before a cue', () => 'Smith, '.repeat(100_000) + 'said "hi"'],
  ['NUL bytes and emoji', () => '\u0000"😀 said 😀"\u0000 he said. '.repeat(1_000)],
  // each block's search for marks once ran on to the next mark in the text, however far
  ['30,000 paragraphs without a mark, then a quote', () => 'No marks here.\n\n'.repeat(30_000) + 'He said "yes".'],
  // each one-word label once searched the whole text before it for the full name
  ['20,000 one-word colon labels', () => 'Jeb Bush spoke.\n\n' + 'Update: "Kick-off is at three." Bush: "We are ready."\n\n'.repeat(20_000)],
];

describe('hostile input', () => {
  it.each(CASES)('%s', (_name, make) => {
    const text = make();
    const quotes = expectNearNewsTime((t) => { const doc = buildArticle(t); return () => extractQuotes(doc); }, text);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  }, 60_000);
});
