/**
 * The date rules, in one list. Order only breaks ties between matches of the same length at the
 * same place (earlier wins); otherwise the longest match wins (see index.ts).
 */
import { STEP_WORDS, anaphoricUnit } from './anaphoric.js';
import { century, decadeNumber, decadeWord } from './decade.js';
import { deicticAdjective, deicticWord, referencePhrase } from './deictic.js';
import { SPAN_WORDS, amountOfTime, unitWithoutNumber, vagueAmount } from './duration.js';
import { coordinatedDay, dayMonthYear, isoDate, monthDayYear, monthYear, numericDate } from './explicit.js';
import { holidayName } from './holiday.js';
import { monthName } from './month-only.js';
import { ordinalDay } from './ordinal-day.js';
import { LATEST, quarterOfYear } from './quarter.js';
import { seasonName } from './season.js';
import { CURRENT_PERIOD_WORDS, SAME_WORDS, partOfDay, relativeUnit, samePeriodAYearAgo, theCalendarUnit, theUnitAfterPosition, unitsAgo, yearAgoAdjective, yearEnd } from './relative.js';
import { everyUnit, frequencyAdverb, timesPerUnit } from './set.js';
import { DAY_WORDS, clockTime, dayThenClock } from './time-of-day.js';
import { weekdayName, weekdayPlural } from './weekday.js';
import { yearInWords, yearNumber, yearRangeEnd } from './year.js';
import { byFirstWord } from './pieces.js';
import type { DateRule } from './types.js';
import {
  APPROX_MODS, ARTICLES_ONE, DECADE_WORDS, HYPHEN_POSITION_MODS, DEICTIC_ADJECTIVES, DEICTIC_WORDS, FIXED_HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS,
  PARTS_OF_DAY, PLURAL_UNITS, POSITION_MODS, POSITION_OF_PHRASES, RELATIVE_WORDS, SEASONS, SET_ADVERBS, THE_REF_PHRASES, UNITS, VAGUE_COUNTS,
  WEEKDAY_HOLIDAYS, WEEKDAY_PLURALS, WEEKDAYS,
} from '../../lexicon/dates.js';

export const DATE_RULES: readonly DateRule[] = [
  isoDate,
  numericDate,
  monthDayYear,
  coordinatedDay,
  dayMonthYear,
  monthYear,
  monthName,
  holidayName,
  weekdayName,
  weekdayPlural,
  clockTime,
  dayThenClock,
  partOfDay,
  quarterOfYear,
  seasonName,
  yearNumber,
  yearInWords,
  yearRangeEnd,
  decadeNumber,
  decadeWord,
  century,
  unitsAgo,
  yearAgoAdjective,
  anaphoricUnit,
  ordinalDay,
  relativeUnit,
  theCalendarUnit,
  samePeriodAYearAgo,
  yearEnd,
  everyUnit,
  frequencyAdverb,
  timesPerUnit,
  amountOfTime,
  vagueAmount,
  unitWithoutNumber,
  deicticWord,
  referencePhrase,
  deicticAdjective,
  theUnitAfterPosition,
];

/** Rules that only make sense after a position prefix ("the end of <the year>"). */
export const NEEDS_POSITION_PREFIX: ReadonlySet<string> = new Set([theUnitAfterPosition.name]);

/**
 * Words a date can start with (besides numbers): the dictionaries of the lexicon plus the
 * determiners and markers the rules read first. A word outside this set starts no rule, which
 * keeps the scan fast. A new rule that starts with a new word must add it here.
 */
export const START_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAY_PLURALS), ...Object.keys(UNITS),
  ...Object.keys(NUMBER_WORDS), ...ARTICLES_ONE, ...VAGUE_COUNTS, ...Object.keys(ORDINALS), ...Object.keys(SEASONS),
  ...Object.keys(DEICTIC_WORDS), ...Object.keys(RELATIVE_WORDS), ...Object.keys(POSITION_MODS), ...Object.keys(SET_ADVERBS),
  ...Object.keys(DECADE_WORDS), ...Object.keys(DEICTIC_ADJECTIVES),
  ...Object.keys(HYPHEN_POSITION_MODS),
  ...[POSITION_OF_PHRASES, APPROX_MODS, FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS].flatMap((t) => Object.keys(t).map((k) => k.split(' ')[0]!)),
  'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'your', 'whose', 'every', 'each', 'fiscal', 'year', 'these',
  'noon', 'midday', 'midnight', 'latest', 'same', 'comparable', 'most', 'just', 'previous', 'preceding', 'final', 'initial',
  'remaining', 'recent', 'once', 'twice', 'thrice', "'", '’',
]);

