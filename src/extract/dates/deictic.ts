/**
 * Words that are temporal expressions by themselves: "now", "today", "yesterday", "recently",
 * "currently", "soon", "tonight"; "right now", "these days", "the past", "the future", "the near
 * future", "a later date"; and "current"/"recent"/"future" used as adjectives before a noun ("recent gains").
 */
import { A_REF_PHRASES, DEICTIC_ADJECTIVES, DEICTIC_WORDS, GENERIC_PRESENT_NOUNS, THE_REF_PHRASES, UNIT_OF } from '../../lexicon/dates.js';
import { lexiconTags } from '../../nlp/compromise.js';
import { afterPossessive, capitalizedInside, countAt, longestPhrase, lowerAt } from './pieces.js';
import { markerOf } from './tense.js';
import type { DateRule, DateToken } from './types.js';

export const deicticWord: DateRule = {
  name: 'deictic-word',
  match(tokens, i) {
    const t = tokens[i]!;
    const entry = DEICTIC_WORDS[t.lower];
    if (!entry) return null;
    // "Soon-Yi" is a name: a match may not end inside a hyphenated word (checked by the runner)
    const start = i;
    // "Radio 4's Today programme", "All Right Now", "The Tomorrow People": a title
    if (capitalizedInside(tokens, i)) return null;
    // "as soon as", "soon after": a conjunction, not a time
    if (t.lower === 'soon' && (lowerAt(tokens, i - 1) === 'as' || lowerAt(tokens, i + 1) === 'after')) return null;
    if (t.lower === 'soon' && soonInPastNarrative(tokens, i)) return null;
    if (t.lower === 'today' && genericToday(tokens, i)) return null;
    if ('value' in entry) return { start, end: i + 1, type: entry.type, anchor: { kind: 'fixed', value: entry.value } };
    return {
      start, end: i + 1, type: entry.type,
      anchor: { kind: 'shift', unit: 'day', by: entry.shiftDays, ...(entry.part ? { time: `T${entry.part}` } : {}) },
    };
  },
};

/**
 * "today's youth", "in today's world", "today's young voters": "today" meaning nowadays, no day of
 * the text. TempEval-3 dev leaves all three such uses unannotated (TimeBank "today's world",
 * "today's personal computers", AQUAINT "today's youth") and marks the day's events ("today's
 * editions"); the generic reading is told by a noun of a people or an era, one adjective allowed before it.
 */
function genericToday(tokens: readonly DateToken[], i: number): boolean {
  let k = afterPossessive(tokens, i + 1);
  if (k < 0) return false;
  if (!GENERIC_PRESENT_NOUNS.has(lowerAt(tokens, k)) && lexiconTags(lowerAt(tokens, k)).includes('Adjective')) k++;
  return GENERIC_PRESENT_NOUNS.has(lowerAt(tokens, k));
}

/** Auxiliaries before "soon" that put it in a past narrative ("was soon released"). */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had']);

/**
 * "The venue soon became legendary", "he was soon released": "soon" after a past event means
 * shortly after it, not a time ahead of the article (FUTURE_REF). TempEval-3 dev leaves both such
 * uses unannotated; its 4 annotated "soon" are all ahead ("will soon begin", "may soon seek").
 */
function soonInPastNarrative(tokens: readonly DateToken[], i: number): boolean {
  if (PAST_AUXILIARIES.has(lowerAt(tokens, i - 1))) return true;
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'word' && markerOf(next.lower) === 'past' && !PAST_AUXILIARIES.has(next.lower);
}

export const referencePhrase: DateRule = {
  name: 'reference-phrase',
  match(tokens, i) {
    const w = tokens[i]!.lower;
    if (w === 'these' && lowerAt(tokens, i + 1) === 'days') return { start: i, end: i + 2, type: 'DATE', anchor: { kind: 'fixed', value: 'PRESENT_REF' } };
    if (w === 'the') {
      const p = longestPhrase(tokens, i + 1, THE_REF_PHRASES);
      if (!p) return null;
      // "the past three years", "the past week" belong to other rules; "the present government" is not a time
      const next = tokens[p.end];
      if (next && (countAt(tokens, p.end) || UNIT_OF.get(next.lower) !== undefined || next.lower === 'few' || next.lower === 'several')) return null;
      if (p.key === 'present' && next && next.kind === 'word') return null;
      return { start: i, end: p.end, type: 'DATE', anchor: { kind: 'fixed', value: p.value } };
    }
    if (w === 'a') {
      // "at a later date"; "a later date than planned" is still a time ahead, "a later date of birth" no time
      const p = longestPhrase(tokens, i + 1, A_REF_PHRASES);
      if (!p || lowerAt(tokens, p.end) === 'of') return null;
      return { start: i, end: p.end, type: 'DATE', anchor: { kind: 'fixed', value: p.value } };
    }
    return null;
  },
};

/** Nouns after "current"/"recent"/"future" that make the adjective no time ("current account", "electric current"). */
const NOT_TEMPORAL_NOUNS = new Set(['account', 'accounts', 'affairs', 'events', 'event', 'generation', 'generations', 'flow', 'flows', 'leader']);

/** "current market conditions", "recent declines", "future losses": the adjective is a TIMEX3 by itself. */
export const deicticAdjective: DateRule = {
  name: 'deictic-adjective',
  match(tokens, i) {
    const t = tokens[i]!;
    const value = DEICTIC_ADJECTIVES[t.lower];
    if (!value || t.cap && i > 0) return null;
    const next = tokens[i + 1];
    if (!next || next.kind !== 'word' || next.cap || NOT_TEMPORAL_NOUNS.has(next.lower)) return null;
    if (UNIT_OF.get(next.lower) !== undefined) return null; // "recent years": an amount (duration.ts)
    return { start: i, end: i + 1, type: 'DATE', anchor: { kind: 'fixed', value } };
  },
};
