/**
 * Anchor date drafts to the reference date: "Wednesday" → 2025-08-13, "December" → 2024-12,
 * "last year" → 2024. Without a reference date, relative values stay underspecified (`XXXX-12`,
 * `XXXX-WXX-3`) or null; the clock is never read.
 *
 * Bare weekdays, months, seasons and quarters lean by the tense of their clause (tense.ts).
 * Anaphoric dates ("that year", "the following month") take the last calendar date given before
 * them in the text; without one, the reference date.
 */
import type { ArticleDoc } from '../doc/article.js';
import type { Anchor, DateDraft } from '../extract/dates/index.js';
import {
  addDays, daysInMonth, formatWeek, formatYear, formatYm, formatYmd, parseYmd, toDays, weekdayOf, type Ymd,
} from '../extract/dates/calendar.js';
import { TIME_ZONES } from '../lexicon/dates.js';
import { clauseTense, type Tense } from '../extract/dates/tense.js';
import type { DateFact, ReferenceDate } from '../types.js';

export function resolveDates(drafts: DateDraft[], ref: ReferenceDate | null, doc: ArticleDoc): DateFact[] {
  const today = ref ? parseYmd(ref.value) : null;
  // an article that reports a quarter of this year ("the third quarter", "this year's third quarter") compares it with the same quarter a year before
  const aboutQuarter = drafts.some((d) => d.anchor.kind === 'quarter' && d.anchor.year === undefined && (d.anchor.quarter === 'latest' || (d.anchor.yearShift ?? 0) === 0));
  let antecedent: string | null = null;
  // the last day the text named ("closed lower Friday"): what "the previous Friday" counts from
  let namedDay: Ymd | null = null;
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  const reported = reportedQuarter(sorted, today, doc);
  // "in the nine months, ... from $5 million a year earlier": the comparison is of that span, a year back
  const monthSpans = new Set(sorted.filter(isSpanOfMonths).map((d) => d.sentence));
  const inParagraph = paragraphQuarters(sorted, today, doc);
  const facts = sorted.map((d, k) => {
    const anchor = d.anchor;
    let draft: DateDraft = d;
    if (aboutQuarter && anchor.kind === 'shift' && anchor.comparison && !monthSpans.has(d.sentence)) draft = { ...d, anchor: { kind: 'quarter', quarter: 'latest', lean: 'past', yearShift: -1 } };
    // "the 1988 period" outside an earnings report, or next to "the nine months", is just the year
    else if ((!aboutQuarter || monthSpans.has(d.sentence)) && anchor.kind === 'quarter' && anchor.year !== undefined) draft = { ...d, anchor: { kind: 'fixed', value: formatYear(anchor.year) } };
    const value = anchor.kind === 'anaphoric'
      ? anaphoric(anchor, antecedent, today)
      : draft.anchor.kind === 'quarter' && draft.anchor.quarter === 'latest' && reported
        ? sameQuarter(draft.anchor, inParagraph[k] ?? reported)
        : valueOf(draft, isWeekdayFromContext(d) ? namedDay ?? today : today, doc);
    if (value !== null && namesDay(d)) namedDay = parseYmd(value) ?? namedDay;
    if (value !== null && d.type !== 'DURATION' && d.type !== 'SET' && !isDayFromContext(d) && CALENDAR_VALUE.test(value)) antecedent = value;
    const fact: DateFact = { start: d.start, end: d.end, text: d.text, rule: d.rule, type: d.type, value };
    if (d.mod) fact.mod = d.mod;
    return fact;
  });
  sorted.forEach((d, k) => {
    const fact = facts[k]!;
    if (isDayFromContext(d)) fact.value = dayOfSentence(sorted, facts, k, doc) ?? fact.value;
    if (d.zone && fact.value !== null && CLOCK_VALUE.test(fact.value)) fact.value += zoneOffset(d.zone, fact.value);
  });
  return facts;
}

/** A quarter the text names by number ("the fiscal first quarter", "fourth-quarter"), resolved: year and quarter. */
interface NamedQuarter {
  year: number;
  quarter: number;
}

/**
 * The quarter an earnings report is about: the first quarter the text names by number ("Ralston
 * reported a decline in fourth-quarter earnings"), or null. "The latest period", "the quarter" and
 * "a year earlier" then mean that quarter (a year back), as TimeBank reads them: "fourth-quarter
 * earnings ... a year earlier" is the fourth quarter of the year before, whatever the calendar
 * quarter of the article's date (fiscal years differ). Later numbered quarters are mostly other
 * quarters ("a fourth-quarter charge" ahead, "after a flat second quarter").
 */
