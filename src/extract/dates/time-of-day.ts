/**
 * Clock times: "10 p.m.", "10:30 a.m. EST", "noon", "midnight", with a day after or before them
 * ("10 p.m. Wednesday", "noon Thursday", "yesterday at 3 p.m." keeps two expressions).
 */
import { MERIDIEMS, TIME_ZONES, dict } from '../../lexicon/dates.js';
import { lowerAt, pad2, weekdayAt } from './pieces.js';
import { monthDayYear } from './explicit.js';
import type { Anchor, DateRule, DateToken, RuleMatch } from './types.js';

function clockAt(tokens: readonly DateToken[], i: number): { time: string; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if ((t.lower === 'noon' || t.lower === 'midday') && lowerAt(tokens, i - 1) !== 'high') return { time: 'T12:00', end: i + 1 };
  if (t.lower === 'midnight') return { time: 'T24:00', end: i + 1 };
  if (t.kind !== 'number') return null;
  // "10am" is one token
  const glued = /^(\d{1,2})(?::(\d\d))?(am|pm)$/.exec(t.lower);
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
    const m = /^(\d{1,2})(?::(\d\d))?$/.exec(t.text);
    if (!m) return null;
    hour = Number(m[1]);
    minute = m[2] ? Number(m[2]) : 0;
    end = i + 1;
    meridiem = MERIDIEMS[lowerAt(tokens, end)];
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
    else if (!m[2] || !TIME_ZONES.has(lowerAt(tokens, end))) return null;
  }
  if (hour > 24 || minute > 59 || meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (TIME_ZONES.has(lowerAt(tokens, end))) end++;
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
    let anchor: Anchor = { kind: 'shift', unit: 'day', by: 0, time: c.time };
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
    const match: RuleMatch = { start: i, end, type: 'TIME', anchor };
    return match;
  },
};

/** "tomorrow 8:00am", "Wednesday 10 p.m.", "tonight 9pm": a day, then a clock time without "at". */
export const dayThenClock: DateRule = {
  name: 'day-then-clock',
  match(tokens, i) {
    const w = weekdayAt(tokens, i);
    const shift = DAY_WORDS[lowerAt(tokens, i)];
    if (!(w && w.full) && shift === undefined) return null;
    const at = w ? w.end : i + 1;
    const c = clockAt(tokens, at);
    if (!c) return null;
    const anchor: Anchor = w
      ? { kind: 'weekday', weekday: w.weekday, lean: 'tense', time: c.time }
      : { kind: 'shift', unit: 'day', by: shift!, time: c.time };
    return { start: i, end: c.end, type: 'TIME', anchor };
  },
};
