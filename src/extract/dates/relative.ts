/**
 * Dates relative to the article's own date: "last year", "this week", "the past year", "next month",
 * "the weekend", "last fall", "two days ago", "a year earlier", "year-ago", "this morning",
 * "last night", "yesterday afternoon", and "the year"/"the month" after "the end of".
 */
import { ORDINAL_OF, PART_OF_DAY_OF, PLURAL_UNITS, RELATIVE_WORD_OF, SEASONS, UNIT_OF, dict } from '../../lexicon/dates.js';
import { afterPossessive, capitalizedInside, countAt, lowerAt, phraseAt } from './pieces.js';
import type { Anchor, DateRule, Lean } from './types.js';

type ShiftUnit = Extract<Anchor, { kind: 'shift' }>['unit'];
const CALENDAR_UNITS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century']);

/** "the", and "this past"/"this coming" in front of a relative word. */
function determinerBefore(tokens: Parameters<DateRule['match']>[0], i: number): number {
  const w = lowerAt(tokens, i - 1);
  return w === 'the' || w === 'this' ? i - 1 : i;
}

/** "last year", "this week", "the past year", "next fiscal year", "last fall", "this weekend". */
export const relativeUnit: DateRule = {
  name: 'relative-unit',
  match(tokens, i) {
    const word = tokens[i]!.lower;
    const by = RELATIVE_WORD_OF.get(word);
    if (by === undefined) return null;
    let start = word === 'past' || word === 'coming' || word === 'last' || word === 'previous' || word === 'following' || word === 'current' ? determinerBefore(tokens, i) : i;
    if (word === 'current' && start === i) return null; // bare "current quarter": left to deictic adjectives
    let k = i + 1;
    if (lowerAt(tokens, k) === 'fiscal') k++;
    const noun = lowerAt(tokens, k);
    const season = SEASONS[noun];
    if (season) {
      const lean: Lean = by < 0 ? 'past' : by > 0 ? 'future' : 'tense';
      return { start, end: k + 1, type: 'DATE', anchor: { kind: 'season', season, lean, ...(by === 0 && word === 'this' && start === i ? { yearShift: 0 } : {}) } };
    }
    const unit = UNIT_OF.get(noun);
    if (!unit || !CALENDAR_UNITS.has(unit) || noun.endsWith('s') && unit !== 'weekend' && noun !== 'weeks') return null;
    if (noun.endsWith('s')) return null;
    // "This Week" (a programme title) is capitalized throughout
    if (start === i && word === 'this' && /^[A-Z]/.test(tokens[i]!.text) && /^[A-Z]/.test(tokens[k]!.text) && i > 0) return null;
    if (unit === 'quarter' && by === 0) return { start, end: k + 1, type: 'DATE', anchor: { kind: 'quarter', quarter: 'latest', lean: 'past' } };
    if (start < i && tokens[start]!.lower === 'this' && word === 'past') start = i - 1;
    // "the coming decade", "the past century": the ten (hundred) years from or up to now, not the 2030s
    if ((unit === 'decade' || unit === 'century') && by !== 0) {
      return { start, end: k + 1, type: 'DURATION', anchor: { kind: 'fixed', value: unit === 'decade' ? 'P10Y' : 'P100Y' } };
    }
    // "this weekend", "this coming weekend": the weekend ahead (TimeML: the weekend of the reference
    // week), not a week after it; "next weekend" stays a week on
    if (unit === 'weekend' && (word === 'this' || word === 'coming' || word === 'upcoming')) {
      return { start, end: k + 1, type: 'DATE', anchor: { kind: 'shift', unit: 'weekend', by: 0, lean: word === 'this' ? 'tense' : 'future' } };
    }
    return { start, end: k + 1, type: 'DATE', anchor: { kind: 'shift', unit: unit as ShiftUnit, by } };
  },
};