function reportedQuarter(sorted: readonly DateDraft[], today: Ymd | null, doc: ArticleDoc): NamedQuarter | null {
  if (!today) return null;
  for (const d of sorted) {
    const q = namedQuarter(d, today, doc);
    if (q) return q;
  }
  return null;
}

/**
 * For each draft, the last quarter named by number before it in its own paragraph ("Separately,
 * America West reported third-quarter profit jumped 45% ... from $4 million a year earlier"): the
 * quarter a comparison there is about, whatever quarter the story began with, unless the naming
 * clause looks ahead (TempEval-3 dev: 2 files better, none worse; the nearest quarter anywhere
 * before: 1 better, 3 worse). One pass over the sorted drafts.
 */
function paragraphQuarters(sorted: readonly DateDraft[], today: Ymd | null, doc: ArticleDoc): Array<NamedQuarter | null> {
  const out: Array<NamedQuarter | null> = [];
  let last: NamedQuarter | null = null;
  let paragraph = -1;
  for (const d of sorted) {
    const p = doc.sentences[d.sentence]?.paragraph ?? -1;
    if (p !== paragraph) {
      last = null;
      paragraph = p;
    }
    out.push(last);
    const q = today ? namedQuarter(d, today, doc) : null;
    // "the storm will mean a fourth-quarter charge": a quarter ahead is not the one reported
    if (q && clauseTense(doc, d) !== 'future') last = q;
  }
  return out;
}

/** A draft that names a quarter of this year by its number ("the third quarter"; not "the first half", not "the third quarter of 1984"). */
function namedQuarter(d: DateDraft, today: Ymd, doc: ArticleDoc): NamedQuarter | null {
  const a = d.anchor;
  if (d.type !== 'DATE' || a.kind !== 'quarter' || a.quarter === 'latest' || a.half || a.year !== undefined || (a.yearShift ?? 0) !== 0) return null;
  const value = valueOf(d, today, doc);
  const m = value === null ? null : /^(\d{4})-Q([1-4])$/.exec(value);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}

/** "the latest period", "the year-ago quarter", "the 1988 period": the reported quarter, in the year the anchor says. */
function sameQuarter(a: Extract<Anchor, { kind: 'quarter' }>, q: NamedQuarter): string {
  const year = a.year ?? q.year + (a.yearShift ?? 0);
  return `${formatYear(year)}-Q${q.quarter}`;
}

/**
 * A reported span other than a quarter: an amount of months other than three ("the first nine
 * months", "six months"), or a year of accounts ("the year ended June 30", "the year to March").
 * A year-ago comparison in its sentence is about that span. "The three months to December" is the
 * quarter itself.
 */
function isSpanOfMonths(d: DateDraft): boolean {
  if (d.type !== 'DURATION' || d.anchor.kind !== 'fixed') return false;
  const v = d.anchor.value;
  return /^P\d+M$/.test(v) && v !== 'P3M' || v === 'P1Y' && d.rule === 'the-calendar-unit';
}

const isWeekdayFromContext = (d: DateDraft): boolean => d.anchor.kind === 'weekday' && d.anchor.fromContext === true;

/** A date that names a day by itself: a weekday ("Friday"), a day of a month ("Oct. 27"), a full date. Not "today" or "overnight". */
function namesDay(d: DateDraft): boolean {
  const a = d.anchor;
  if (d.type !== 'DATE' && d.type !== 'TIME') return false;
  return a.kind === 'weekday' || a.kind === 'month' && a.day !== undefined || a.kind === 'fixed' && DAY_VALUE.test(a.value);
}

const isDayFromContext = (d: DateDraft): boolean => d.anchor.kind === 'shift' && d.anchor.dayFromContext === true;

/** A value that ends in a clock time ("…T21:15"), which a time zone may follow. */
const CLOCK_VALUE = /T\d\d:\d\d$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

/** How close (characters) a day in the next sentence of the paragraph may be ("10 p.m. | Friday" split at "p.m."). */
const NEAR_DAY = 40;
/** How many dates on each side of a clock time are looked at for its day. */
const NEAR_DRAFTS = 8;

/**
 * A clock time without a day ("at 10:35 a.m. (0735 GMT) Friday"): the day named nearest to it in
 * its sentence, with the time; null when the sentence names no day (the reference date stands).
 */