/**
 * What the token at a rule's `match(tokens, i)` position can be for the rule to match there: one of
 * `words` (lower case), or any token whose text starts with a digit (`digits`). A necessary
 * condition read off each rule's code, not a pattern: it only lets index.ts skip the rules that
 * would return null at once (which keeps the scan fast; rule order and results are unchanged).
 * A rule that learns a new first token must add it here (tests/extract/dates/rule-index.test.ts
 * compares the index with trying every rule). "the" starts many rules and almost never a date, so a
 * rule that starts with "the" also says what the token after it can be (`afterThe`, read the same way).
 */
export interface RuleStart {
  words?: Iterable<string>;
  /** Tokens starting with a digit: all of them (true), or only those of the listed shapes. */
  digits?: boolean | readonly DigitShape[];
  afterThe?: { words?: Iterable<string>; digits?: boolean | readonly DigitShape[] };
}

/**
 * What a token that starts with a digit looks like, as the digit rules read their first token (the
 * tokenizer keeps separators and suffixes in a number: "20,000", "4.2bn", "1990s", "21st", "10:30").
 * A rule declares the shapes it can start at (RULE_STARTS `digits`), so that most numbers ("20,000",
 * "4.2bn", "12") skip the date rules that would turn them down at once.
 */
export type DigitShape = 'short' | 'four' | 'integer' | 'decimal' | 'ordinal' | 'decade' | 'other';

/** The shapes, tried in order (the first that fits); anything else is 'other'. */
const DIGIT_SHAPES: ReadonlyArray<readonly [DigitShape, RegExp]> = [
  ['short', /^\d{1,2}$/], // a day, an hour, a month, a count
  ['four', /^\d{4}$/], // a year, a 24-hour time ("0735"), a count
  ['integer', /^\d+$/],
  ['decimal', /^\d+\.\d+$/],
  ['ordinal', /^\d{1,2}(?:st|nd|rd|th)$/], // "21st", "4th"
  ['decade', /^\d+0s$/], // "1990s", "90s"
];
export const ALL_DIGIT_SHAPES: readonly DigitShape[] = [...DIGIT_SHAPES.map(([shape]) => shape), 'other'];

/** The shape of a token's lower-case text that starts with a digit. */
export function digitShape(lower: string): DigitShape {
  for (const [shape, pattern] of DIGIT_SHAPES) if (pattern.test(lower)) return shape;
  return 'other';
}

/** countAt (pieces.ts) reads digits as /^\d+(?:\.\d+)?$/. */
const COUNT_SHAPES: readonly DigitShape[] = ['short', 'four', 'integer', 'decimal'];
/** dayAt (pieces.ts): /^(\d{1,2})(?:st|nd|rd|th)?$/. */
const DAY_SHAPES: readonly DigitShape[] = ['short', 'ordinal'];

const keys = Object.keys;
/** First words of the holiday names ("new" of "new year's day"), as the holiday rule tests them. */
const HOLIDAY_FIRST_WORDS = [...byFirstWord(FIXED_HOLIDAYS).keys(), ...byFirstWord(WEEKDAY_HOLIDAYS).keys()];
/** countAt (pieces.ts): digits, "a"/"an"/"one", "several", number words. */
const COUNT_WORDS = [...ARTICLES_ONE, ...VAGUE_COUNTS, ...keys(NUMBER_WORDS)];
/** ordinalAt (quarter.ts): an ordinal, or "last"/"final"/"latter" before "half"/"quarter of". */
const QUARTER_ORDINALS = [...keys(ORDINALS), 'last', 'final', 'latter'];

