/**
 * Date words, as flat dictionaries (lower case). The date rules in `src/extract/dates/` are built
 * from these tables; nothing date-specific is spelled inside a regex there.
 */

import { asMap, table } from './table.js';

/** A dictionary without a prototype, so "constructor" or "toString" are never found in it. */
export const dict = table;

/** Month names and abbreviations → month number. "may" and "march" are guarded by the rules. */
export const MONTHS: Readonly<Record<string, number>> = dict({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});

/** Month words that are also ordinary words: they need a date context (a day, a year, a modifier). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'sep', 'dec', 'oct', 'apr', 'aug']);

/** Weekday names → ISO weekday (Monday = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = dict({
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
});

/** Weekday abbreviations that are ordinary words or names ("Sun Microsystems", "wed"): need a date next to them. */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Plural weekdays ("on Mondays") → a SET. */
export const WEEKDAY_PLURALS: Readonly<Record<string, number>> = dict({
  mondays: 1, tuesdays: 2, wednesdays: 3, thursdays: 4, fridays: 5, saturdays: 6, sundays: 7,
});

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Calendar units, singular and plural. */
export const UNITS: Readonly<Record<string, Unit>> = dict({
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week',
  fortnight: 'week', month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century', weekend: 'weekend', weekends: 'weekend',
});

/** Plural forms of the units (used to tell "years" from "year"). */
export const PLURAL_UNITS: ReadonlySet<string> = new Set([
  'seconds', 'minutes', 'mins', 'hours', 'hrs', 'days', 'weeks', 'months', 'quarters', 'years', 'yrs', 'decades', 'centuries', 'weekends',
]);

/** TIMEX3 duration letters of each unit; times of day go after a "T". */
export const UNIT_DURATION: Readonly<Record<Unit, { letter: string; time: boolean; factor?: number }>> = dict({
  second: { letter: 'S', time: true }, minute: { letter: 'M', time: true }, hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false }, week: { letter: 'W', time: false }, weekend: { letter: 'WE', time: false },
  month: { letter: 'M', time: false }, quarter: { letter: 'Q', time: false }, year: { letter: 'Y', time: false },
  decade: { letter: 'DE', time: false }, century: { letter: 'CE', time: false },
});

/** Cardinal number words. Compounds ("twenty-four", "twenty four") add up. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = dict({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12,
});

/** Words that stand for one ("a year", "an hour"). */
export const ARTICLES_ONE: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** Vague quantities: the count becomes X ("several years" → PXY). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'numerous']);

/** Ordinal words and suffixed numerals → number. */
export const ORDINALS: Readonly<Record<string, number>> = dict({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
});

/** Seasons → TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = dict({
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
});

/** Parts of the day → TIMEX3 code (after a date: `1998-02-06TMO`). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = dict({
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
});

/** Single words that are whole temporal expressions by themselves. */
export const DEICTIC_WORDS: Readonly<Record<string, { type: 'DATE' | 'TIME'; value: string } | { type: 'DATE' | 'TIME'; shiftDays: number; part?: string }>> = dict({
  now: { type: 'DATE', value: 'PRESENT_REF' },
  currently: { type: 'DATE', value: 'PRESENT_REF' },
  nowadays: { type: 'DATE', value: 'PRESENT_REF' },
  presently: { type: 'DATE', value: 'PRESENT_REF' },
  recently: { type: 'DATE', value: 'PAST_REF' },
  lately: { type: 'DATE', value: 'PAST_REF' },
  soon: { type: 'DATE', value: 'FUTURE_REF' },
  today: { type: 'DATE', shiftDays: 0 },
  yesterday: { type: 'DATE', shiftDays: -1 },
  tomorrow: { type: 'DATE', shiftDays: 1 },
  tonight: { type: 'TIME', shiftDays: 0, part: 'NI' },
  overnight: { type: 'TIME', shiftDays: 0, part: 'NI' },
});

