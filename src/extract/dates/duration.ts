/**
 * Amounts of time: "three years", "a week", "two-year" (adjectival), "the past three years",
 * "the next few days", "the first nine months", "several months", "recent years", "for years".
 * "N units ago" is a date (relative.ts); hedges ("nearly", "more than") are shared prefixes.
 */
import { NUMBER_WORDS, PLURAL_UNITS, UNIT_DURATION, UNIT_OF, type Unit } from '../../lexicon/dates.js';
import { countAt, lowerAt, phraseAt, unitAt } from './pieces.js';
import type { DateRule, DateToken, RuleMatch } from './types.js';
import { yearRangeEndAt } from './year.js';

/** Words between "the" and the amount: "the past three years", "the first nine months". */
export const SPAN_WORDS = new Set(['past', 'last', 'next', 'first', 'previous', 'preceding', 'coming', 'following', 'final', 'initial', 'remaining', 'recent', 'latest', 'same']);

export function durationValue(n: number | 'X', unit: Unit): string {
  const u = UNIT_DURATION[unit];
  let count: string;
  if (n === 'X') count = 'X';
  else if (Number.isInteger(n)) count = String(n);
  else if (unit === 'year' && Number.isInteger(n * 12)) return `P${Math.floor(n)}Y${Math.round((n % 1) * 12)}M`;
  else if (unit === 'hour' && Number.isInteger(n * 60)) return `PT${Math.floor(n)}H${Math.round((n % 1) * 60)}M`;
  else if (unit === 'minute' && Number.isInteger(n * 60)) return `PT${Math.floor(n)}M${Math.round((n % 1) * 60)}S`;
  else count = String(n);
  if (unit === 'weekend') return `P${count}WE`;
  if (unit === 'decade' && n !== 'X') return `P${Number(count) * 10}Y`;
  if (unit === 'century' && n !== 'X') return `P${Number(count) * 100}Y`;
  // vague decades as TimeBank writes them ("decades-long" PXY); vague centuries in their own unit
  if (unit === 'century') return 'PXCE';
  if (unit === 'decade') return 'PXY';
  return u.time ? `PT${count}${u.letter}` : `P${count}${u.letter}`;
}

function duration(start: number, end: number, n: number | 'X', unit: Unit): RuleMatch {
  return { start, end, type: 'DURATION', anchor: { kind: 'fixed', value: durationValue(n, unit) } };
}

/** "and a half" after a unit: "an hour and a half". */
function andAHalf(tokens: readonly DateToken[], end: number): boolean {
  return lowerAt(tokens, end) === 'and' && lowerAt(tokens, end + 1) === 'a' && lowerAt(tokens, end + 2) === 'half';
}

/** Words between an amount and its unit that keep it an amount of time. */
const BETWEEN_COUNT_AND_UNIT = new Set(['more', 'additional', 'extra', 'further', 'trading', 'business', 'working', 'straight', 'consecutive', 'full']);

/** Prepositions that introduce an amount of time ("in a year", "for a week"). */
const TIME_PREPOSITIONS = new Set(['in', 'for', 'within', 'over', 'after', 'before', 'than', 'of', 'about', 'nearly', 'almost', 'around', 'under', 'during', 'per', 'least']);

/** "a year" after a number within three words, with no preposition between: a rate. */
function isRate(tokens: readonly DateToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (TIME_PREPOSITIONS.has(t.lower) || t.text === ',' || t.text === '.') return false;
    if (t.kind === 'number') return true;
  }
  return false;
}