export const RULE_STARTS: Readonly<Record<string, RuleStart>> = {
  [isoDate.name]: { digits: ['four'] },
  // "8/13/2025" starts at a short number, "13.08.2025" is one token
  [numericDate.name]: { digits: ['short', 'other'] },
  [monthDayYear.name]: { words: keys(MONTHS) },
  // "25" of "April 24 and 25"
  [coordinatedDay.name]: { words: keys(ORDINALS), digits: DAY_SHAPES },
  // "the 13th of August", "13 August"
  [dayMonthYear.name]: { words: ['the', ...keys(ORDINALS)], digits: DAY_SHAPES, afterThe: { words: keys(ORDINALS), digits: DAY_SHAPES } },
  [monthYear.name]: { words: keys(MONTHS) },
  [monthName.name]: { words: keys(MONTHS) },
  [holidayName.name]: { words: HOLIDAY_FIRST_WORDS },
  [weekdayName.name]: { words: keys(WEEKDAYS) },
  [weekdayPlural.name]: { words: keys(WEEKDAY_PLURALS) },
  // "10", "0735" (before a zone), "10:30", "10am", "7.30" (before "pm")
  [clockTime.name]: { words: ['noon', 'midday', 'midnight'], digits: ['short', 'four', 'decimal', 'other'] },
  [dayThenClock.name]: { words: [...keys(WEEKDAYS), ...keys(DAY_WORDS)] },
  // a bare part of the day ("mid-afternoon"), or this/today/yesterday/last/tomorrow + part
  [partOfDay.name]: { words: [...keys(PARTS_OF_DAY), 'this', 'today', 'yesterday', 'last', 'tomorrow'] },
  // "this year's …", "the …", a year after a possessive ("its 1988 quarter"), "fiscal", an ordinal, "latest", "quarter"
  [quarterOfYear.name]: {
    words: ['this', 'that', 'next', 'the', 'fiscal', ...QUARTER_ORDINALS, ...LATEST, 'quarter'], digits: ['four', 'ordinal'],
    afterThe: { words: [...QUARTER_ORDINALS, 'fiscal', 'current', ...LATEST, 'quarter'], digits: ['four', 'ordinal'] },
  },
  [seasonName.name]: { words: ['the', ...keys(SEASONS)], afterThe: { words: keys(SEASONS) } },
  [yearNumber.name]: { digits: ['four'] },
  // "04" of "2003-04"
  [yearRangeEnd.name]: { digits: ['short'] },
  // "the year two thousand"
  [yearInWords.name]: { words: ['the', ...keys(NUMBER_WORDS)], afterThe: { words: ['year'] } },
  // "1990s", "90s", "1990's" (the possessive is a token of its own)
  [decadeNumber.name]: { words: ['the'], digits: ['four', 'decade'], afterThe: { words: ["'", '’'], digits: ['four', 'decade'] } },
  [decadeWord.name]: { words: keys(DECADE_WORDS) },
  [century.name]: { words: keys(ORDINALS), digits: ['ordinal'] },
  [unitsAgo.name]: { words: [...COUNT_WORDS, ...PLURAL_UNITS], digits: COUNT_SHAPES },
  [yearAgoAdjective.name]: { words: ['year'] },
  [anaphoricUnit.name]: { words: ['that', 'the'], afterThe: { words: [...keys(STEP_WORDS), 'same'] } },
  [ordinalDay.name]: { words: ['the', ...keys(ORDINALS)], afterThe: { words: keys(ORDINALS) } },
  [relativeUnit.name]: { words: keys(RELATIVE_WORDS) },
  [theCalendarUnit.name]: { words: ['the'], afterThe: { words: [...CURRENT_PERIOD_WORDS, ...keys(UNITS)] } },
  [samePeriodAYearAgo.name]: { words: ['the'], afterThe: { words: [...SAME_WORDS, ...keys(UNITS), 'period'] } },
  [yearEnd.name]: { words: ['year'] },
  [everyUnit.name]: { words: ['every', 'each'] },
  [frequencyAdverb.name]: { words: keys(SET_ADVERBS) },
  // "twice a week", "three times a year"
  [timesPerUnit.name]: { words: ['once', 'twice', 'thrice', ...COUNT_WORDS], digits: COUNT_SHAPES },
  // "the past three years", "the couple of weeks"
  [amountOfTime.name]: { words: ['the', ...SPAN_WORDS, ...COUNT_WORDS], digits: COUNT_SHAPES, afterThe: { words: [...SPAN_WORDS, ...COUNT_WORDS, 'couple'], digits: COUNT_SHAPES } },
  // "day-long", "the weeks ahead", "recent years"
  [vagueAmount.name]: { words: [...keys(UNITS), 'the', 'recent', 'coming', 'past', 'some', 'a'], afterThe: { words: PLURAL_UNITS } },
  // "years", "a matter of days"
  [unitWithoutNumber.name]: { words: [...PLURAL_UNITS, 'a'] },
  [deicticWord.name]: { words: keys(DEICTIC_WORDS) },
  [referencePhrase.name]: { words: ['these', 'the', 'a'], afterThe: { words: byFirstWord(THE_REF_PHRASES).keys() } },
  [deicticAdjective.name]: { words: keys(DEICTIC_ADJECTIVES) },
  [theUnitAfterPosition.name]: { words: ['the'], afterThe: { words: keys(UNITS) } },
};
