import { describe, expect, it } from 'vitest';
import { bySpan, firstAtOrAfter, spanKeys } from '../../src/util/spans.js';

describe('firstAtOrAfter', () => {
  const items = [
    { start: 0, end: 3 },
    { start: 4, end: 6 },
    { start: 4, end: 9 },
    { start: 10, end: 12 },
  ].sort(bySpan);
  it.each([
    // [start, end, index]: the first item not sorted before the span
    [0, 3, 0], // exactly the first
    [4, 9, 2], // same start, the longer one
    [4, 7, 2], // between two items of one start
    [4, 5, 1], // before both items of that start
    [10, 12, 3],
    [11, 12, 4], // after every item
    [-1, 0, 0], // before every item
  ])('%i–%i → %i', (start, end, index) => {
    expect(firstAtOrAfter(items, start, end)).toBe(index);
  });
  it('is items.length for an empty list', () => {
    expect(firstAtOrAfter([], 1, 2)).toBe(0);
  });
});

describe('spanKeys', () => {
  it('gives distinct number keys to every span of a short text', () => {
    const key = spanKeys(5);
    const keys = new Set<number | string>();
    for (let start = 0; start <= 5; start++) for (let end = start; end <= 5; end++) keys.add(key(start, end));
    expect(keys.size).toBe(21); // 6 · 7 / 2 spans
    expect(typeof key(1, 2)).toBe('number');
  });
  it('keeps spans apart whose end passes a stride shorter than the text (start * 10 + end gives 1–12 and 2–2 one key)', () => {
    const key = spanKeys(20);
    expect(key(1, 12)).not.toBe(key(2, 2));
  });
  it('falls back to string keys where the numbers would no longer be exact', () => {
    const key = spanKeys(100_000_000);
    expect(key(99_999_998, 100_000_000)).toBe('99999998:100000000');
    expect(key(99_999_999, 100_000_000)).not.toBe(key(99_999_998, 100_000_000));
  });
});