/** "two days ago", "a year earlier", "a week or so ago", "months ago" (not "three days later" nor "three weeks from now": amounts). */
export const unitsAgo: DateRule = {
  name: 'units-ago',
  match(tokens, i) {
    // "just months ago", "years ago": a time in the past, how far unsaid
    if (PLURAL_UNITS.has(tokens[i]!.lower) && lowerAt(tokens, i + 1) === 'ago' && !countAt(tokens, i - 1) && tokens[i - 1]?.kind !== 'number' && !capitalizedInside(tokens, i)) {
      return { start: i, end: i + 2, type: 'DATE', anchor: { kind: 'fixed', value: 'PAST_REF' } };
    }
    const c = countAt(tokens, i);
    if (!c) return null;
    const unit = UNIT_OF.get(lowerAt(tokens, c.end));
    if (!unit) return null;
    let k = c.end + 1;
    if (phraseAt(tokens, k, 'or so') > 0) k += 2;
    const dir = lowerAt(tokens, k);
    // "three days later", "an hour later" count from another event, not from the article's date:
    // TimeML marks the amount alone ("three days", a DURATION; amount-of-time) and "later" is a signal
    // "ten years from now", "a week hence" are the same: an amount (P10Y, amount-of-time) from the article's date
    if (dir !== 'ago' && dir !== 'earlier' && dir !== 'before') return null;
    const end = k + 1;
    if (dir === 'before') {
      // "a year before the war": relative to another event, not to the article; still a date
      if (tokens[end] && tokens[end]!.kind === 'word' && dir === 'before') return null;
    }
    const mod = k > c.end + 1 ? 'APPROX' : undefined;
    if (c.n === 'X') {
      return { start: i, end, type: 'DATE', anchor: { kind: 'fixed', value: 'PAST_REF' }, ...(mod ? { mod } : {}) };
    }
    if (unit === 'second' || unit === 'minute' || unit === 'hour') {
      return { start: i, end, type: 'TIME', anchor: { kind: 'fixed', value: 'PAST_REF' } };
    }
    let n = Math.round(c.n);
    let shiftUnit = unit as ShiftUnit;
    // "a decade ago" is a year ten years back, not the previous decade
    if (unit === 'decade' || unit === 'century') {
      n *= unit === 'decade' ? 10 : 100;
      shiftUnit = 'year';
    }
    const comparison = unit === 'year' && n === 1;
    return { start: i, end, type: 'DATE', anchor: { kind: 'shift', unit: shiftUnit, by: -n, ...(comparison ? { comparison } : {}) }, ...(mod ? { mod } : {}) };
  },
};

/** "year-earlier", "year-ago", "the year-earlier period", "the year-ago quarter". */
export const yearAgoAdjective: DateRule = {
  name: 'year-ago-adjective',
  match(tokens, i) {
    if (tokens[i]!.lower !== 'year' || tokens[i + 1]?.text !== '-') return null;
    const w = lowerAt(tokens, i + 2);
    if (w !== 'ago' && w !== 'earlier') return null;
    let start = i;
    const before = lowerAt(tokens, i - 1);
    if (before === 'the' || before === 'a') start = i - 1;
    let end = i + 3;
    let k = end;
    if (lowerAt(tokens, k) === 'same') k++;
    // "the year-ago third quarter", "the year-earlier nine months"
    const ordinal = ORDINAL_OF.get(lowerAt(tokens, k));
    if (ordinal !== undefined && ordinal <= 4 && lowerAt(tokens, k + 1) === 'quarter') {
      return { start, end: k + 2, type: 'DATE', anchor: { kind: 'quarter', quarter: ordinal, lean: 'past', yearShift: -1 } };
    }
    const amount = countAt(tokens, k);
    if (amount && typeof amount.n === 'number' && !amount.article && UNIT_OF.get(lowerAt(tokens, amount.end)) === 'month') {
      return { start, end: amount.end + 1, type: 'DURATION', anchor: { kind: 'fixed', value: `P${amount.n}M` } };
    }
    const noun = lowerAt(tokens, k);
    if (start < i || noun === 'quarter' || noun === 'period') {
      if (noun === 'quarter' || noun === 'period') end = k + 1;
      else if (start < i) start = i;
    }
    if (noun === 'quarter' || noun === 'period') {
      return { start, end, type: 'DATE', anchor: { kind: 'quarter', quarter: 'latest', lean: 'past', yearShift: -1 } };
    }
    return { start: i, end: i + 3, type: 'DATE', anchor: { kind: 'shift', unit: 'year', by: -1, comparison: true } };
  },
};