/** Adjectives that are temporal expressions in front of a noun ("current account", "recent gains"). */
export const DEICTIC_ADJECTIVES: Readonly<Record<string, string>> = dict({
  current: 'PRESENT_REF', recent: 'PAST_REF',
});

/** Phrases after "the": "the past" → PAST_REF, "the future", "the near future", "the near term". */
export const THE_REF_PHRASES: Readonly<Record<string, string>> = dict({
  past: 'PAST_REF', future: 'FUTURE_REF', 'near future': 'FUTURE_REF', 'distant future': 'FUTURE_REF',
  'near term': 'FUTURE_REF', 'short term': 'FUTURE_REF', 'long term': 'FUTURE_REF', 'foreseeable future': 'FUTURE_REF',
  'recent past': 'PAST_REF', present: 'PRESENT_REF',
});

/** Phrases after "a": "(at) a later date" → FUTURE_REF (TimeML: an unspecified time ahead, like "the future"). */
export const A_REF_PHRASES: Readonly<Record<string, string>> = dict({
  'later date': 'FUTURE_REF', 'future date': 'FUTURE_REF',
});

/** Words that turn a calendar unit into a position relative to now: "last year" (-1), "next week" (+1). */
export const RELATIVE_WORDS: Readonly<Record<string, number>> = dict({
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1, this: 0, current: 0, present: 0,
  next: 1, coming: 1, following: 1, upcoming: 1,
});

/** Pre-modifiers that give a TIMEX3 `mod` ("early 1990" START, "mid-1996" MID, "late November" END). */
export const POSITION_MODS: Readonly<Record<string, string>> = dict({
  early: 'START', mid: 'MID', middle: 'MID', late: 'END', earlier: 'START', later: 'END',
});

/**
 * Prefixes joined by a hyphen that place a date before, after or at its end: "post-1959" AFTER,
 * "pre-Christmas" BEFORE, "end-2013" END ("by end-March": business-news shorthand for "the end of").
 */
export const HYPHEN_POSITION_MODS: Readonly<Record<string, string>> = dict({ pre: 'BEFORE', post: 'AFTER', end: 'END' });

/** Phrases ending in "of" that give a mod: "the end of 1990", "the beginning of October". */
export const POSITION_OF_PHRASES: Readonly<Record<string, string>> = dict({
  'the end of': 'END', 'the beginning of': 'START', 'the start of': 'START', 'the middle of': 'MID',
  'the turn of': 'START', 'the close of': 'END', 'end of': 'END', 'beginning of': 'START',
  'the latter part of': 'END', 'the early part of': 'START',
  // "the last half of the '80s", "the first half of March" (a half of a year is a quarter rule: "the first half of 1990")
  'the first half of': 'START', 'the second half of': 'END', 'the last half of': 'END', 'the latter half of': 'END',
});

/**
 * Hedges in front of an amount of time that give its `mod` ("nearly two years"). They belong to the
 * span, except those in HEDGES_OUTSIDE_SPAN.
 */
export const APPROX_MODS: Readonly<Record<string, string>> = dict({
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX',
  nearly: 'EQUAL_OR_LESS', almost: 'LESS_THAN', 'more than': 'MORE_THAN', over: 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
  'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', 'under': 'LESS_THAN', 'just over': 'MORE_THAN',
  'just under': 'LESS_THAN', 'at most': 'EQUAL_OR_LESS', 'close to': 'APPROX',
});

/**
 * Hedges that TimeML leaves outside the extent of an amount of time: "about <five hours>" (TempEval-3
 * dev: outside 5, inside 2; Recognizers-Text: outside 8 of 8) still gives its mod. "over <three
 * years>" (outside 3, inside 2) is "during" unless a word in OVER_MEANS_MORE_AFTER comes before it
 * ("for over 40 years", "in little over two years": MORE_THAN). "N units ago" keeps them inside
 * ("about two years ago": inside 6 of 6).
 */
