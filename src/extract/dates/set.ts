/**
 * Recurring times (TIMEX3 SET): "every week", "each year", "every other day", "daily", "annually",
 * "twice a year" is left out (a frequency, not a time).
 */
import { MONTHS, SEASONS, SET_ADVERBS, UNITS, WEEKDAYS } from '../../lexicon/dates.js';
import { lowerAt } from './pieces.js';
import type { DateRule, RuleMatch } from './types.js';
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
    const unit = UNITS[word];
    if (unit && !word.endsWith('s')) return set(i, k + 1, durationValue(n, unit));
    const weekday = WEEKDAYS[word];
    if (weekday !== undefined && word.endsWith('day')) return set(i, k + 1, `XXXX-WXX-${weekday}`);
    const month = MONTHS[word];
    if (month !== undefined && word.length > 3) return set(i, k + 1, `XXXX-${String(month).padStart(2, '0')}`);
    const season = SEASONS[word];
    if (season) return set(i, k + 1, `XXXX-${season}`);
    return null;
  },
};

/** Words after "daily"/"quarterly" that keep it an adverb; any other word makes it an adjective ("quarterly dividend"). */
const ADVERB_FOLLOWERS = new Set(['and', 'or', 'but', 'to', 'in', 'at', 'for', 'from', 'since', 'through', 'until', 'by', 'on', 'with', 'as', 'of', 'basis']);

/** Frequency words that stay times when used as adjectives ("his daily life", "weekly radio address"). */
const PERIODIC_ADJECTIVES = new Set(['daily', 'weekly', 'hourly', 'nightly']);

export const frequencyAdverb: DateRule = {
  name: 'frequency-adverb',
  match(tokens, i) {
    const value = SET_ADVERBS[tokens[i]!.lower];
    if (!value) return null;
    const word = tokens[i]!.lower;
    const before = lowerAt(tokens, i - 1);
    if (before === 'average') return null;
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
