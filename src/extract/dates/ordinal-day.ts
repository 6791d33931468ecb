/**
 * The n-th day of an event: "the second day of an offensive", "his first day in office", "on the
 * opening day". A day the text does not date (TIMEX3 `XXXX-XX-XX`) unless "it is" today; TempEval-3 dev marks it in
 * 3 of 3 ("the first days after ...", plural, is left out). "the" belongs to the span, a
 * possessive does not (as with quarters: "its third quarter").
 */
import { NUMBER_WORDS, ORDINAL_OF } from '../../lexicon/dates.js';
import { lowerAt, monthAt } from './pieces.js';
import type { DateRule } from './types.js';

/** Subjects and present copulas right before "the n-th day" that make it today. */
const TODAY_IS: ReadonlyArray<readonly string[]> = [['today', 'is'], ['it', 'is'], ['it', "'s"], ['it', '’s'], ['this', 'is']];

/** The tokens right before `at` are `words` (lower case). */
function endsBefore(tokens: Parameters<DateRule['match']>[0], at: number, words: readonly string[]): boolean {
  return words.every((w, j) => lowerAt(tokens, at - words.length + j) === w);
}

export const ordinalDay: DateRule = {
  name: 'ordinal-day',
  match(tokens, i) {
    const start = i;
    let k = i;
    if (lowerAt(tokens, k) === 'the') k++;
    if (ORDINAL_OF.get(lowerAt(tokens, k)) === undefined || tokens[k]!.kind !== 'word') return null;
    if (lowerAt(tokens, k + 1) !== 'day') return null;
    // "first-day sales", "day-long": a piece of a longer word
    if (tokens[k + 2]?.text === '-' && tokens[k + 2]!.inWord) return null;
    // "the twenty third day of September": a day of a month, a calendar date
    if (NUMBER_WORDS[lowerAt(tokens, k - 1)] !== undefined || lowerAt(tokens, k + 2) === 'of' && monthAt(tokens, k + 3)) return null;
    // "today is the eighth day of Desert Shield", "It's the second day of an offensive": the day is
    // the reference date (TempEval-3 dev: 2 of 2); "it was the second day" stays undated
    if (start < k && TODAY_IS.some((words) => endsBefore(tokens, start, words))) {
      return { start, end: k + 2, type: 'DATE', anchor: { kind: 'shift', unit: 'day', by: 0 } };
    }
    return { start, end: k + 2, type: 'DATE', anchor: { kind: 'fixed', value: 'XXXX-XX-XX' } };
  },
};