export const HEDGES_OUTSIDE_SPAN: Readonly<Record<string, string>> = dict({ about: 'APPROX', over: 'MORE_THAN' });
/** Words before "over" that make it "more than", not "during": "for over 40 years", "little over a year". */
export const OVER_MEANS_MORE_AFTER: ReadonlySet<string> = new Set(['for', 'in', 'little', 'just', 'of', 'after', 'within', 'by', 'than', 'spanning', 'lasting', 'took', 'takes', 'waiting']);

/** Post-modifiers after a date or an amount of time that belong to it, with their mod ("1994 or later"). */
export const SUFFIX_MODS: Readonly<Record<string, string>> = dict({
  'or so': 'APPROX', 'or later': 'ON_OR_AFTER', 'and beyond': 'ON_OR_AFTER',
  'or earlier': 'ON_OR_BEFORE', 'or before': 'ON_OR_BEFORE', 'or more': 'EQUAL_OR_MORE', 'or longer': 'EQUAL_OR_MORE',
});

/**
 * Hedges that also go before a named date or a clock time, in the span: "[around Nov. 1]", "[around
 * 7:15 p.m.]" (TempEval-3 dev: inside 3 of 4; Recognizers-Text 4 of 4). Only before the rules of
 * DATE_HEDGE_RULES: "going around these days", "turn things around now" are particles.
 */
export const DATE_HEDGES: ReadonlySet<string> = new Set(['around']);

/** Frequency adverbs → SET value. */
export const SET_ADVERBS: Readonly<Record<string, string>> = dict({
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', quarterly: 'P3M', hourly: 'PT1H',
  nightly: 'P1D', biweekly: 'P2W', biannually: 'P6M',
});

/** Decade words ("the nineties") → the decade's first two digits after 1900. */
export const DECADE_WORDS: Readonly<Record<string, number>> = dict({
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
});

/** Words after a number that make it a time of day. */
export const MERIDIEMS: Readonly<Record<string, 'am' | 'pm'>> = dict({
  'a.m.': 'am', am: 'am', 'a.m': 'am', 'p.m.': 'pm', pm: 'pm', 'p.m': 'pm',
});

/**
 * Time zones that may follow a time of day (part of the span; written in capitals in the text), with
 * their UTC offset for the TIMEX3 value ("21:15 UTC" → T21:15Z). US zones without S/D ("noon ET")
 * take the standard or daylight offset of the day they fall on.
 */
export type ZoneOffset = { offset: string } | { standard: string; daylight: string };
export const TIME_ZONES: Readonly<Record<string, ZoneOffset>> = dict({
  utc: { offset: 'Z' }, gmt: { offset: 'Z' }, bst: { offset: '+01:00' }, cet: { offset: '+01:00' }, cest: { offset: '+02:00' },
  est: { offset: '-05:00' }, edt: { offset: '-04:00' }, cst: { offset: '-06:00' }, cdt: { offset: '-05:00' },
  mst: { offset: '-07:00' }, mdt: { offset: '-06:00' }, pst: { offset: '-08:00' }, pdt: { offset: '-07:00' },
  et: { standard: '-05:00', daylight: '-04:00' }, ct: { standard: '-06:00', daylight: '-05:00' },
  mt: { standard: '-07:00', daylight: '-06:00' }, pt: { standard: '-08:00', daylight: '-07:00' },
});

/**
 * Verbs of a timetable: in the present right before a date they put it ahead ("the summit opens on
 * Thursday", "ministers meet Monday", "the series ends on Sunday"); base and third-person forms.
 */
export const SCHEDULE_VERBS: ReadonlySet<string> = new Set([
  'begin', 'begins', 'start', 'starts', 'open', 'opens', 'end', 'ends', 'close', 'closes', 'meet', 'meets',
  'resume', 'resumes', 'arrive', 'arrives', 'depart', 'departs', 'leave', 'leaves', 'return', 'returns',
  'visit', 'visits', 'face', 'faces', 'play', 'plays', 'host', 'hosts', 'travel', 'travels', 'go', 'goes',
  'vote', 'votes', 'expire', 'expires',
]);

