/**
 * Calendar dates written out: "August 13, 2025", "Aug. 13", "13 August 2025", "Friday, Oct. 13",
 * "the 13th of August", "August 2025", "2025-08-13", "8/13/2025", "the week of March 6" (an ISO week).
 */
import { formatWeek, parseYmd } from './calendar.js';
import { calendarYearAt, dayAt, lowerAt, monthAt, pad2, pad4, phraseAt, weekdayAt, yearAt } from './pieces.js';
import type { DateRule, DateToken, Lean, RuleMatch } from './types.js';
import { weekdayStart } from './weekday.js';

/** ", 2025" or " 2025" after a month and day. */
function yearAfter(tokens: readonly DateToken[], i: number): { year: number; end: number } | null {
  const k = tokens[i]?.text === ',' ? i + 1 : i;
  return calendarYearAt(tokens, k);
}

/** An optional weekday in front, with the words that place it: "Friday, Oct. 13", "this coming Sunday, March 8". */
function weekdayBefore(tokens: readonly DateToken[], i: number): number {
  const w = weekdayAt(tokens, i - 2);
  if (w && tokens[i - 1]?.text === ',') return weekdayStart(tokens, i - 2);
  const w1 = weekdayAt(tokens, i - 1);
  if (w1 && w1.end === i) return weekdayStart(tokens, i - 1);
  return i;
}

function dated(start: number, end: number, year: number | null, month: number, day: number | null, lean: Lean = 'tense'): RuleMatch {
  if (year !== null) {
    return { start, end, type: 'DATE', anchor: { kind: 'fixed', value: day === null ? `${pad4(year)}-${pad2(month)}` : `${pad4(year)}-${pad2(month)}-${pad2(day)}` } };
  }
  return { start, end, type: 'DATE', anchor: { kind: 'month', month, ...(day === null ? {} : { day }), lean } };
}

/** "the quarter ended Sept. 30": a period that ended is in the past (the latest such day, today included). */
function leanBefore(tokens: readonly DateToken[], i: number): Lean {
  return lowerAt(tokens, i - 1) === 'ended' ? 'past' : 'tense';
}

export const monthDayYear: DateRule = {
  name: 'month-day-year',
  match(tokens, i) {
    const m = monthAt(tokens, i);
    if (!m) return null;
    const d = dayAt(tokens, m.end);
    if (!d) return null;
    // "March 3 percent" is not a date
    const after = lowerAt(tokens, d.end);
    if (after === '%' || after === 'percent') return null;
    const y = yearAfter(tokens, d.end);
    // "April 24 and 25, 1999": the year written after the pair is the first day's too
    const year = y ? y.year : yearAfterPair(tokens, d.end);
    const match = dated(weekdayBefore(tokens, i), y ? y.end : d.end, year, m.month, d.day, leanBefore(tokens, i));
    // "the week of March 6": the ISO week holding that day
    if (phraseAt(tokens, i - 3, 'the week of') === i) {
      match.start = i - 3;
      if (match.anchor.kind === 'fixed') match.anchor = { kind: 'fixed', value: formatWeek(parseYmd(match.anchor.value) ?? { y: 0, m: 1, d: 1 }) };
      else if (match.anchor.kind === 'month') match.anchor = { ...match.anchor, week: true };
    }
    return match;
  },
};

/** Words that join a second day of the month to a first ("April 24 and 25"). */
const DAY_JOINERS = new Set(['and', 'or', '&']);

/**
 * The other day of "April 24 and 25" or "24 and 25 April", "March 3 or 4": a date of its own
 * (TimeML gives each day its TIMEX3), in the month written with the first day (the year too,
 * written after the pair: "24 and 25, 1999").
 */
