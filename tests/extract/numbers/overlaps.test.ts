/** The overlaps resolver: a number inside a date goes to the date; durations keep their count. */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/draft.js';
import { resolveOverlaps } from '../../../src/resolve/overlaps.js';
import type { DateFact, NumberFact } from '../../../src/types.js';

const date = (start: number, end: number, type: DateFact['type'] = 'DATE', rule = 'test'): DateFact => ({ start, end, text: 'x'.repeat(end - start), rule, type, value: null });
const num = (start: number, end: number): NumberFact => ({ start, end, text: 'x'.repeat(end - start), rule: 'test', value: 1, kind: 'cardinal', unit: null, counts: null, qualifier: null });

function resolve(dates: DateFact[], numbers: NumberFact[]): Array<[number, number]> {
  const draft = { dates, numbers } as unknown as Draft;
  resolveOverlaps(draft);
  return draft.numbers.map((n) => [n.start, n.end]);
}

describe('resolveOverlaps', () => {
  it.each([
    ['a year inside a date is dropped', [date(10, 25)], [num(21, 25)], []],
    ['a number beside a date stays', [date(10, 25)], [num(0, 5), num(25, 30)], [[0, 5], [25, 30]]],
    ['a count inside a duration stays', [date(10, 22, 'DURATION')], [num(10, 22)], [[10, 22]]],
    // bbc-facts: "the first day of the World Economic Forum" keeps its ordinal "first"
    ["the ordinal of an event's n-th day stays", [date(10, 23, 'DATE', 'ordinal-day')], [num(14, 19)], [[14, 19]]],
    ['a long date covers several numbers', [date(0, 100), date(40, 45)], [num(5, 8), num(50, 55), num(120, 125)], [[120, 125]]],
    ['dates out of order', [date(60, 70), date(0, 5)], [num(2, 3), num(30, 31), num(65, 66)], [[30, 31]]],
  ] as const)('%s', (_name, dates, numbers, kept) => {
    expect(resolve([...dates], [...numbers])).toEqual(kept);
  });
});