function dayOfSentence(drafts: readonly DateDraft[], facts: readonly DateFact[], k: number, doc: ArticleDoc): string | null {
  const d = drafts[k]!;
  if (d.anchor.kind !== 'shift' || d.anchor.time === undefined) return null;
  let best: { day: string; distance: number } | null = null;
  // drafts are sorted by start: walk out from k on each side, a bounded number of steps (the
  // nearest day is close; a 1 MB line of dates must stay linear)
  for (const step of [-1, 1]) {
    for (let j = k + step, n = 0; j >= 0 && j < drafts.length && n < NEAR_DRAFTS; j += step, n++) {
      const other = drafts[j]!;
      const value = facts[j]!.value;
      const distance = other.start > d.start ? other.start - d.end : d.start - other.end;
      const sameParagraph = doc.sentences[other.sentence]?.paragraph === doc.sentences[d.sentence]?.paragraph;
      if (other.sentence !== d.sentence && !(sameParagraph && distance <= NEAR_DAY)) break;
      if (isDayFromContext(other) || other.type === 'SET' || other.type === 'DURATION' || value === null) continue;
      const day = DAY_VALUE.exec(value);
      if (!day) continue;
      if (!best || distance < best.distance) best = { day: day[0], distance };
      break;
    }
  }
  return best === null ? null : (best as { day: string }).day + d.anchor.time;
}

/** The offset of a zone on the day of `value`: US zones without S/D follow daylight saving time. */
function zoneOffset(zone: string, value: string): string {
  const z = TIME_ZONES[zone];
  if (!z) return '';
  if ('offset' in z) return z.offset;
  const day = parseYmd(value);
  return day && usDaylightTime(day) ? z.daylight : z.standard;
}

/** US daylight saving time: from the 2nd Sunday of March to the 1st Sunday of November (before 2007: 1st Sunday of April to the last of October). */
function usDaylightTime(day: Ymd): boolean {
  const [from, to] = day.y >= 2007
    ? [nthWeekday(day.y, 3, 2, 7, 0), nthWeekday(day.y, 11, 1, 7, 0)]
    : [nthWeekday(day.y, 4, 1, 7, 0), nthWeekday(day.y, 10, -1, 7, 0)];
  const t = toDays(day);
  return t >= toDays(from) && t < toDays(to);
}

/**
 * True for a date whose value needed the article's date and did not get one: without a reference
 * date, the resolver leaves shifts ("last year", "two days ago", "10 p.m.") null and writes the
 * year of weekdays, months, quarters and seasons as XXXX ("XXXX-WXX-3", "XXXX-12"). A SET's XXXX
 * ("every Wednesday": `XXXX-WXX-3`) is its meaning, not a gap.
 */
export function isUnanchored(fact: Pick<DateFact, 'type' | 'value'>): boolean {
  return fact.value === null || fact.type !== 'SET' && fact.value.startsWith('XXXX');
}

/** A value that names a calendar date an anaphor can point back to: "1998", "1998-10", "1998-10-23…". */
const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:$|T)/;

/** "that year" (by 0), "the following month" (+1) from the antecedent, at the unit's precision. */
function anaphoric(a: Extract<Anchor, { kind: 'anaphoric' }>, antecedent: string | null, today: Ymd | null): string | null {
  if (antecedent === null) {
    if (!today) return null;
    return shifted({ kind: 'shift', unit: a.unit, by: a.by }, today);
  }
  const y = Number(antecedent.slice(0, 4));
  const m = antecedent.length >= 7 ? Number(antecedent.slice(5, 7)) : null;
  const d = antecedent.length >= 10 ? Number(antecedent.slice(8, 10)) : null;
  switch (a.unit) {
    case 'year':
      return formatYear(y + a.by);
    case 'month': {
      if (m === null) return a.by === 0 ? `${formatYear(y)}-XX` : null;
      const total = y * 12 + (m - 1) + a.by;
      return formatYm(Math.floor(total / 12), (total % 12 + 12) % 12 + 1);
    }
    case 'week':
      if (d === null || m === null) return a.by === 0 ? `${formatYear(y)}-WXX` : null;
      return formatWeek(addDays({ y, m, d }, 7 * a.by));
    case 'day':
      if (d === null || m === null) return a.by === 0 ? `${m === null ? `${formatYear(y)}-XX` : formatYm(y, m)}-XX` : null;
      return formatYmd(addDays({ y, m, d }, a.by));
  }
}