export const amountOfTime: DateRule = {
  name: 'amount-of-time',
  match(tokens, i) {
    let k = i;
    let start = i;
    let theSpan = false;
    if (lowerAt(tokens, k) === 'the') {
      k++;
      if (SPAN_WORDS.has(lowerAt(tokens, k))) k++;
      theSpan = true;
    } else if (SPAN_WORDS.has(lowerAt(tokens, k)) && lowerAt(tokens, k) !== 'first' && lowerAt(tokens, k) !== 'same') {
      k++;
      theSpan = true;
    }
    let c = countAt(tokens, k);
    // "the past few weeks", "the next several days", "recent years"
    if (!c && theSpan && (k > i)) {
      const u = unitAt(tokens, k);
      if (u && PLURAL_UNITS.has(lowerAt(tokens, k)) && lowerAt(tokens, i) !== 'the') c = { n: 'X', end: k, article: false };
    }
    if (!c) return null;
    // "the 1998/99 year": "99" ends a range of years, it counts none
    if (k === i && yearRangeEndAt(tokens, i) !== null) return null;
    if (theSpan && c.article) return null; // "the a year"
    // "2 1/2 years"
    let n = c.n;
    let j = c.end;
    if (typeof n === 'number' && tokens[j]?.kind === 'number' && tokens[j + 1]?.text === '/' && tokens[j + 2]?.kind === 'number') {
      const num = Number(tokens[j]!.text);
      const den = Number(tokens[j + 2]!.text);
      if (den > 0 && num < den) {
        n += num / den;
        j += 3;
      }
    }
    // "two to three weeks", "the next 12 to 18 months": one amount, at least the first count
    // (TempEval-3 dev: one TIMEX3 in 2 of 3, value of the lower bound, mod EQUAL_OR_MORE)
    let range = false;
    const upper = lowerAt(tokens, j) === 'to' && !c.article ? countAt(tokens, j + 1) : null;
    if (upper && typeof upper.n === 'number' && !upper.article && typeof n === 'number' && upper.n > n && UNIT_OF.get(lowerAt(tokens, upper.end)) !== undefined) {
      j = upper.end;
      range = true;
    }
    // "two more weeks", "an additional year", "eight trading days", "three straight months"
    if (BETWEEN_COUNT_AND_UNIT.has(lowerAt(tokens, j)) && UNIT_OF.get(lowerAt(tokens, j + 1)) !== undefined) j++;
    let hyphen = false;
    if (tokens[j]?.text === '-') {
      j++;
      hyphen = true;
    }
    const unitWord = lowerAt(tokens, j);
    const unit = UNIT_OF.get(unitWord);
    if (!unit) return null;
    // "CBS's 60 Minutes", "the 24 Hours race": a capitalized unit inside a sentence is a title
    if (tokens[j]!.cap && i > 0) return null;
    // "a second" is "another one"; "one second" or "30 seconds" are time
    if (unit === 'second' && (c.article || n === 'X' && !PLURAL_UNITS.has(unitWord))) return null;
    if (hyphen && PLURAL_UNITS.has(unitWord)) return null;
    // "a quarter of the votes", "in a quarter that ...": a fraction or a vague period
    if (unit === 'quarter' && c.article) return null;
    // "one years" is no English; "one days" neither
    if (n === 1 && !c.article && PLURAL_UNITS.has(unitWord) && lowerAt(tokens, c.end - 1) === 'one') return null;
    let end = j + 1;
    if (andAHalf(tokens, end) && typeof n === 'number') {
      n += 0.5;
      end += 3;
    }
    // ages ("52 years old", "a 136-year-old bank", "18 to 24 year olds") are not times
    const age = (w: string): boolean => w === 'old' || w === 'olds';
    if (age(lowerAt(tokens, end)) || tokens[end]?.text === '-' && age(lowerAt(tokens, end + 1))) return null;
    if (hyphen && tokens[end]?.text === '-' && lowerAt(tokens, end + 1) === 'long') end += 2;
    // "the two-year contract": the adjective is the timex, the article belongs to the noun
    if (hyphen && lowerAt(tokens, start) === 'the' && k === i + 1) start = k;
    // rates ("$1.76 a year", "700 seats a week") are not amounts of time
    if (c.article && isRate(tokens, i)) return null;
    // "ten years from now", "a week hence": the amount, anchored at the article's date (not a calendar date)
    if (phraseAt(tokens, end, 'from now') > 0) end += 2;
    else if (lowerAt(tokens, end) === 'hence') end++;
    const match = duration(start, end, n, unit);
    return range ? { ...match, mod: 'EQUAL_OR_MORE' } : match;
  },
};

/** Prepositions before "the years" that make it a span of time ("over the years"); "in the years" may be a point ("in the years that followed"). */
const ACROSS_SPAN = new Set(['over', 'through', 'down', 'across', 'throughout']);

/** "recent years", "recent weeks", "coming months", "the coming weeks", "the weeks ahead", "over the years", "for some time", "for a while" (an unknown amount). A bare
 * "for years" is left out: TimeML annotators rarely mark it. */
