/**
 * Recurring times (TIMEX3 SET): "every week", "each year", "every other day", "daily", "annually",
 * "every night" (`XXXX-XX-XXTNI`), and frequencies "twice a week", "three times a year", "once a
 * month" (the period is the value: P1W; TIMEX3's freq="2X" has no field in our output).
 */
import { MONTH_OF, PART_OF_DAY_OF, SEASONS, SET_ADVERBS, UNIT_OF, WEEKDAY_OF } from '../../lexicon/dates.js';
import { capitalizedInside, countAt, lowerAt } from './pieces.js';
import type { DateRule, DateToken, RuleMatch } from './types.js';
import { durationValue } from './duration.js';

function set(start: number, end: number, value: string): RuleMatch {
  return { start, end, type: 'SET', anchor: { kind: 'fixed', value } };
}

export const everyUnit: DateRule = {
  name: 'every-unit',
  match(tokens, i) {
    const w = tokens[i]!.lower;
    if (w !== 'every' && w !== 'each') return null;
    let k = i + 1;
    let n = 1;
    if (lowerAt(tokens, k) === 'other') {
      n = 2;
      k++;
    }
    const word = lowerAt(tokens, k);
    const unit = UNIT_OF.get(word);
    if (unit && !word.endsWith('s')) return set(i, k + 1, durationValue(n, unit));
    const weekday = WEEKDAY_OF.get(word);
    if (weekday !== undefined && word.endsWith('day')) return set(i, k + 1, `XXXX-WXX-${weekday}`);
    const month = MONTH_OF.get(word);
    if (month !== undefined && word.length > 3) return set(i, k + 1, `XXXX-${String(month).padStart(2, '0')}`);
    const season = SEASONS[word];
    if (season) return set(i, k + 1, `XXXX-${season}`);
    // "every night", "each morning": that part of every day
    const part = PART_OF_DAY_OF.get(word);
    if (part && word !== 'overnight') return set(i, k + 1, `XXXX-XX-XXT${part}`);
    return null;
  },
};

/** Words after "daily"/"quarterly" that keep it an adverb; any other word makes it an adjective ("quarterly dividend"). */
const ADVERB_FOLLOWERS = new Set(['and', 'or', 'but', 'to', 'in', 'at', 'for', 'from', 'since', 'through', 'until', 'by', 'on', 'with', 'as', 'of', 'basis']);

/** Frequency words that stay times when used as adjectives ("his daily life", "weekly radio address"). */
const PERIODIC_ADJECTIVES = new Set(['daily', 'weekly', 'hourly', 'nightly']);

/**
 * A frequency word that is part of a name, not a time: capitalized inside a sentence ("The Daily
 * Telegraph", "China Daily", "The Weekly Standard"), or at a sentence start before another
 * capitalized word ("Daily Mail editors said"). BBC corpus: every capitalized "Daily" is a paper's
 * name. A lower-case "daily" before a name stays a time: TempEval-3 dev annotates "the Communist
 * Party daily Granma" in 3 of 5.
 */
function inName(tokens: readonly DateToken[], i: number): boolean {
  if (!tokens[i]!.cap) return false;
  if (capitalizedInside(tokens, i)) return true;
  const next = tokens[i + 1];
  // "Daily Monday to Friday": a date follows, the word is still a frequency
  return next !== undefined && next.kind === 'word' && next.cap && WEEKDAY_OF.get(next.lower) === undefined && MONTH_OF.get(next.lower) === undefined;
}

export const frequencyAdverb: DateRule = {
  name: 'frequency-adverb',
  match(tokens, i) {
    const value = SET_ADVERBS[tokens[i]!.lower];
    if (!value) return null;
    const word = tokens[i]!.lower;
    const before = lowerAt(tokens, i - 1);
    if (before === 'average') return null;
    if (inName(tokens, i)) return null;
    // "daily life", "a daily rally" are times too; "quarterly dividend", "annually" after an amount are not
    if (!PERIODIC_ADJECTIVES.has(word)) {
      const next = tokens[i + 1];
      if (next && next.kind === 'word' && !ADVERB_FOLLOWERS.has(next.lower)) return null;
      if (before === 'its' || before === 'the' || before === 'initial') return null;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (tokens[k]!.kind === 'number' || tokens[k]!.text === '%') return null;
    }
    return set(i, i + 1, value);
  },
};

/** Words that count occurrences before "a <unit>": "twice a week", "three times a year". */
const ONCE_WORDS: ReadonlySet<string> = new Set(['once', 'twice', 'thrice']);

/** "twice a week", "three times a year", "once a month", "several times a day": a SET of the unit. */
export const timesPerUnit: DateRule = {
  name: 'times-per-unit',
  match(tokens, i) {
    let k = i + 1;
    if (!ONCE_WORDS.has(tokens[i]!.lower)) {
      const c = countAt(tokens, i);
      if (!c || c.article || lowerAt(tokens, c.end) !== 'times') return null;
      k = c.end + 1;
    }
    const per = lowerAt(tokens, k);
    if (per !== 'a' && per !== 'an' && per !== 'per' && per !== 'each' && per !== 'every') return null;
    const word = lowerAt(tokens, k + 1);
    const unit = UNIT_OF.get(word);
    if (!unit || word.endsWith('s') && unit !== 'weekend') return null;
    return set(i, k + 2, durationValue(1, unit));
  },
};