/** "this morning", "last night", "yesterday afternoon", "tomorrow night", "mid-afternoon"; "Monday night" is in weekday.ts. */
/** Position words before a bare part of the day ("mid-afternoon", "early morning"). */
const POSITION_WORDS = new Set(['early', 'late', 'mid', 'middle', '-']);
const DAY_SHIFTS: Readonly<Record<string, number>> = dict({ today: 0, yesterday: -1, tomorrow: 1 });

export const partOfDay: DateRule = {
  name: 'part-of-day',
  match(tokens, i) {
    const w = tokens[i]!.lower;
    // "mid-afternoon", "late morning yesterday": a bare part of the day after a position word (prefixes.ts)
    const bare = PART_OF_DAY_OF.get(w);
    if (bare && w !== 'night' && w !== 'overnight' && POSITION_WORDS.has(lowerAt(tokens, i - 1))) {
      const day = DAY_SHIFTS[lowerAt(tokens, i + 1)];
      return { start: i, end: day === undefined ? i + 1 : i + 2, type: 'TIME', anchor: { kind: 'shift', unit: 'day', by: day ?? 0, time: `T${bare}` } };
    }
    const shift = w === 'this' || w === 'today' ? 0 : w === 'yesterday' || w === 'last' ? -1 : w === 'tomorrow' ? 1 : null;
    if (shift === null) return null;
    const partWord = lowerAt(tokens, i + 1);
    const part = PART_OF_DAY_OF.get(partWord);
    if (!part || partWord === 'overnight') return null;
    if (w === 'last' && partWord !== 'night' && partWord !== 'evening') return null;
    return { start: i, end: i + 2, type: 'TIME', anchor: { kind: 'shift', unit: 'day', by: shift, time: `T${part}` } };
  },
};

/** "the year", "the month", "the week", "the quarter" after "the end of" (needs that prefix). */
export const theUnitAfterPosition: DateRule = {
  name: 'position-of-unit',
  match(tokens, i) {
    if (tokens[i]!.lower !== 'the' || lowerAt(tokens, i - 1) !== 'of') return null;
    const unit = UNIT_OF.get(lowerAt(tokens, i + 1));
    if (!unit || !CALENDAR_UNITS.has(unit) || lowerAt(tokens, i + 1).endsWith('s')) return null;
    if (unit === 'quarter') return { start: i, end: i + 2, type: 'DATE', anchor: { kind: 'quarter', quarter: 'latest', lean: 'past' } };
    return { start: i, end: i + 2, type: 'DATE', anchor: { kind: 'shift', unit: unit as ShiftUnit, by: 0 } };
  },
};


/** Words between "the" and a calendar unit that keep it the current one: "the full year", "the fiscal year". */
export const CURRENT_PERIOD_WORDS = new Set(['full', 'fiscal', 'calendar', 'whole', 'entire']);
/** After "the year": "ended/ending" make it a reporting period (an amount of time). */
const PERIOD_END_WORDS = new Set(['ended', 'ending', 'ends', 'to']);

/** "the year", "the full year", "the fiscal year", "the week", "the weekend": the current period. */
export const theCalendarUnit: DateRule = {
  name: 'the-calendar-unit',
  match(tokens, i) {
    if (tokens[i]!.lower !== 'the') return null;
    let k = i + 1;
    while (CURRENT_PERIOD_WORDS.has(lowerAt(tokens, k))) k++;
    const noun = lowerAt(tokens, k);
    const unit = UNIT_OF.get(noun);
    if (unit !== 'year' && unit !== 'week' && unit !== 'weekend' && unit !== 'month' || noun.endsWith('s')) return null;
    const next = lowerAt(tokens, k + 1);
    if (afterPossessive(tokens, k + 1) > 0 && unit !== 'week' || next === 'of' || next === 'before' || next === 'after' || next === 'that' || next === 'when' || next === 'in') return null;
    if (PERIOD_END_WORDS.has(next) && next !== 'to') {
      return { start: i, end: k + 1, type: 'DURATION', anchor: { kind: 'fixed', value: unit === 'year' ? 'P1Y' : unit === 'month' ? 'P1M' : 'P1W' } };
    }
    // "For the week, the index dropped 3.8%", "the week's most active session": which week is left
    // open, in the reference year (TimeML `1989-WXX`; TempEval-3 dev: bare "the week" 4 of 4, while
    // "this week", "the weekend" and "the week of March 6" name their week). A place in the week
    // ("earlier in the week", "the end of the week") is the current one (recognizers-datetime).
    const before = lowerAt(tokens, i - 1);
    // "the week following last month's squeeze" is the week after an event: open, whatever comes before
    const placeInWeek = next !== 'following' && (before === 'in' || before === 'of' && afterPossessive(tokens, k + 1) < 0);
    if (unit === 'week' && !placeInWeek) return { start: i, end: k + 1, type: 'DATE', anchor: { kind: 'shift', unit: 'year', by: 0, time: '-WXX' } };
    return { start: i, end: k + 1, type: 'DATE', anchor: { kind: 'shift', unit: unit as ShiftUnit, by: 0 } };
  },
};

