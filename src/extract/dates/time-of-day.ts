/**
 * Clock times: "10 p.m.", "10:30 a.m. EST", "21:15 UTC", "0735 GMT", "noon", "midnight", with a day
 * after or before them ("10 p.m. Wednesday", "noon Thursday", "Thursday at 14:00 UTC",
 * "yesterday at 3 p.m."). A time zone stays in the value (`T21:15Z`, `T10:30-05:00`).
 */
import { MERIDIEM_OF, TIME_ZONES, dict } from '../../lexicon/dates.js';
import { lowerAt, pad2, weekdayAt } from './pieces.js';
import { monthDayYear } from './explicit.js';
import type { Anchor, DateRule, DateToken, RuleMatch } from './types.js';

/** Zones that are also words ("est", "et", "pt"): only in capitals. */
const ZONES_IN_CAPITALS_ONLY = new Set(['est', 'et', 'ct', 'mt', 'pt']);

/** A time zone at token i: its lexicon key ("UTC", "gmt", "ET"; not "et" nor "est"). */
function zoneAt(tokens: readonly DateToken[], i: number): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || TIME_ZONES[t.lower] === undefined) return undefined;
  if (ZONES_IN_CAPITALS_ONLY.has(t.lower) && t.text !== t.text.toUpperCase()) return undefined;
  return t.lower;
}

/** "0735" before a zone: a 24-hour time written without a colon, after "at" or "(" ("in 2015 GMT" is a year). */
const MILITARY_TIME = /^([01]\d|2[0-3])([0-5]\d)$/;
const BEFORE_MILITARY_TIME = new Set(['at', '(', 'about', 'around', 'by', 'until']);

/** "in the <part>" after an hour: the half of the day it names. */
const PARTS_AFTER_HOUR: ReadonlyMap<string, 'am' | 'pm'> = new Map([['morning', 'am'], ['afternoon', 'pm'], ['evening', 'pm']]);
/**
 * Words before "4 in the morning" that make the number an hour ("scored 4 in the morning session"
 * is not). Not "from" nor "by": Recognizers-Text reads "from 3 in the morning until 5pm" and
 * "Tuesday by 2 in the afternoon" as one expression each, which no rule here joins yet.
 */
const BEFORE_HOUR = new Set(['at', 'until', 'till', 'around', 'about', 'before', 'after', 'since']);

/**
 * US zones named in words after a clock time: "noon Eastern", "3 p.m. Pacific time", "9 a.m. Eastern
 * Standard Time" (TIME_ZONES keys: without "Standard"/"Daylight" the offset follows daylight saving).
 */
const NAMED_ZONES: ReadonlyMap<string, { either: string; standard: string; daylight: string }> = new Map([
  ['eastern', { either: 'et', standard: 'est', daylight: 'edt' }],
  ['central', { either: 'ct', standard: 'cst', daylight: 'cdt' }],
  ['mountain', { either: 'mt', standard: 'mst', daylight: 'mdt' }],
  ['pacific', { either: 'pt', standard: 'pst', daylight: 'pdt' }],
]);

/**
 * A zone named in words at token i and the token after it. Capitalized, and not the first word of
 * a name ("10am Central London", "noon Pacific Coast Highway"): only "Standard", "Daylight" and
 * "Time" may follow it in capitals.
 */
function namedZoneAt(tokens: readonly DateToken[], i: number): { zone: string; end: number } | undefined {
  const t = tokens[i];
  const named = t !== undefined && t.cap && t.kind === 'word' ? NAMED_ZONES.get(t.lower) : undefined;
  if (!named) return undefined;
  let end = i + 1;
  let zone = named.either;
  const season = lowerAt(tokens, end);
  if ((season === 'standard' || season === 'daylight') && lowerAt(tokens, end + 1) === 'time') {
    zone = season === 'standard' ? named.standard : named.daylight;
    end += 2;
  } else if (season === 'time') end++;
  if (tokens[end]?.cap === true && tokens[end]!.kind === 'word') return undefined;
  return { zone, end };
}

function clockAt(tokens: readonly DateToken[], i: number): { time: string; end: number; zone?: string } | null {
  const c = clockOnly(tokens, i);
  if (!c) return null;
  const zone = zoneAt(tokens, c.end);
  if (zone) return { time: c.time, end: c.end + 1, zone };
  const named = namedZoneAt(tokens, c.end);
  return named ? { time: c.time, end: named.end, zone: named.zone } : c;
}

