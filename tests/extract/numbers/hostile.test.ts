/** Hostile input: long lines finish quickly, offsets stay exact, two runs give the same facts. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/doc/article.js';
import { extractNumbers } from '../../../src/extract/numbers/index.js';
import { numbersOf } from './helpers.js';

describe('hostile input', () => {
  // Dense with numbers (one every 20 characters), so it is far slower than news; the bound only
  // catches quadratic behaviour, which would take hours here.
  it('a 5 MB line without newline finishes in linear time', () => {
    const unit = 'more than 20,000 troops and $4.2bn, 12% or 1 234 567 one two three a@b.c http://x.y/1 ';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const doc = buildArticle(text);
    const t0 = performance.now();
    const facts = extractNumbers(doc);
    const ms = performance.now() - t0;
    expect(facts.length).toBeGreaterThan(100_000);
    expect(ms).toBeLessThan(60_000);
  }, 180_000);

  it.each(['', '"', '-', '$', '%', '1/', '/2', '٪', '\u0000 12 \u0000', '😀 5 😀', '9'.repeat(400), '1,'.repeat(10_000)])(
    'does not throw on %j',
    (input) => {
      for (const f of numbersOf(input)) expect(input.slice(f.start, f.end)).toBe(f.text);
    },
  );

  it('a number too large for a double is not a fact', () => {
    expect(numbersOf(`It has ${'9'.repeat(400)} and 1e999 items.`).map((f) => f.value)).toEqual([]);
  });

  it('is deterministic', () => {
    const text = 'Profits jumped 76% to $1.13bn (£600m) for the three months, with 13,000 jobs cut.';
    expect(JSON.stringify(numbersOf(text))).toBe(JSON.stringify(numbersOf(text)));
  });
});