/**
 * "year-end": the last day of the current year (of the last one after "since"), the accounting
 * date; "year end" and "year's end" are "the end of the year": the year, `mod` END (TempEval-3 dev:
 * "year-end" `…-12-31` 2 of 2, "year end"/"year's end" the year with END 2 of 3).
 */
export const yearEnd: DateRule = {
  name: 'year-end',
  match(tokens, i) {
    if (tokens[i]!.lower !== 'year') return null;
    let k = i + 1;
    const hyphen = tokens[k]?.text === '-';
    if (hyphen) k++;
    else if (afterPossessive(tokens, k) > 0) k = afterPossessive(tokens, k);
    if (lowerAt(tokens, k) !== 'end') return null;
    // "the change since year-end": the end of last year
    const by = lowerAt(tokens, i - 1) === 'since' ? -1 : 0;
    if (!hyphen) return { start: i, end: k + 1, type: 'DATE', anchor: { kind: 'shift', unit: 'year', by }, mod: 'END' };
    return { start: i, end: k + 1, type: 'DATE', anchor: { kind: 'shift', unit: 'year', by, time: '-12-31' } };
  },
};

/** Adjectives of "the same week a year ago", "the corresponding period last year". */
export const SAME_WORDS = new Set(['same', 'corresponding', 'comparable', 'equivalent']);
/** The year back, after the unit. */
const A_YEAR_BACK = ['a year ago', 'a year earlier', 'a year before', 'last year', 'the previous year', 'the year before', 'of last year', 'in the previous year'];

/**
 * One expression, one year before the period in question: "the same week a year ago" (52 weeks
 * back), "the same month last year" (12 months before the month the text just named, else the
 * reference month), "the corresponding period last year", "the quarter a year ago" (in a quarter
 * report the same quarter a year back, else the previous year).
 */
export const samePeriodAYearAgo: DateRule = {
  name: 'same-period-a-year-ago',
  match(tokens, i) {
    if (tokens[i]!.lower !== 'the') return null;
    let k = i + 1;
    const same = SAME_WORDS.has(lowerAt(tokens, k));
    if (same) k++;
    const noun = lowerAt(tokens, k);
    const unit = noun === 'period' ? 'period' : UNIT_OF.get(noun);
    if (unit !== 'week' && unit !== 'month' && unit !== 'quarter' && unit !== 'period') return null;
    if (!same && unit !== 'quarter' && unit !== 'period') return null;
    let end = -1;
    for (const words of A_YEAR_BACK) end = Math.max(end, phraseAt(tokens, k + 1, words));
    if (end < 0) return null;
    // the week or month is the one the text just named ("December sales ... the same month last year"), else the reference one
    const anchor: Anchor = unit === 'week' ? { kind: 'anaphoric', unit: 'week', by: -52 }
      : unit === 'month' ? { kind: 'anaphoric', unit: 'month', by: -12 }
        : unit === 'quarter' ? { kind: 'quarter', quarter: 'latest', lean: 'past', yearShift: -1 }
          : { kind: 'shift', unit: 'year', by: -1, comparison: true };
    return { start: i, end, type: 'DATE', anchor };
  },
};