function valueOf(draft: DateDraft, today: Ymd | null, doc: ArticleDoc): string | null {
  const a = draft.anchor;
  if (a.kind === 'fixed') return a.value;
  const tense = (): Tense => clauseTense(doc, draft);
  switch (a.kind) {
    case 'shift':
      return today ? shifted(a, today, tense) : null;
    case 'weekday':
      return weekday(a, today, tense);
    case 'month':
      return month(a, today, tense);
    case 'quarter':
      return quarter(a, today, tense);
    case 'season':
      return season(a, today, tense);
    case 'anaphoric':
      return null; // resolved in order by resolveDates
  }
}

/** `tense` is read only for "this weekend" (lean `tense`): in a past clause it is the weekend just past. */
function shifted(a: Extract<Anchor, { kind: 'shift' }>, today: Ymd, tense?: () => Tense): string {
  const time = a.time ?? '';
  switch (a.unit) {
    case 'day':
      return formatYmd(addDays(today, a.by)) + time;
    case 'week':
      return formatWeek(addDays(today, 7 * a.by));
    case 'weekend': {
      const dow = weekdayOf(today);
      // on a Saturday or Sunday "the weekend" is the current one; midweek, the one just past, unless
      // the words look ahead ("this weekend", "the coming weekend": the reference week's own)
      const ahead = a.lean === 'future' || a.lean === 'tense' && tense?.() !== 'past';
      const back = a.by !== 0 ? 7 * a.by : dow >= 6 || ahead ? 0 : -7;
      return `${formatWeek(addDays(today, back))}-WE`;
    }
    case 'month': {
      const total = today.y * 12 + (today.m - 1) + a.by;
      return formatYm(Math.floor(total / 12), (total % 12 + 12) % 12 + 1);
    }
    case 'quarter': {
      const total = today.y * 4 + Math.floor((today.m - 1) / 3) + a.by;
      return `${formatYear(Math.floor(total / 4))}-Q${(total % 4 + 4) % 4 + 1}`;
    }
    case 'half': {
      const total = today.y * 2 + Math.floor((today.m - 1) / 6) + a.by;
      return `${formatYear(Math.floor(total / 2))}-H${(total % 2 + 2) % 2 + 1}`;
    }
    case 'year':
      return formatYear(today.y + a.by) + (a.time ?? '');
    case 'decade':
      return String(Math.floor(today.y / 10) + a.by);
    case 'century':
      return String(Math.floor(today.y / 100) + a.by).padStart(2, '0');
  }
}

function weekday(a: Extract<Anchor, { kind: 'weekday' }>, today: Ymd | null, tense: () => Tense): string {
  const time = a.time ?? '';
  if (!today) return `XXXX-WXX-${a.weekday}${time}`;
  const dow = weekdayOf(today);
  const lean = a.recent ? 'past' : a.lean === 'tense' ? tense() : a.lean;
  let offset: number;
  if (a.lean === 'past') offset = -(((dow - a.weekday + 7) % 7) || 7); // "last Friday": strictly before
  else if (a.lean === 'future') offset = ((a.weekday - dow + 7) % 7) || 7; // "next Friday": strictly after
  else if (lean === 'future') offset = (a.weekday - dow + 7) % 7;
  else offset = -((dow - a.weekday + 7) % 7);
  return formatYmd(addDays(today, offset)) + time;
}

/** Days (in months of 31) beyond which the tense may move a day and month to the other year. */
const FAR_DAYS = 92;

