/**
 * Weekdays: "Wednesday", "last Friday", "next Monday", "this coming Sunday", "the previous Friday",
 * "Saturday night" and "Friday morning" (the day, as TimeBank writes them), "Friday evening" (TIME).
 * Plural weekdays ("on Mondays") are a SET. A possessive weekday ("Friday's close", "Wednesday's
 * ruling") is the most recent one, today included.
 * "Tuesday nights" (and "Monday" in "Monday and Tuesday nights") is a SET.
 */
import { PART_OF_DAY_OF, WEEKDAY_PLURALS, dict } from '../../lexicon/dates.js';
import { afterPossessive, isCapitalized, lowerAt, weekdayAt } from './pieces.js';
import type { DateRule, Lean } from './types.js';

/**
 * Words before a weekday that place it. "previous" and "following" count from the day the
 * narrative is at (TimeML anchors a relative date to the reference time of the text, the last day
 * it named), not from the reference date: "London shares closed lower Friday ... down 4.5% from the
 * previous Friday" is a week before that Friday (TempEval-3 wsj_0586).
 */
const BEFORE: Readonly<Record<string, { lean: Lean; weeks?: number; fromContext?: boolean }>> = dict({
  last: { lean: 'past' }, past: { lean: 'past' }, previous: { lean: 'past', fromContext: true }, next: { lean: 'future', weeks: 1 },
  coming: { lean: 'future' }, this: { lean: 'tense' }, following: { lean: 'future', fromContext: true },
});

/** Capitalized nouns that make a weekday part of a name ("Sunday Times", "Monday Night Football"). */
const NAME_NOUNS_AFTER_WEEKDAY = new Set(['times', 'telegraph', 'express', 'mirror', 'post', 'herald', 'mail', 'independent', 'tribune', 'star', 'observer', 'people', 'sport', 'night', 'morning', 'bloody']);

/**
 * Parts of the day that TimeBank folds into the weekday's date: "Friday night" and "Friday morning"
 * are the day (TempEval-3 dev: night 10 day-only to 6 TNI and 2 TEV, over 8 files to 7; morning 5
 * to 3), while "Friday evening" keeps TEV (4 of 4). The part stays in the span.
 */
const PARTS_AS_DAY = new Set(['NI', 'MO']);

/** A plural part of the day right after the weekday ("nights", own), or after "and <weekday>" (shared). */
function pluralPartAfter(tokens: Parameters<DateRule['match']>[0], k: number): { part: string; own: boolean } | null {
  const w = lowerAt(tokens, k);
  const own = w.endsWith('s') ? PART_OF_DAY_OF.get(w.slice(0, -1)) : undefined;
  if (own) return { part: own, own: true };
  if ((w === 'and' || w === 'or') && weekdayAt(tokens, k + 1)?.full) {
    const after = lowerAt(tokens, k + 2);
    const shared = after.endsWith('s') ? PART_OF_DAY_OF.get(after.slice(0, -1)) : undefined;
    if (shared) return { part: shared, own: false };
  }
  return null;
}

/** Where a weekday's span starts with the words before it that place it: "this coming <Sunday>", "last <Friday>". */
export function weekdayStart(tokens: Parameters<DateRule['match']>[0], i: number): number {
  if (!BEFORE[lowerAt(tokens, i - 1)]) return i;
  const two = lowerAt(tokens, i - 2);
  return two === 'this' || two === 'the' ? i - 2 : i - 1;
}

export const weekdayName: DateRule = {
  name: 'weekday-name',
  match(tokens, i) {
    const w = weekdayAt(tokens, i);
    if (!w || !w.full) return null;
    // "the Sunday Times", "Sunday Telegraph": a newspaper's name
    if (NAME_NOUNS_AFTER_WEEKDAY.has(lowerAt(tokens, w.end)) && isCapitalized(tokens[w.end])) return null;
    let start = i;
    let lean: Lean = 'tense';
    let weeks: number | undefined;
    let fromContext = false;
    const before = BEFORE[lowerAt(tokens, i - 1)];
    if (before) {
      start = weekdayStart(tokens, i);
      lean = before.lean;
      weeks = before.weeks;
      fromContext = before.fromContext === true;
    }
    // "Tuesday nights", "Monday and Tuesday nights": every such night, a SET
    const plural = pluralPartAfter(tokens, w.end);
    if (plural && lean === 'tense') {
      const own = plural.own ? w.end + 1 : w.end;
      return { start, end: own, type: 'SET', anchor: { kind: 'fixed', value: `XXXX-WXX-${w.weekday}T${plural.part}` } };
    }
    const day = { kind: 'weekday', weekday: w.weekday, lean, ...(weeks ? { weeks } : {}), ...(fromContext ? { fromContext } : {}) } as const;
    const part = PART_OF_DAY_OF.get(lowerAt(tokens, w.end));
    if (part && PARTS_AS_DAY.has(part)) return { start, end: w.end + 1, type: 'DATE', anchor: day };
    if (part) return { start, end: w.end + 1, type: 'TIME', anchor: { ...day, time: `T${part}` } };
    // "Friday's trading", "Wednesday's ruling": a possessive weekday names a day already reported
    const recent = lean === 'tense' && afterPossessive(tokens, w.end) > 0;
    return { start, end: w.end, type: 'DATE', anchor: { ...day, ...(recent ? { recent } : {}) } };
  },
};

export const weekdayPlural: DateRule = {
  name: 'weekday-plural',
  match(tokens, i) {
    const t = tokens[i]!;
    const weekday = WEEKDAY_PLURALS[t.lower];
    if (weekday === undefined || !isCapitalized(t)) return null;
    const part = PART_OF_DAY_OF.get(lowerAt(tokens, i + 1));
    const end = part ? i + 2 : i + 1;
    return { start: i, end, type: 'SET', anchor: { kind: 'fixed', value: `XXXX-WXX-${weekday}${part ? `T${part}` : ''}` } };
  },
};
