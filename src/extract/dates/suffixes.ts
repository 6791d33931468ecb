/**
 * Post-modifiers shared by all date rules: "[1994 or later]" ON_OR_AFTER, "[1990 and beyond]"
 * ON_OR_AFTER, "[the next two years or so]" APPROX, "[two years or more]" EQUAL_OR_MORE. They
 * become part of the span and give the TIMEX3 `mod` when the rule gave none (TempEval-3 dev: the
 * phrase is inside the timex in 5 of 7). "and later" is none: "a movie in 1967 and later a soap".
 */
import { SUFFIX_MODS } from '../../lexicon/dates.js';
import { longestPhrase } from './pieces.js';
import type { DateToken } from './types.js';

export interface Suffix {
  /** Token index after the suffix. */
  end: number;
  mod: string;
}

/**
 * The post-modifier at token i, or null. None when it leads on to another bound: "2018 or before
 * 2000", "less than 2 hours or more than 4 days", "or later than 2020" ("1994 or 1995" never matches).
 */
export function suffixAt(tokens: readonly DateToken[], i: number): Suffix | null {
  const phrase = longestPhrase(tokens, i, SUFFIX_MODS);
  if (!phrase) return null;
  const next = tokens[phrase.end];
  if (next && (next.kind === 'number' || next.lower === 'than')) return null;
  return { end: phrase.end, mod: phrase.value };
}
