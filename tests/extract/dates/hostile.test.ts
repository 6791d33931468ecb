/** Hostile input never throws, and the scan stays linear (a long line without a newline). */
import { describe, expect, it } from 'vitest';
import { brief, datesOf } from './helpers.js';

describe('hostile input', () => {
  it.each([
    ['a lone quote', '"'],
    ['NUL bytes', 'On Friday\u0000 March 3, 2020\u0000'],
    ['emoji', '🎉 On Friday 🎉 the 1990s 🎉'],
    ['prototype words', 'constructor toString __proto__ hasOwnProperty valueOf'],
    ['dots and dashes', '. - -- ... --- 2020-- --2020 -2020- 1/1/1/1/1'],
  ])('%s', (_why, text) => {
    expect(() => datesOf(text, '2025-08-13')).not.toThrow();
  });
  it('prototype words are no dates', () => {
    expect(brief('constructor toString __proto__ hasOwnProperty valueOf', '2025-08-13')).toEqual([]);
  });
  it('a 1 MB line of dates without a newline finishes quickly', () => {
    const unit = 'On Friday, Oct. 13, 1989 at 10 p.m. the 1990s and two years ago ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const { dates } = datesOf(text, '1989-10-27');
    expect(dates.length).toBeGreaterThan(50_000);
    expect(performance.now() - t0).toBeLessThan(25_000);
  });
});