export const vagueAmount: DateRule = {
  name: 'vague-amount',
  match(tokens, i) {
    const w = tokens[i]!.lower;
    // "day-long", "decades-long": the unit alone makes an adjective of length
    if (UNIT_OF.get(w) !== undefined && tokens[i + 1]?.text === '-' && lowerAt(tokens, i + 2) === 'long' && tokens[i + 2]!.inWord) {
      return duration(i, i + 3, PLURAL_UNITS.has(w) ? 'X' : 1, UNIT_OF.get(w)!);
    }
    // "the weeks ahead", "the years to come"
    if (w === 'the' && PLURAL_UNITS.has(lowerAt(tokens, i + 1))) {
      const unit = UNIT_OF.get(lowerAt(tokens, i + 1))!;
      const ahead = lowerAt(tokens, i + 2) === 'ahead' ? i + 3 : phraseAt(tokens, i + 2, 'to come');
      if (ahead > 0) return { start: i, end: ahead, type: 'DURATION', anchor: { kind: 'fixed', value: durationValue('X', unit) } };
      // "over the years", "through the decades": the span of them (TempEval-3 dev: "the years" marked 2 of 2)
      if (ACROSS_SPAN.has(lowerAt(tokens, i - 1)) && unit !== 'weekend' && unit !== 'quarter') return duration(i, i + 2, 'X', unit);
      return null;
    }
    // "for some time", "for a while" (TempEval-3 dev: 2 of 2; "for a long time" 0 of 2, left out)
    if (lowerAt(tokens, i - 1) === 'for') {
      const end = Math.max(phraseAt(tokens, i, 'some time'), phraseAt(tokens, i, 'a while'));
      if (end > 0 && !UNIT_OF.get(lowerAt(tokens, end))) return { start: i, end, type: 'DURATION', anchor: { kind: 'fixed', value: 'PXX' } };
    }
    if (w === 'recent' || w === 'coming' || w === 'past') {
      const unitWord = lowerAt(tokens, i + 1);
      const unit = UNIT_OF.get(unitWord);
      if (!unit || !PLURAL_UNITS.has(unitWord)) return null;
      if (w === 'coming' && lowerAt(tokens, i - 1) === 'the') {
        return { start: i - 1, end: i + 2, type: 'DURATION', anchor: { kind: 'fixed', value: durationValue('X', unit) } };
      }
      return duration(i, i + 2, 'X', unit);
    }
    return null;
  },
};

/** Prepositions before a bare plural unit that make it an amount of time: "for years", "within weeks". */
const BARE_UNIT_PREPOSITIONS = new Set(['for', 'within', 'in', 'over', 'throughout']);
/** Words after a bare plural unit that make it a span from another event: "hours after", "days later". */
const SPAN_FROM_EVENT = new Set(['after', 'before', 'later', 'earlier']);
/** Words before a plural unit that count or determine it: then it is no bare unit. */
const COUNTED_BEFORE = new Set(['half', 'few', 'many', 'several', 'some', 'those', 'these', 'recent', 'coming', 'past', 'next', 'last', 'first', 'final', 'more', 'additional', 'dozen', 'hundred', 'thousand']);
/** Words after a unit that make it no time of an event: "years of experience", "years old", "days'". */
const NOT_AFTER_BARE_UNIT = new Set(['of', 'old', 'ago', "'", '’', 'to', 'ahead']);

/**
 * A plural unit without a number: "for years", "for centuries", "within weeks", "weeks or months",
 * "in a matter of days", "hours after the blast", "days later". Value PX<unit> (`PTXH` for hours).
 * Only after a preposition of time or before "after"/"later": "years of experience" and "the
 * years" stay out.
 */
export const unitWithoutNumber: DateRule = {
  name: 'unit-without-number',
  match(tokens, i) {
    const matter = phraseAt(tokens, i, 'a matter of');
    const k = matter > 0 ? matter : i;
    const word = lowerAt(tokens, k);
    const unit = UNIT_OF.get(word);
    if (!unit || !PLURAL_UNITS.has(word) || unit === 'weekend' || unit === 'quarter') return null;
    // "Days Inn": a capital inside the sentence is a name
    if (tokens[k]!.cap && k > 0 && tokens[k - 1]!.kind === 'word') return null;
    let end = k + 1;
    // "weeks or months", "days and weeks": one vague amount, written with the first unit
    const joined = lowerAt(tokens, end);
    if ((joined === 'or' || joined === 'and') && PLURAL_UNITS.has(lowerAt(tokens, end + 1))) end += 2;
    const next = lowerAt(tokens, end);
    const before = lowerAt(tokens, i - 1);
    // "within weeks of his capture" is an amount; "years of experience" is not
    if (NOT_AFTER_BARE_UNIT.has(next) && !(next === 'of' && before === 'within') || tokens[end]?.text === '-') return null;
    // "three and a half months after", "several days later": a counted amount, another rule's
    if (COUNTED_BEFORE.has(before) || tokens[i - 1]?.kind === 'number' || NUMBER_WORDS[before] !== undefined) return null;
    const introduced = matter > 0 || BARE_UNIT_PREPOSITIONS.has(before);
    if (!introduced && !SPAN_FROM_EVENT.has(next)) return null;
    return duration(i, end, 'X', unit);
  },
};
