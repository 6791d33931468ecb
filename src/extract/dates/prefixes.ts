/**
 * Pre-modifiers shared by all date rules. They become part of the span and give the TIMEX3 `mod`:
 * position ("early 1990" START, "mid-1996" MID, "the end of 1990" END) for dates, and hedges
 * ("nearly two years" EQUAL_OR_LESS, "more than a decade") for amounts of time.
 */
import { APPROX_MODS, POSITION_MODS, POSITION_OF_PHRASES } from '../../lexicon/dates.js';
import { longestPhrase, lowerAt } from './pieces.js';
import type { DateToken } from './types.js';

export interface Prefix {
  kind: 'position' | 'hedge';
  /** Token index after the prefix, where the date itself starts. */
  end: number;
  mod: string;
}

export function prefixAt(tokens: readonly DateToken[], i: number): Prefix | null {
  const of = longestPhrase(tokens, i, POSITION_OF_PHRASES);
  if (of) return { kind: 'position', end: of.end, mod: of.value };
  let k = i;
  if (lowerAt(tokens, k) === 'the') k++;
  const word = lowerAt(tokens, k);
  const mod = POSITION_MODS[word];
  if (mod) {
    if ((word === 'earlier' || word === 'later' || word === 'middle') && k > i) return null;
    let end = k + 1;
    if (tokens[end]?.text === '-' && tokens[end]!.inWord) end++;
    return { kind: 'position', end, mod };
  }
  if (k > i) return null;
  const hedge = longestPhrase(tokens, i, APPROX_MODS);
  if (hedge) return { kind: 'hedge', end: hedge.end, mod: hedge.value };
  return null;
}