/** `holiday`: the month of a holiday on its n-th weekday ("last Thanksgiving" in December is the one just past). */
function month(a: Extract<Anchor, { kind: 'month' }>, today: Ymd | null, tense: () => Tense, holiday = false): string {
  if (a.nth) {
    // a holiday on the n-th weekday: find the year as for a bare month, then the day in it
    const year = Number(month({ ...a, nth: undefined, day: undefined, time: undefined }, today, tense, true).slice(0, 4));
    if (!today || !Number.isFinite(year)) return `XXXX-${String(a.month).padStart(2, '0')}-XX`;
    return formatYmd(nthWeekday(year, a.month, a.nth.n, a.nth.weekday, a.nth.plusDays));
  }
  if (a.week) {
    const day = parseYmd(month({ ...a, week: undefined }, today, tense));
    return day ? formatWeek(day) : 'XXXX-WXX';
  }
  const md = a.day === undefined ? '' : `-${String(a.day).padStart(2, '0')}`;
  const time = a.time ?? '';
  if (!today) return `XXXX-${String(a.month).padStart(2, '0')}${md}${time}`;
  let year = today.y;
  if (a.yearShift !== undefined) year += a.yearShift;
  else if (a.day !== undefined && a.lean === 'tense') {
    // a day and month: the nearest such day (news dates sit close to the article's date)
    const diff = (a.month - today.m) * 31 + (a.day - today.d);
    if (diff > 183) year--;
    else if (diff < -183) year++;
    // ... unless the day is months away and the clause says the other side: "was last seen Nov. 3"
    // (in May) is last November; within three months the nearest day wins whatever the tense
    // ("declared a dividend, payable Dec. 15")
    const far = Math.abs(diff) > FAR_DAYS && Math.abs(diff) <= 183;
    const ahead = far && diff > 0;
    const behind = far && diff < 0;
    const lean = ahead || behind ? tense() : 'none';
    if (lean === 'past' && ahead) year--;
    else if (lean === 'future' && behind) year++;
  } else if (a.day === undefined && a.lean !== 'tense' && !holiday) {
    // "last February", "next April": the word says the side, and the month on it that is not the
    // current or an adjacent one (that one would be "this month", "last month", "next month"):
    // "crashed last February" (1 March) is a year back, "last March" (in March) too
    const diff = a.month - today.m;
    if (a.lean === 'past' && diff >= -1) year--;
    else if (a.lean === 'future' && diff <= 1) year++;
  } else {
    const lean = a.lean === 'tense' ? tense() : a.lean;
    const later = a.month > today.m || a.month === today.m && (a.day ?? 0) > today.d;
    const earlier = a.month < today.m || a.month === today.m && a.day !== undefined && a.day < today.d;
    if (lean === 'past' && later) year--;
    else if (lean === 'future' && earlier) year++;
    else if (lean === 'none') {
      // no clue: the nearest such month
      const diff = a.month - today.m;
      if (diff > 6) year--;
      else if (diff < -6) year++;
    }
  }
  return `${formatYm(year, a.month)}${md}${time}`;
}

function quarter(a: Extract<Anchor, { kind: 'quarter' }>, today: Ymd | null, tense: () => Tense): string {
  const letter = a.half ? 'H' : 'Q';
  if (a.quarter === 'latest') {
    if (a.year !== undefined) {
      if (!today) return formatYear(a.year);
      return `${formatYear(a.year)}-Q${Math.floor((addDays(today, -45).m - 1) / 3) + 1}`;
    }
    if (!today) return 'XXXX-QX';
    // the quarter just reported: the one holding a date about six weeks back
    const back = addDays(today, -45);
    const q = Math.floor((back.m - 1) / 3) + 1;
    return `${formatYear(back.y + (a.yearShift ?? 0))}-Q${q}`;
  }
  if (!today) return `XXXX-${letter}${a.quarter}`;
  const current = a.half ? Math.floor((today.m - 1) / 6) + 1 : Math.floor((today.m - 1) / 3) + 1;
  let year = today.y;
  if (a.yearShift !== undefined) year += a.yearShift;
  else if (a.quarter > current && tense() !== 'future') year--;
  return `${formatYear(year)}-${letter}${a.quarter}`;
}

const SEASON_ORDER: Readonly<Record<string, number>> = { SP: 1, SU: 2, FA: 3, WI: 4 };

function season(a: Extract<Anchor, { kind: 'season' }>, today: Ymd | null, tense: () => Tense): string {
  if (!today) return `XXXX-${a.season}`;
  let year = today.y;
  if (a.yearShift !== undefined) return `${formatYear(year + a.yearShift)}-${a.season}`;
  // the season holding today (winter counted with the year it starts in)
  const m = today.m;
  const now = m >= 3 && m <= 5 ? 1 : m >= 6 && m <= 8 ? 2 : m >= 9 && m <= 11 ? 3 : 4;
  const nowYear = m <= 2 ? year - 1 : year;
  const target = SEASON_ORDER[a.season]!;
  const lean = a.lean === 'tense' ? tense() : a.lean;
  if (lean === 'past' && a.lean === 'past') year = target < now ? nowYear : nowYear - 1;
  else if (lean === 'future' && a.lean === 'future') year = target > now ? nowYear : nowYear + 1;
  else if (lean === 'past') year = target <= now ? nowYear : nowYear - 1;
  else if (lean === 'future') year = target >= now ? nowYear : nowYear + 1;
  else year = nowYear;
  return `${formatYear(year)}-${a.season}`;
}

/** The n-th given weekday of a month (n = -1: the last), plus some days. */
function nthWeekday(y: number, m: number, n: number, weekday: number, plusDays: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const offset = (weekday - weekdayOf(first) + 7) % 7;
    return addDays(first, offset + 7 * (n - 1) + plusDays);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  const offset = (weekdayOf(last) - weekday + 7) % 7;
  return addDays(last, -offset + plusDays);
}
