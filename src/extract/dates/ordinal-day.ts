/**
 * The n-th day of an event: "the second day of an offensive", "his first day in office", "on the
 * opening day". A day the text does not date (TIMEX3 `XXXX-XX-XX`); TempEval-3 dev marks it in
 * 3 of 3 ("the first days after ...", plural, is left out). "the" belongs to the span, a
 * possessive does not (as with quarters: "its third quarter").
 */
import { NUMBER_WORDS, ORDINALS } from '../../lexicon/dates.js';
import { lowerAt, monthAt } from './pieces.js';
import type { DateRule } from './types.js';

export const ordinalDay: DateRule = {
  name: 'ordinal-day',
  match(tokens, i) {
    const start = i;
    let k = i;
    if (lowerAt(tokens, k) === 'the') k++;
    if (ORDINALS[lowerAt(tokens, k)] === undefined || tokens[k]!.kind !== 'word') return null;
    if (lowerAt(tokens, k + 1) !== 'day') return null;
    // "first-day sales", "day-long": a piece of a longer word
    if (tokens[k + 2]?.text === '-' && tokens[k + 2]!.inWord) return null;
    // "the twenty third day of September": a day of a month, a calendar date
    if (NUMBER_WORDS[lowerAt(tokens, k - 1)] !== undefined || lowerAt(tokens, k + 2) === 'of' && monthAt(tokens, k + 3)) return null;
    return { start, end: k + 2, type: 'DATE', anchor: { kind: 'fixed', value: 'XXXX-XX-XX' } };
  },
};
