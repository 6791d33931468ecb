/**
 * A month without a day: "December", "last April", "this September", "January this year",
 * "June last year". "May" and "March" need a date context ("in May", "mid-March", "May 2025", "the May election").
 */
import { RELATIVE_WORD_OF } from '../../lexicon/dates.js';
import { FAMILY_NOUNS } from '../../lexicon/person-words.js';
import { lowerAt, monthAt, phraseAt } from './pieces.js';
import type { DateRule, Lean } from './types.js';

/** Words before a month that make an ambiguous month name ("May", "March") a month. */
const MONTH_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'of', 'from', 'to', 'through', 'during', 'early', 'late', 'mid', 'last',
  'next', 'this', 'and', 'or', 'between', 'before', 'after', 'that', 'around', '-', 'throughout', 'past',
]);
const AMBIGUOUS = new Set(['may', 'march']);

const YEAR_AFTER: ReadonlyArray<[string, number]> = [['this year', 0], ['last year', -1], ['next year', 1]];

/** Words after "the March" that make it a name or a walk ("the March of Dimes", "the March on Rome"). */
const NOT_A_MONTH_AFTER = new Set(['of', 'on', 'to', 'for', 'against', 'through']);

/** "the May family said": a month between "the" and a family noun is a surname. */
function familyName(tokens: Parameters<DateRule['match']>[0], i: number): boolean {
  const next = tokens[i + 1];
  return lowerAt(tokens, i - 1) === 'the' && next !== undefined && next.kind === 'word' && FAMILY_NOUNS.has(next.lower);
}

/** "the March accession", "the May election": a capitalized month between "the" and a lower-case noun. */
function monthBeforeNoun(tokens: Parameters<DateRule['match']>[0], i: number): boolean {
  const next = tokens[i + 1];
  return lowerAt(tokens, i - 1) === 'the' && next !== undefined && next.kind === 'word' && !next.cap && !NOT_A_MONTH_AFTER.has(next.lower);
}

export const monthName: DateRule = {
  name: 'month-name',
  match(tokens, i) {
    const m = monthAt(tokens, i);
    if (!m || !m.full || familyName(tokens, i)) return null;
    const word = tokens[i]!.lower;
    const before = lowerAt(tokens, i - 1);
    let start = i;
    let lean: Lean = 'tense';
    let yearShift: number | undefined;
    const rel = RELATIVE_WORD_OF.get(before);
    if (rel !== undefined && before !== 'current' && before !== 'present' && before !== 'following' && before !== 'prior') {
      start = i - 1;
      if (rel < 0) lean = 'past';
      else if (rel > 0) lean = 'future';
      else yearShift = 0;
      if (before === 'past' && lowerAt(tokens, i - 2) === 'this') start = i - 2;
      if (before === 'coming' && lowerAt(tokens, i - 2) === 'this') start = i - 2;
    } else if (AMBIGUOUS.has(word) && !MONTH_CONTEXT.has(before) && !monthBeforeNoun(tokens, i)) {
      return null;
    }
    let end = m.end;
    for (const [words, shift] of YEAR_AFTER) {
      const e = phraseAt(tokens, end, words);
      if (e > 0) {
        yearShift = shift;
        end = e;
        break;
      }
    }
    return { start, end, type: 'DATE', anchor: { kind: 'month', month: m.month, lean, ...(yearShift === undefined ? {} : { yearShift }) } };
  },
};