export const coordinatedDay: DateRule = {
  name: 'coordinated-day',
  match(tokens, i) {
    const d = dayAt(tokens, i);
    if (!d) return null;
    // "24 and <25 April>": the first day, before the day and month
    if (DAY_JOINERS.has(lowerAt(tokens, d.end)) && tokens[i]!.kind === 'number') {
      const second = dayAt(tokens, d.end + 1);
      const m = second ? monthAt(tokens, second.end) : null;
      if (m) {
        const y = yearAfter(tokens, m.end);
        return dated(i, d.end, y ? y.year : null, m.month, d.day);
      }
    }
    // "April 24 and <25>": the second day, after the month and day
    if (!DAY_JOINERS.has(lowerAt(tokens, i - 1))) return null;
    const m = dayAt(tokens, i - 2) ? monthBefore(tokens, i - 2) : null;
    if (m === null) return null;
    // "April 24 and 25 people": the second number counts something
    const after = tokens[d.end];
    if (after && after.kind === 'word' && !after.cap && after.lower !== 'of') return null;
    const y = yearAfter(tokens, d.end);
    return dated(i, y ? y.end : d.end, y ? y.year : null, m, d.day);
  },
};

/** The year after "and 25" at i ("April 24 <and 25, 1999>"), or null. */
function yearAfterPair(tokens: readonly DateToken[], i: number): number | null {
  if (!DAY_JOINERS.has(lowerAt(tokens, i))) return null;
  const second = dayAt(tokens, i + 1);
  return second ? yearAfter(tokens, second.end)?.year ?? null : null;
}

/** The month right before a day of the month at i ("April <24>", "Nov. <3>"), or null. */
function monthBefore(tokens: readonly DateToken[], i: number): number | null {
  for (const k of [i - 1, i - 2]) {
    const m = monthAt(tokens, k);
    if (m && m.end === i) return m.month;
  }
  return null;
}

export const dayMonthYear: DateRule = {
  name: 'day-month-year',
  match(tokens, i) {
    let k = i;
    if (lowerAt(tokens, k) === 'the') k++;
    const d = dayAt(tokens, k);
    if (!d) return null;
    let j = d.end;
    if (lowerAt(tokens, j) === 'of') j++;
    else if (k !== i || tokens[k]!.kind !== 'number') return null;
    const m = monthAt(tokens, j);
    if (!m) return null;
    const y = yearAfter(tokens, m.end);
    return dated(weekdayBefore(tokens, i), y ? y.end : m.end, y ? y.year : null, m.month, d.day);
  },
};

export const monthYear: DateRule = {
  name: 'month-year',
  match(tokens, i) {
    const m = monthAt(tokens, i);
    if (!m) return null;
    const k = tokens[m.end]?.text === ',' || lowerAt(tokens, m.end) === 'of' ? m.end + 1 : m.end;
    const y = calendarYearAt(tokens, k);
    if (!y) return null;
    return dated(i, y.end, y.year, m.month, null);
  },
};

/** 2025-08-13 and 2025/08/13. */
export const isoDate: DateRule = {
  name: 'iso-date',
  match(tokens, i) {
    const y = yearAt(tokens, i);
    if (!y) return null;
    const sep = tokens[y.end]?.text;
    if (sep !== '-' && sep !== '/') return null;
    const mo = tokens[y.end + 1];
    const sep2 = tokens[y.end + 2];
    const da = tokens[y.end + 3];
    if (!mo || !sep2 || !da || sep2.text !== sep || !mo.glued || !da.glued || !/^\d\d?$/.test(mo.text) || !/^\d\d?$/.test(da.text)) return null;
    const month = Number(mo.text);
    const day = Number(da.text);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return dated(i, y.end + 4, y.year, month, day);
  },
};

/** 8/13/2025 (US order, as in American news) and 13.08.2025 (day first). */
export const numericDate: DateRule = {
  name: 'numeric-date',
  match(tokens, i) {
    const a = tokens[i];
    if (!a || a.kind !== 'number') return null;
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(a.text);
    if (dotted) {
      const [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return dated(i, i + 1, year, month, day);
    }
    const [s1, b, s2, c] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
    if (!s1 || !b || !s2 || !c || s1.text !== '/' || s2.text !== '/' || !s1.glued || !b.glued || !s2.glued || !c.glued) return null;
    if (!/^\d{1,2}$/.test(a.text) || !/^\d{1,2}$/.test(b.text) || !/^(?:\d{2}|\d{4})$/.test(c.text)) return null;
    const month = Number(a.text);
    const day = Number(b.text);
    let year = Number(c.text);
    if (c.text.length === 2) year += year < 50 ? 2000 : 1900;
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return dated(i, i + 5, year, month, day);
  },
};