/**
 * Nouns of a people or an era after "today's" that make it "nowadays", no day ("today's youth",
 * "in today's world", "today's gamers"); the day's events ("today's vote") are not listed.
 */
export const GENERIC_PRESENT_NOUNS: ReadonlySet<string> = new Set([
  'world', 'society', 'generation', 'generations', 'youth', 'youngsters', 'young', 'children', 'kids', 'teenagers',
  'teens', 'students', 'parents', 'families', 'consumers', 'gamers', 'fans', 'voters', 'celebrities', 'stars',
  'babies', 'audiences', 'viewers', 'listeners', 'readers', 'players', 'athletes', 'artists', 'musicians',
  'politicians', 'terrorists', 'women', 'men', 'people',
]);

/** Words that mark a future clause: bare weekdays and months after them point forward. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'upcoming', 'scheduled', 'expected', 'expects', 'plans', 'planned',
  'until', 'till', 'tomorrow', 'soon', 'intends', 'wo', 'going', 'would',
]);

/** Auxiliaries and verbs that mark a past clause. */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'ago', 'last', 'yesterday', 'earlier', 'since', 'previously', 'recently',
]);

/** Holidays on a fixed day (month, day). Names are matched word by word, lower case. */
export const FIXED_HOLIDAYS: Readonly<Record<string, { month: number; day: number }>> = dict({
  'christmas': { month: 12, day: 25 }, 'christmas day': { month: 12, day: 25 }, 'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 }, "new year's eve": { month: 12, day: 31 }, 'independence day': { month: 7, day: 4 },
  "valentine's day": { month: 2, day: 14 }, 'halloween': { month: 10, day: 31 }, 'veterans day': { month: 11, day: 11 },
  'boxing day': { month: 12, day: 26 }, 'bastille day': { month: 7, day: 14 }, 'may day': { month: 5, day: 1 },
});

/** Holidays on the n-th weekday of a month (n = -1: the last one). */
export const WEEKDAY_HOLIDAYS: Readonly<Record<string, { month: number; weekday: number; n: number; plusDays?: number }>> = dict({
  'thanksgiving': { month: 11, weekday: 4, n: 4 }, 'thanksgiving day': { month: 11, weekday: 4, n: 4 },
  'labor day': { month: 9, weekday: 1, n: 1 }, 'memorial day': { month: 5, weekday: 1, n: -1 },
  'election day': { month: 11, weekday: 1, n: 1, plusDays: 1 }, 'martin luther king day': { month: 1, weekday: 1, n: 3 },
  "presidents' day": { month: 2, weekday: 1, n: 3 }, 'columbus day': { month: 10, weekday: 1, n: 2 },
});

/*
 * The tables the date rules (and the name readers) ask with words of the text at many tokens, as
 * Maps (see `asMap`: a property lookup with a string of the text goes the slow way). The tables
 * above stay the source; these are views of them.
 */
export const MONTH_OF: ReadonlyMap<string, number> = asMap(MONTHS);
export const WEEKDAY_OF: ReadonlyMap<string, number> = asMap(WEEKDAYS);
export const UNIT_OF: ReadonlyMap<string, Unit> = asMap(UNITS);
export const ORDINAL_OF: ReadonlyMap<string, number> = asMap(ORDINALS);
export const MERIDIEM_OF: ReadonlyMap<string, 'am' | 'pm'> = asMap(MERIDIEMS);
export const PART_OF_DAY_OF: ReadonlyMap<string, string> = asMap(PARTS_OF_DAY);
export const RELATIVE_WORD_OF: ReadonlyMap<string, number> = asMap(RELATIVE_WORDS);