function clockOnly(tokens: readonly DateToken[], i: number): { time: string; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const named = t.cap && tokens[i - 1]?.cap === true && tokens[i - 1]!.kind === 'word'; // "Jamie Noon", "Christmas Midnight Mass"
  if ((t.lower === 'noon' || t.lower === 'midday') && lowerAt(tokens, i - 1) !== 'high' && !named) return { time: 'T12:00', end: i + 1 };
  if (t.lower === 'midnight' && !named) return { time: 'T24:00', end: i + 1 };
  if (t.kind !== 'number') return null;
  const military = MILITARY_TIME.exec(t.text);
  if (military && zoneAt(tokens, i + 1) && BEFORE_MILITARY_TIME.has(lowerAt(tokens, i - 1))) return { time: `T${military[1]}:${military[2]}`, end: i + 1 };
  // "10am" is one token
  // "10.30am", "7.30 pm": British clock times with a dot (a dot only before am/pm: "10.30" alone is a number)
  const glued = /^(\d{1,2})(?:[:.](\d\d))?(am|pm)$/.exec(t.lower);
  let hour: number;
  let minute: number;
  let end: number;
  let meridiem: 'am' | 'pm' | undefined;
  if (glued) {
    hour = Number(glued[1]);
    minute = glued[2] ? Number(glued[2]) : 0;
    meridiem = glued[3] as 'am' | 'pm';
    end = i + 1;
  } else {
    const m = /^(\d{1,2})(?:([:.])(\d\d))?$/.exec(t.text);
    if (!m) return null;
    hour = Number(m[1]);
    minute = m[3] ? Number(m[3]) : 0;
    end = i + 1;
    meridiem = MERIDIEM_OF.get(lowerAt(tokens, end));
    if (m[2] === '.' && !meridiem && lowerAt(tokens, end) !== 'a' && lowerAt(tokens, end) !== 'p') return null;
    if (meridiem) end++;
    else if (lowerAt(tokens, end) === 'a' || lowerAt(tokens, end) === 'p') {
      // "10 a.m" split by the tokenizer at the final dot
      const letter = lowerAt(tokens, end);
      if (tokens[end + 1]?.text === '.' && lowerAt(tokens, end + 2) === 'm') {
        meridiem = letter === 'a' ? 'am' : 'pm';
        end += 3;
        if (tokens[end]?.text === '.' && tokens[end]!.glued) end++;
      } else return null;
    } else if (lowerAt(tokens, end) === "o'clock" || lowerAt(tokens, end) === 'o’clock') end++;
    else if (PARTS_AFTER_HOUR.has(lowerAt(tokens, end + 2)) && lowerAt(tokens, end) === 'in' && lowerAt(tokens, end + 1) === 'the' && BEFORE_HOUR.has(lowerAt(tokens, i - 1))) {
      // "at 4 in the morning", "by 2 in the afternoon": the part of the day gives the half
      meridiem = PARTS_AFTER_HOUR.get(lowerAt(tokens, end + 2));
      end += 3;
    } else if (!m[3] || !zoneAt(tokens, end)) return null;
  }
  if (hour > 24 || minute > 59 || meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { time: `T${pad2(hour)}:${pad2(minute)}`, end };
}

/** "Nov. 9" or "Nov. 9, 1989" after a clock time. */
function monthDayAfter(tokens: readonly DateToken[], i: number): { anchor: Anchor; end: number } | null {
  const m = monthDayYear.match(tokens, i);
  if (!m || m.start !== i) return null;
  return { anchor: m.anchor, end: m.end };
}

export const DAY_WORDS: Readonly<Record<string, number>> = dict({ today: 0, yesterday: -1, tomorrow: 1, tonight: 0 });

export const clockTime: DateRule = {
  name: 'clock-time',
  match(tokens, i) {
    const c = clockAt(tokens, i);
    if (!c) return null;
    let end = c.end;
    // no day said: the day the sentence names, else the reference date (resolve/dates.ts)
    let anchor: Anchor = { kind: 'shift', unit: 'day', by: 0, time: c.time, dayFromContext: true };
    // "10 p.m. Wednesday", "noon Thursday", "3 p.m. yesterday"
    const w = weekdayAt(tokens, end);
    const dayShift = DAY_WORDS[lowerAt(tokens, end)];
    const dated = tokens[end]?.text === ',' ? monthDayAfter(tokens, end + 1) : monthDayAfter(tokens, end);
    if (dated) {
      anchor = dated.anchor.kind === 'fixed' ? { kind: 'fixed', value: dated.anchor.value + c.time } : { ...dated.anchor, time: c.time } as Anchor;
      end = dated.end;
    } else if (w && w.full) {
      anchor = { kind: 'weekday', weekday: w.weekday, lean: 'tense', time: c.time };
      end = w.end;
    } else if (dayShift !== undefined) {
      anchor = { kind: 'shift', unit: 'day', by: dayShift, time: c.time };
      end++;
    }
    const match: RuleMatch = { start: i, end, type: 'TIME', anchor, ...(c.zone ? { zone: c.zone } : {}) };
    return match;
  },
};

/** "tomorrow 8:00am", "Wednesday 10 p.m.", "Thursday at 14:00 UTC", "yesterday at 3 p.m.": a day, then its clock time. */
export const dayThenClock: DateRule = {
  name: 'day-then-clock',
  match(tokens, i) {
    const w = weekdayAt(tokens, i);
    const shift = DAY_WORDS[lowerAt(tokens, i)];
    if (!(w && w.full) && shift === undefined) return null;
    let at = w ? w.end : i + 1;
    if (lowerAt(tokens, at) === 'at') at++;
    const c = clockAt(tokens, at);
    if (!c) return null;
    const anchor: Anchor = w
      ? { kind: 'weekday', weekday: w.weekday, lean: 'tense', time: c.time }
      : { kind: 'shift', unit: 'day', by: shift!, time: c.time };
    return { start: i, end: c.end, type: 'TIME', anchor, ...(c.zone ? { zone: c.zone } : {}) };
  },
};
