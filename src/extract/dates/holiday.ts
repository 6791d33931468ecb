/**
 * Named holidays: "Christmas", "New Year's Day", "Thanksgiving Day", "Election Day",
 * "last Thanksgiving". The year comes from the reference date and the clause, like a month.
 */
import { FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS } from '../../lexicon/dates.js';
import { byFirstWord, isCapitalized, lowerAt } from './pieces.js';
import type { DateRule, DateToken, Lean } from './types.js';

/** Holiday names as word lists; "new year's day" is read as new / year / 's / day. */
function nameAt(tokens: readonly DateToken[], i: number, name: string): number {
  let k = i;
  for (const word of name.split(' ')) {
    if (word.endsWith("'s")) {
      if (lowerAt(tokens, k) !== word.slice(0, -2)) return -1;
      k++;
      const t = lowerAt(tokens, k);
      if (t === "'s" || t === '’s') k++;
      else if ((t === "'" || t === '’') && lowerAt(tokens, k + 1) === 's') k += 2;
      else if (t === "'" || t === '’') k++; // presidents'
      else return -1;
      continue;
    }
    if (lowerAt(tokens, k) !== word) return -1;
    k++;
  }
  return k;
}

/** The holiday tables as lists, built once (the rule is tried at every capitalized first word of a holiday name). */
const FIXED_NAMES = Object.entries(FIXED_HOLIDAYS);
const WEEKDAY_NAMES = Object.entries(WEEKDAY_HOLIDAYS);

export const holidayName: DateRule = {
  name: 'holiday',
  match(tokens, i) {
    if (!isCapitalized(tokens[i])) return null;
    const first = tokens[i]!.lower;
    if (!byFirstWord(FIXED_HOLIDAYS).has(first) && !byFirstWord(WEEKDAY_HOLIDAYS).has(first)) return null;
    let best: { end: number; anchor: ReturnType<typeof anchorOf> } | null = null;
    for (const [name, day] of FIXED_NAMES) {
      const end = nameAt(tokens, i, name);
      if (end > 0 && (!best || end > best.end)) best = { end, anchor: anchorOf(tokens, i, { month: day.month, day: day.day }) };
    }
    for (const [name, rule] of WEEKDAY_NAMES) {
      const end = nameAt(tokens, i, name);
      if (end > 0 && (!best || end > best.end)) {
        best = { end, anchor: anchorOf(tokens, i, { month: rule.month, nth: { n: rule.n, weekday: rule.weekday, plusDays: rule.plusDays ?? 0 } }) };
      }
    }
    if (!best) return null;
    // "Christmas" alone may be a name ("Christmas Island" is capitalized after it)
    if (isCapitalized(tokens[best.end]) && tokens[best.end]!.kind === 'word') return null;
    const before = lowerAt(tokens, i - 1);
    const start = before === 'last' || before === 'next' || before === 'this' ? i - 1 : i;
    return { start, end: best.end, type: 'DATE', anchor: best.anchor };
  },
};

function anchorOf(tokens: readonly DateToken[], i: number, day: { month: number; day?: number; nth?: { n: number; weekday: number; plusDays: number } }) {
  const before = lowerAt(tokens, i - 1);
  const lean: Lean = before === 'last' ? 'past' : before === 'next' ? 'future' : 'tense';
  return {
    kind: 'month' as const, month: day.month, lean,
    ...(day.day !== undefined ? { day: day.day } : {}),
    ...(day.nth ? { nth: day.nth } : {}),
    ...(before === 'this' ? { yearShift: 0 } : {}),
  };
}
