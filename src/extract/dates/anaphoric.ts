/**
 * Dates that point back to a date the text just gave: "that year", "that same day", "the same
 * month", "later that year" (with the shared position prefix), "the following year", "the previous
 * month", "the next day", "the next morning", "that night". They are resolved against the last calendar date before them in the text
 * (`src/resolve/dates.ts`), and against the article's date only when the text gave none.
 */
import { dict } from '../../lexicon/dates.js';
import { lowerAt } from './pieces.js';
import type { Anchor, DateRule } from './types.js';

type AnaphoricUnit = Extract<Anchor, { kind: 'anaphoric' }>['unit'];

/**
 * The units, and the parts of a day: "the next morning", "that night" are the day (TimeBank folds
 * "Friday night", "Friday morning" into the day's date, weekday.ts).
 */
const UNIT_WORDS: Readonly<Record<string, AnaphoricUnit>> = dict({
  year: 'year', month: 'month', week: 'week', day: 'day', morning: 'day', night: 'day', evening: 'day', afternoon: 'day',
});
/** "the following year" (+1), "the previous year" (-1), "the next day" (+1, days only: "the next year" is an amount). */
export const STEP_WORDS: Readonly<Record<string, number>> = dict({ following: 1, previous: -1, preceding: -1, prior: -1, next: 1 });

/** Words after the unit that make it no anaphora: "that day of the week", "the same day as", "that year's budget" is fine. */
const NOT_AFTER = new Set(['of', 'as', 'when', 'that', 'in', 'after', 'before']);

/** Prepositions that make "the next day" an amount of time. */
const AMOUNT_BEFORE = new Set(['within', 'over', 'for', 'during', 'throughout']);

export const anaphoricUnit: DateRule = {
  name: 'anaphoric-unit',
  match(tokens, i) {
    const w = tokens[i]!.lower;
    let k = i + 1;
    let by = 0;
    if (w === 'that') {
      if (lowerAt(tokens, k) === 'same') k++;
    } else if (w === 'the') {
      // "within the next day", "over the following year": an amount of time, not a date
      if (AMOUNT_BEFORE.has(lowerAt(tokens, i - 1))) return null;
      const step = STEP_WORDS[lowerAt(tokens, k)];
      if (lowerAt(tokens, k) === 'same') k++;
      else if (step !== undefined) {
        by = step;
        k++;
      } else return null;
    } else return null;
    const unit = UNIT_WORDS[lowerAt(tokens, k)];
    if (!unit) return null;
    if (lowerAt(tokens, k - 1) === 'next' && unit !== 'day') return null;
    // "the same day as the vote", "that day of the week": the date is given elsewhere, or it is no date
    if (NOT_AFTER.has(lowerAt(tokens, k + 1))) return null;
    return { start: i, end: k + 1, type: 'DATE', anchor: { kind: 'anaphoric', unit, by } };
  },
};
