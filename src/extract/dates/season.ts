/**
 * Seasons named with "the": "the summer", "over the winter", "the early summer" (with the shared
 * position prefix), "the winter of 1994", "the spring of nineteen ninety-four". A bare "summer"
 * needs a position word ("early summer"); "fall" needs "this"/"last"/"next" (relative.ts), since
 * "the fall of the wall" is no season. The year comes from the clause's tense, like a month.
 */
import { NUMBER_WORDS, SEASONS } from '../../lexicon/dates.js';
import { countAt, isCapitalized, lowerAt, pad4, yearAt } from './pieces.js';
import type { DateRule, DateToken } from './types.js';

/** Words right before a bare season that make it one ("early summer", "mid-winter"). */
const POSITION_BEFORE = new Set(['early', 'late', 'mid', '-', 'middle']);

/** "of 1994", "of nineteen ninety-four" after a season. */
function yearOf(tokens: readonly DateToken[], i: number): { year: number; end: number } | null {
  if (lowerAt(tokens, i) !== 'of') return null;
  const y = yearAt(tokens, i + 1);
  if (y) return y;
  const hi = NUMBER_WORDS[lowerAt(tokens, i + 1)];
  const lo = countAt(tokens, i + 2);
  if (hi === undefined || hi < 10 || hi > 20 || !lo || typeof lo.n !== 'number' || lo.n < 10 || lo.n > 99 || lo.article) return null;
  return { year: hi * 100 + lo.n, end: lo.end };
}

export const seasonName: DateRule = {
  name: 'season',
  match(tokens, i) {
    const the = tokens[i]!.lower === 'the';
    const k = the ? i + 1 : i;
    const word = lowerAt(tokens, k);
    const season = SEASONS[word];
    if (!season || word === 'fall') return null;
    if (!the && !POSITION_BEFORE.has(lowerAt(tokens, i - 1))) return null;
    // "the Summer Olympics", "the spring collection" is left alone only when capitalized
    const next = tokens[k + 1];
    if (next && next.kind === 'word' && isCapitalized(next) && lowerAt(tokens, k + 1) !== 'of') return null;
    const y = yearOf(tokens, k + 1);
    if (y) return { start: i, end: y.end, type: 'DATE', anchor: { kind: 'fixed', value: `${pad4(y.year)}-${season}` } };
    return { start: i, end: k + 1, type: 'DATE', anchor: { kind: 'season', season, lean: 'tense' } };
  },
};
