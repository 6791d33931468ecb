/**
 * The date rules, in one list. Order only breaks ties between matches of the same length at the
 * same place (earlier wins); otherwise the longest match wins (see index.ts).
 */
import { anaphoricUnit } from './anaphoric.js';
import { century, decadeNumber, decadeWord } from './decade.js';
import { deicticAdjective, deicticWord, referencePhrase } from './deictic.js';
import { amountOfTime, vagueAmount } from './duration.js';
import { dayMonthYear, isoDate, monthDayYear, monthYear, numericDate } from './explicit.js';
import { holidayName } from './holiday.js';
import { monthName } from './month-only.js';
import { quarterOfYear } from './quarter.js';
import { seasonName } from './season.js';
import { partOfDay, relativeUnit, theCalendarUnit, theUnitAfterPosition, unitsAgo, yearAgoAdjective, yearEnd } from './relative.js';
import { everyUnit, frequencyAdverb } from './set.js';
import { clockTime, dayThenClock } from './time-of-day.js';
import { weekdayName, weekdayPlural } from './weekday.js';
import { yearInWords, yearNumber } from './year.js';
import type { DateRule } from './types.js';
import {
  APPROX_MODS, ARTICLES_ONE, DECADE_WORDS, DEICTIC_ADJECTIVES, DEICTIC_WORDS, FIXED_HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS,
  POSITION_MODS, POSITION_OF_PHRASES, RELATIVE_WORDS, SEASONS, SET_ADVERBS, UNITS, VAGUE_COUNTS, WEEKDAY_HOLIDAYS,
  WEEKDAY_PLURALS, WEEKDAYS,
} from '../../lexicon/dates.js';

export const DATE_RULES: readonly DateRule[] = [
  isoDate,
  numericDate,
  monthDayYear,
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
  decadeNumber,
  decadeWord,
  century,
  unitsAgo,
  yearAgoAdjective,
  anaphoricUnit,
  relativeUnit,
  theCalendarUnit,
  yearEnd,
  everyUnit,
  frequencyAdverb,
  amountOfTime,
  vagueAmount,
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
  ...[POSITION_OF_PHRASES, APPROX_MODS, FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS].flatMap((t) => Object.keys(t).map((k) => k.split(' ')[0]!)),
  'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'your', 'whose', 'every', 'each', 'fiscal', 'year', 'these',
  'noon', 'midday', 'midnight', 'latest', 'same', 'comparable', 'most', 'just', 'previous', 'preceding', 'final', 'initial',
  'remaining', 'recent', "'", '’',
]);
