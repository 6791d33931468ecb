/**
 * Years: "1998", "fiscal 1989", "the year 2000", "the 1988 period", "nineteen ninety-six",
 * "the year two thousand". A four-digit number is turned down when it counts something
 * ("2000 troops", "$1998", "1999 percent").
 */
import { MERIDIEM_OF, UNIT_OF } from '../../lexicon/dates.js';
import { lowerAt, pad4, phraseAt, spokenYear, yearAt } from './pieces.js';
import type { DateRule, DateToken, RuleMatch } from './types.js';

/** Words after a number that show it counts something rather than names a year. */
const COUNTED_AFTER = new Set([
  '%', 'percent', 'per', 'people', 'troops', 'soldiers', 'workers', 'jobs', 'shares', 'points', 'votes', 'times',
  'tons', 'tonnes', 'barrels', 'miles', 'kilometers', 'kilometres', 'km', 'feet', 'meters', 'metres', 'acres',
  'dollars', 'euros', 'pounds', 'yen', 'cars', 'units', 'students', 'members', 'cases', 'deaths', 'homes', 'children',
  'men', 'women', 'residents', 'employees', 'officers', 'police', 'families', 'patients', 'rooms', 'calories', 'mg',
  'kg', 'pages', 'words', 'hours', 'days', 'minutes', 'seconds', 'years', 'months', 'weeks', 'x',
]);
const NOT_A_YEAR_BEFORE = new Set(['$', '£', '€', '¥', '#', 'no', 'number', 'page', 'room', 'flight', 'route', 'version', 'v', 'model', 'x', 'pin', 'code', 'dow']);
const HEDGES = new Set(['about', 'nearly', 'some', 'over', 'than', 'almost', 'around', 'approximately', 'roughly']);

/** "the 1988 period" / "the 1989 period" (a reporting period named by its year). */
const PERIOD_NOUNS = new Set(['period', 'season', 'year']);

function yearMatch(start: number, end: number, year: number): RuleMatch {
  return { start, end, type: 'DATE', anchor: { kind: 'fixed', value: pad4(year) } };
}

export const yearNumber: DateRule = {
  name: 'year',
  match(tokens, i) {
    const y = yearAt(tokens, i);
    if (!y) return null;
    const before = lowerAt(tokens, i - 1);
    const after = lowerAt(tokens, y.end);
    if (COUNTED_AFTER.has(after) || UNIT_OF.get(after) !== undefined || MERIDIEM_OF.get(after) !== undefined) return null;
    if (tokens[y.end]?.text === '-' && tokens[y.end + 1]?.kind === 'word') return null; // "1990-style"
    if (NOT_A_YEAR_BEFORE.has(before)) return null;
    // "555-1234", "3/1998": a number glued to another number that is not a year
    if ((before === '-' || before === '/') && tokens[i]!.glued && tokens[i - 2]?.kind === 'number' && !yearAt(tokens, i - 2)) return null;
    // "about 2000 homes": after a hedge, a year only when no word follows
    if (HEDGES.has(before) && tokens[y.end]?.kind === 'word') return null;
    let start = i;
    let end = y.end;
    if (before === 'fiscal') start = i - 1;
    if (lowerAt(tokens, i - 2) === 'the' && before === 'year') start = i - 2;
    if (before === 'the' || (before === 'fiscal' && lowerAt(tokens, i - 2) === 'the')) {
      const noun = lowerAt(tokens, y.end);
      if (PERIOD_NOUNS.has(noun)) {
        start = before === 'the' ? i - 1 : i - 2;
        end = y.end + 1;
        // "the 1988 period" in an earnings report: the reported quarter of 1988 (resolve/dates.ts)
        if (noun === 'period' && before === 'the') return { start, end, type: 'DATE', anchor: { kind: 'quarter', quarter: 'latest', lean: 'past', year: y.year } };
      } else if (phraseAt(tokens, y.end, 'fiscal year') > 0) {
        start = i - 1;
        end = y.end + 2;
      }
    }
    return yearMatch(start, end, y.year);
  },
};

export const yearInWords: DateRule = {
  name: 'year-in-words',
  match(tokens, i) {
    const spoken = spokenYear(tokens, i);
    if (spoken) {
      const start = phraseAt(tokens, i - 2, 'the year') === i ? i - 2 : i;
      return yearMatch(start, spoken.end, spoken.year);
    }
    const e = phraseAt(tokens, i, 'the year two thousand');
    if (e > 0) return yearMatch(i, e, 2000);
    return null;
  },
};

/** What joins the two years of a range written short: "2003-04", "2005/06", "2003–04". */
const RANGE_JOINS = new Set(['-', '–', '/']);
/** The longest range read across a century: "1999-00" is 2000, "2015-12" no range. */
const MAX_SPAN_ACROSS_CENTURY = 10;

/**
 * The second year of a range written short: "during 2003-04", "the 2006/07 season", "his 1973-90
 * rule" give "04" 2004, "07" 2007, "90" 1990 (the first year is the year rule's; TimeML marks a
 * range as two TIMEX3s). Not in "2010-11-05" (an ISO date), nor in a bare "2015-32" with no word
 * before it (a range sits in a clause: a preposition, a determiner or a possessive before it).
 */
export function yearRangeEndAt(tokens: readonly DateToken[], i: number): number | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'number' || t.text.length !== 2 || !t.glued || !/^\d\d$/.test(t.text)) return null;
  const join = tokens[i - 1];
  if (join === undefined || !RANGE_JOINS.has(join.text) || !join.glued) return null;
  const first = yearAt(tokens, i - 2);
  if (!first || tokens[i - 3]?.kind !== 'word') return null;
  const next = tokens[i + 1];
  if (next !== undefined && next.glued && (RANGE_JOINS.has(next.text) || next.kind === 'number')) return null;
  const century = first.year - (first.year % 100);
  let year = century + Number(t.text);
  if (year <= first.year) year += 100;
  if (year - first.year > MAX_SPAN_ACROSS_CENTURY && year - century >= 100) return null;
  return year;
}

export const yearRangeEnd: DateRule = {
  name: 'year-range-end',
  match(tokens, i) {
    const year = yearRangeEndAt(tokens, i);
    return year === null ? null : yearMatch(i, i + 1, year);
  },
};
