/**
 * Quarters and halves of a (fiscal) year: "the third quarter", "third-quarter", "the fourth quarter
 * of 1984", "the latest quarter", "the quarter", "this year's third quarter", "the 1988 second
 * quarter", "the fiscal first quarter", "the first half", "last year's quarter".
 * TimeML extents: "the" belongs to the span, and "that" after a preposition ("for that quarter", as
 * "that year"); possessives ("its third quarter") do not, and an
 * adjectival "third-quarter" (profit) stands alone.
 */
import { ORDINAL_OF } from '../../lexicon/dates.js';
import { afterPossessive, lowerAt, pad4, phraseAt, yearAt } from './pieces.js';
import type { DateRule, DateToken, Lean, RuleMatch } from './types.js';

/** Determiners outside the span: they make "quarter" definite but TimeML leaves them out. */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'that', 'your', 'whose']);
/**
 * Prepositions before "that quarter" that make "that" a demonstrative, inside the span like "that
 * year" ("results for that quarter"); after a verb it is a conjunction ("said that quarterly ...").
 */
const BEFORE_DEMONSTRATIVE = new Set(['for', 'in', 'during', 'of', 'from', 'since', 'until', 'by', 'over', 'after', 'before', 'through', 'throughout']);
/** Adjectives meaning "the quarter just reported". */
export const LATEST = new Set(['latest', 'current', 'recent', 'same', 'comparable', 'most', 'just']);
/** "this year's", "last year's", "next year's". */
const YEAR_POSSESSIVE: ReadonlyArray<[string, number]> = [['this year', 0], ['last year', -1], ['next year', 1]];
/**
 * "of this year", "of last year", "of next year" after a quarter or half: its year. "Of the year"
 * belongs to the same expression ("the second half of the year", one TIMEX3) but names no year of
 * its own (the year in focus): the tense decides, as for "the second half" alone.
 */
const OF_YEAR: ReadonlyArray<[string, number | undefined]> = [['of this year', 0], ['of last year', -1], ['of next year', 1], ['of the year', undefined]];

function ordinalAt(tokens: readonly DateToken[], i: number): number | undefined {
  const word = lowerAt(tokens, i);
  const n = ORDINAL_OF.get(word);
  if (n !== undefined) return n <= 4 ? n : undefined;
  // "the last half", "the final quarter", "the latter half": the last one of the year
  const next = lowerAt(tokens, i + 1);
  if ((word === 'last' || word === 'final' || word === 'latter') && (next === 'half' || next === 'quarter') && lowerAt(tokens, i + 2) === 'of') {
    return next === 'half' ? 2 : 4;
  }
  return undefined;
}


export const quarterOfYear: DateRule = {
  name: 'quarter',
  match(tokens, i) {
    let k = i;
    let start = i;
    let year: number | undefined;
    let yearShift: number | undefined;
    let definite = false;
    for (const [words, shift] of YEAR_POSSESSIVE) {
      const e = phraseAt(tokens, k, words);
      if (e > 0 && afterPossessive(tokens, e) > 0) {
        yearShift = shift;
        k = afterPossessive(tokens, e);
        definite = true;
        break;
      }
    }
    if (!definite) {
      const w = lowerAt(tokens, k);
      if (w === 'the' || w === 'this' || w === 'that' && lowerAt(tokens, k + 1) === 'quarter' && BEFORE_DEMONSTRATIVE.has(lowerAt(tokens, k - 1))) {
        definite = true;
        k++;
      } else if (POSSESSIVES.has(w)) {
        return null; // the rule is tried again at the next word, without the possessive
      } else if (POSSESSIVES.has(lowerAt(tokens, k - 1))) {
        definite = true;
      }
    }
    const y = yearAt(tokens, k);
    if (y && definite) {
      year = y.year;
      k = y.end;
    }
    if (lowerAt(tokens, k) === 'fiscal') {
      k++;
      if (tokens[k]?.text === '-') k++;
    }
    let quarter: number | 'latest' | undefined = ordinalAt(tokens, k);
    const ordinalAtK = k;
    // "the current quarter" is the one under way, not the one just reported
    const current = lowerAt(tokens, k) === 'current' && lowerAt(tokens, k + 1) === 'quarter' && definite;
    if (current) {
      return { start, end: k + 2, type: 'DATE', anchor: { kind: 'shift', unit: 'quarter', by: 0 } };
    } else if (quarter !== undefined) {
      k++;
    } else if (LATEST.has(lowerAt(tokens, k)) && definite) {
      quarter = 'latest';
      k++;
      if (lowerAt(tokens, k) === 'recent' || lowerAt(tokens, k) === 'ended') k++;
    } else if (definite && lowerAt(tokens, k) === 'quarter') {
      quarter = 'latest';
    } else {
      return null;
    }
    // "the first two quarters of 1990": the first half of a named year (two quarters alone are an amount)
    const firstTwo = quarter === 1 && phraseAt(tokens, k, 'two quarters of') > 0 && yearAt(tokens, k + 3) !== null;
    if (firstTwo) k++;
    const hyphenated = tokens[k]?.text === '-';
    if (hyphenated) k++;
    if (lowerAt(tokens, k) === 'fiscal') k++;
    const noun = firstTwo ? 'half' : lowerAt(tokens, k);
    const half = noun === 'half';
    if (noun !== 'quarter' && noun !== 'half' && !(noun === 'period' && quarter === 'latest' && definite)) return null;
    if (half && quarter !== 1 && quarter !== 2) return null;
    if (hyphenated && lowerAt(tokens, start) === 'the' && ordinalAtK === start + 1) start++;
    let end = k + 1;
    // "the third quarter of 1984", "the first quarter, 1998", "the first quarter of this year"
    // "the same period in 2003": a reported period, in the year named after it
    const yearWord = lowerAt(tokens, end) === 'of' || tokens[end]?.text === ',' || lowerAt(tokens, end) === 'in' && quarter === 'latest';
    const ofYear = yearWord ? yearAt(tokens, end + 1) : null;
    if (ofYear) {
      year = ofYear.year;
      end = ofYear.end;
    } else {
      for (const [words, shift] of OF_YEAR) {
        const e = phraseAt(tokens, end, words);
        if (e > 0) {
          yearShift = shift;
          end = e;
        }
      }
    }
    if (year !== undefined && typeof quarter === 'number') return fixed(start, end, `${pad4(year)}-${half ? 'H' : 'Q'}${quarter}`);
    // "the 1988 quarter": the reported quarter, a year back or forth
    if (year !== undefined) return { start, end, type: 'DATE', anchor: { kind: 'quarter', quarter: 'latest', lean: 'past', year } };
    const lean: Lean = quarter === 'latest' ? 'past' : 'tense';
    return {
      start, end, type: 'DATE',
      anchor: { kind: 'quarter', quarter, lean, ...(half ? { half } : {}), ...(yearShift === undefined ? {} : { yearShift }) },
    };
  },
};

function fixed(start: number, end: number, value: string): RuleMatch {
  return { start, end, type: 'DATE', anchor: { kind: 'fixed', value } };
}
