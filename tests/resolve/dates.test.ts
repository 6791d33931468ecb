/** Resolution against the reference date: the seed article, tense, and the calendar arithmetic. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, formatWeek, fromDays, isoWeek, toDays, weekdayOf } from '../../src/extract/dates/calendar.js';
import { brief, datesOf } from '../extract/dates/helpers.js';

describe('the seed article (reference date inferred from its caption)', () => {
  const text = readFileSync(new URL('../../../shared/examples/syria-turkey-defense.txt', import.meta.url), 'utf8');
  const { dates, referenceDate } = datesOf(text);
  it('infers 2025-08-13 from the text', () => {
    expect(referenceDate).toMatchObject({ value: '2025-08-13', from: 'text' });
  });
  it.each([
    ['August 13, 2025', '2025-08-13'],
    ['Wednesday', '2025-08-13'],
    ['December', '2024-12'],
  ])('%s → %s', (shown, value) => {
    const d = dates.find((x) => x.text === shown);
    expect(d).toMatchObject({ type: 'DATE', value });
    expect(text.slice(d!.start, d!.end)).toBe(shown);
  });
});

describe('weekdays around a Friday reference (2025-08-15)', () => {
  it.each([
    ['He resigned on Wednesday.', 'Wednesday|DATE|2025-08-13'],
    ['She will speak on Wednesday.', 'Wednesday|DATE|2025-08-20'],
    ['The vote is set for next Wednesday.', 'next Wednesday|DATE|2025-08-20'],
    ['It happened last Wednesday.', 'last Wednesday|DATE|2025-08-13'],
    ['The markets were calm on Friday.', 'Friday|DATE|2025-08-15'],
  ])('%s', (text, expected) => {
    expect(brief(text, '2025-08-15')).toEqual([expected]);
  });
});

describe('months across a year boundary (reference 2026-01-10)', () => {
  it.each([
    ['Prices rose in December.', 'December|DATE|2025-12'],
    ['The law takes effect Feb. 1.', 'Feb. 1|DATE|2026-02-01'],
    ['Shops reopened Dec. 28.', 'Dec. 28|DATE|2025-12-28'],
    ['Profit fell last week.', 'last week|DATE|2026-W01'],
  ])('%s', (text, expected) => {
    expect(brief(text, '2026-01-10')).toEqual([expected]);
  });
});

describe('integer calendar arithmetic', () => {
  it('days round-trip', () => {
    for (const days of [-719468, -1, 0, 1, 10957, 20000, 2932896]) expect(toDays(fromDays(days))).toBe(days);
  });
  it('weekdays and ISO weeks', () => {
    expect(weekdayOf({ y: 2025, m: 8, d: 13 })).toBe(3);
    expect(isoWeek({ y: 2025, m: 8, d: 13 })).toEqual({ year: 2025, week: 33 });
    expect(formatWeek({ y: 2021, m: 1, d: 1 })).toBe('2020-W53');
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
  });
});
