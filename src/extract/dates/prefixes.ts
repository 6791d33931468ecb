/**
 * Pre-modifiers shared by all date rules. They become part of the span and give the TIMEX3 `mod`:
 * position ("early 1990" START, "mid-1996" MID, "the end of 1990" END, "post-1959" AFTER) for dates, and hedges
 * ("nearly two years" EQUAL_OR_LESS, "more than a decade") for amounts of time.
 */
import { APPROX_MODS, HEDGES_OUTSIDE_SPAN, HYPHEN_POSITION_MODS, OVER_MEANS_MORE_AFTER, POSITION_MODS, POSITION_OF_PHRASES } from '../../lexicon/dates.js';
import { asMap } from '../../lexicon/table.js';
import { byFirstWord, longestPhrase, lowerAt } from './pieces.js';
import type { DateToken } from './types.js';

export interface Prefix {
  kind: 'position' | 'hedge';
  /** Token index after the prefix, where the date itself starts. */
  end: number;
  /** None for a hedge outside the span that says nothing ("developed over <four years>"). */
  mod?: string;
  /** A hedge that gives the mod but stays outside the span ("about <five hours>"). */
  outside?: boolean;
}

/**
 * The words a prefix can start with: "the", a position word, or the first word of a phrase of
 * POSITION_OF_PHRASES or APPROX_MODS. prefixAt is asked at every date start word; most are none.
 */
const PREFIX_FIRST_WORDS: ReadonlySet<string> = new Set([
  'the', ...Object.keys(POSITION_MODS), ...Object.keys(HYPHEN_POSITION_MODS), ...byFirstWord(POSITION_OF_PHRASES).keys(), ...byFirstWord(APPROX_MODS).keys(),
]);

/** POSITION_MODS and HYPHEN_POSITION_MODS as Maps (see `asMap`): read for every word a prefix can start with and for the word after every "the". */
const POSITION_MOD_OF: ReadonlyMap<string, string> = asMap(POSITION_MODS);
const HYPHEN_POSITION_MOD_OF: ReadonlyMap<string, string> = asMap(HYPHEN_POSITION_MODS);

export function prefixAt(tokens: readonly DateToken[], i: number): Prefix | null {
  if (!PREFIX_FIRST_WORDS.has(lowerAt(tokens, i))) return null;
  const of = longestPhrase(tokens, i, POSITION_OF_PHRASES);
  if (of) return { kind: 'position', end: of.end, mod: of.value };
  // "post-1959", "pre-Christmas": the prefix is part of the word; "the" before it goes with the noun ("the post-1959 politics")
  const hyphenMod = HYPHEN_POSITION_MOD_OF.get(lowerAt(tokens, i));
  if (hyphenMod) return tokens[i + 1]?.text === '-' && tokens[i + 1]!.inWord ? { kind: 'position', end: i + 2, mod: hyphenMod } : null;
  let k = i;
  if (lowerAt(tokens, k) === 'the') k++;
  const word = lowerAt(tokens, k);
  const mod = POSITION_MOD_OF.get(word);
  if (mod) {
    if ((word === 'earlier' || word === 'later' || word === 'middle') && k > i) return null;
    let end = k + 1;
    const hyphen = tokens[end]?.text === '-' && tokens[end]!.inWord;
    // "the late-November trip": written with a hyphen, "late-November" is an adjective and "the" goes
    // with its noun, as in "the two-year contract" ("mid-" always takes the hyphen: "the mid-1990s")
    if (hyphen && k > i && word !== 'mid') return null;
    if (hyphen) end++;
    return { kind: 'position', end, mod };
  }
  if (k > i) return null;
  const hedge = longestPhrase(tokens, i, APPROX_MODS);
  if (hedge) {
    const word = lowerAt(tokens, i);
    const outsideMod = hedge.end === i + 1 ? HEDGES_OUTSIDE_SPAN[word] : undefined;
    if (outsideMod === undefined) return { kind: 'hedge', end: hedge.end, mod: hedge.value };
    // "developed over four years" is during them; "for over 40 years" is more than them
    const during = word === 'over' && !OVER_MEANS_MORE_AFTER.has(lowerAt(tokens, i - 1));
    return { kind: 'hedge', end: hedge.end, ...(during ? {} : { mod: outsideMod }), outside: true };
  }
  return null;
}
