/** Small token readers shared by the date rules (the "named pieces" the rules are built from). */
import {
  ARTICLES_ONE, MONTH_OF, NUMBER_WORDS, ORDINAL_OF, UNIT_OF, VAGUE_COUNTS, WEEKDAY_OF, type Unit,
} from '../../lexicon/dates.js';
import { asMap } from '../../lexicon/table.js';
import type { DateToken } from './types.js';

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

/**
 * Token i, or undefined past either end. Readers look one token beyond a match; the bounds check
 * keeps V8 from deoptimizing them on a read past the array ("out of bounds").
 */
export function tokenAt(tokens: readonly DateToken[], i: number): DateToken | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

export function lowerAt(tokens: readonly DateToken[], i: number): string {
  return tokenAt(tokens, i)?.lower ?? '';
}

export function isCapitalized(token: DateToken | undefined): boolean {
  return token !== undefined && token.cap;
}

/**
 * Token i is capitalized inside a sentence, right after a word or a number ("Radio 4's Today
 * programme", "China Daily", "All Right Now"): part of a name or a title, not the start of a
 * sentence or of a quotation. A word in capitals throughout is a headline's ("RESULTS TODAY"), not a name's.
 */
export function capitalizedInside(tokens: readonly DateToken[], i: number): boolean {
  const t = tokenAt(tokens, i);
  const before = tokenAt(tokens, i - 1);
  return t !== undefined && t.cap && t.text !== t.text.toUpperCase() && before !== undefined && (before.kind === 'word' || before.kind === 'number');
}

/** `words` (space-separated) match the tokens from i; returns the index after them, or -1. */
const SPLIT_PHRASES = new Map<string, readonly string[]>();

export function phraseAt(tokens: readonly DateToken[], i: number, words: string): number {
  let split = SPLIT_PHRASES.get(words);
  if (!split) SPLIT_PHRASES.set(words, (split = words.split(' ')));
  if (tokenAt(tokens, i)?.lower !== split[0]) return -1;
  let k = i;
  for (const w of split) {
    if (lowerAt(tokens, k) !== w) return -1;
    k++;
  }
  return k;
}

/**
 * The longest phrase of `table` (keys may hold spaces) starting at i. Only the keys whose first two
 * words are there are tried ("the end of" is not tried at "the company"); two keys that both match
 * are one longer than the other, so the order they are tried in does not matter.
 */
export function longestPhrase<T>(tokens: readonly DateToken[], i: number, table: Readonly<Record<string, T>>): { end: number; key: string; value: T } | null {
  const entry = byFirstTwoWords(table).get(lowerAt(tokens, i));
  if (!entry) return null;
  let best: { end: number; key: string; value: T } | null = null;
  for (const keys of [entry.oneWord, entry.bySecond.get(lowerAt(tokens, i + 1))]) {
    if (!keys) continue;
    for (const key of keys) {
      const end = phraseAt(tokens, i, key);
      if (end > 0 && (!best || end > best.end)) best = { end, key, value: table[key]! };
    }
  }
  return best;
}

interface PhrasesByStart {
  /** Keys of one word. */
  oneWord: string[];
  /** Longer keys by their second word. */
  bySecond: Map<string, string[]>;
}

const FIRST_TWO_WORDS_INDEX = new WeakMap<object, Map<string, PhrasesByStart>>();

/** The keys of a phrase table by their first word, then by their second (built once per table). */
function byFirstTwoWords(table: Readonly<Record<string, unknown>>): Map<string, PhrasesByStart> {
  let index = FIRST_TWO_WORDS_INDEX.get(table);
  if (!index) {
    index = new Map();
    for (const [first, keys] of byFirstWord(table)) {
      const entry: PhrasesByStart = { oneWord: [], bySecond: new Map() };
      for (const key of keys) {
        const second = key.split(' ')[1];
        if (second === undefined) entry.oneWord.push(key);
        else entry.bySecond.set(second, [...(entry.bySecond.get(second) ?? []), key]);
      }
      index.set(first, entry);
    }
    FIRST_TWO_WORDS_INDEX.set(table, index);
  }
  return index;
}

const FIRST_WORD_INDEX = new WeakMap<object, Map<string, string[]>>();

/** The keys of a phrase table grouped by their first word (built once per table). */
export function byFirstWord(table: Readonly<Record<string, unknown>>): Map<string, string[]> {
  let index = FIRST_WORD_INDEX.get(table);
  if (!index) {
    index = new Map();
    for (const key of Object.keys(table)) {
      const first = key.split(' ')[0]!;
      const list = index.get(first) ?? [];
      list.push(key);
      index.set(first, list);
    }
    FIRST_WORD_INDEX.set(table, index);
  }
  return index;
}

/** Skip an abbreviation dot right after token i-1 ("Nov."). */
export function skipDot(tokens: readonly DateToken[], i: number): number {
  const t = tokenAt(tokens, i);
  return t?.text === '.' && t.glued ? i + 1 : i;
}

export function monthAt(tokens: readonly DateToken[], i: number): { month: number; end: number; full: boolean } | null {
  const t = tokenAt(tokens, i);
  // the capital test first: it is a field read, and turns down most words before the table lookup
  if (!t || t.kind !== 'word' || !t.cap) return null;
  const month = MONTH_OF.get(t.lower);
  if (month === undefined) return null;
  const full = t.lower.length > 4 || t.lower === 'may' || t.lower === 'june' || t.lower === 'july';
  return { month, end: full ? i + 1 : skipDot(tokens, i + 1), full };
}

export function weekdayAt(tokens: readonly DateToken[], i: number): { weekday: number; end: number; full: boolean } | null {
  const t = tokenAt(tokens, i);
  if (!t || t.kind !== 'word' || !t.cap) return null; // capital first, as in monthAt
  const weekday = WEEKDAY_OF.get(t.lower);
  if (weekday === undefined) return null;
  const full = t.lower.endsWith('day');
  return { weekday, end: full ? i + 1 : skipDot(tokens, i + 1), full };
}

const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;

/** A day of the month: "13", "13th", "thirteenth" (1..31). */
export function dayAt(tokens: readonly DateToken[], i: number): { day: number; end: number } | null {
  const t = tokenAt(tokens, i);
  if (!t) return null;
  // the pattern only for a leading digit: most tokens are words, read from ORDINAL_OF alone
  const c = t.lower.charCodeAt(0);
  const m = c >= 48 && c <= 57 ? DAY_NUMBER.exec(t.lower) : null;
  let day = m ? Number(m[1]) : ORDINAL_OF.get(t.lower);
  if (day === undefined || day < 1 || day > 31) return null;
  return { day, end: i + 1 };
}

/** A four-digit year 1000..2199 written as digits. */
export function yearAt(tokens: readonly DateToken[], i: number): { year: number; end: number } | null {
  const t = tokenAt(tokens, i);
  if (!t || t.kind !== 'number' || !/^\d{4}$/.test(t.text)) return null;
  const year = Number(t.text);
  if (year < 1000 || year > 2199) return null;
  return { year, end: i + 1 };
}

/** "nineteen ninety-six" → 1996. */
export function spokenYear(tokens: readonly DateToken[], i: number): { year: number; end: number } | null {
  const hi = NUMBER_OF.get(lowerAt(tokens, i));
  if (hi === undefined || hi < 10 || hi > 20) return null;
  const lo = countAt(tokens, i + 1);
  if (!lo || typeof lo.n !== 'number' || lo.n < 10 || lo.n > 99 || lo.article) return null;
  return { year: hi * 100 + lo.n, end: lo.end };
}

/** The year of a calendar date: digits ("1997"), or words of the last three centuries ("January nineteen ninety-seven", broadcast transcripts). */
export function calendarYearAt(tokens: readonly DateToken[], i: number): { year: number; end: number } | null {
  const digits = yearAt(tokens, i);
  if (digits) return digits;
  const spoken = spokenYear(tokens, i);
  return spoken && spoken.year >= 1800 ? spoken : null;
}

/** NUMBER_WORDS as a Map: countAt reads it for the word after every "a" and every number word (see `asMap`). */
const NUMBER_OF: ReadonlyMap<string, number> = asMap(NUMBER_WORDS);

/** An amount: digits ("10", "2.5"), number words ("twenty four", "twenty-four"), "a"/"an", "(a) couple of". X when vague. */
export function countAt(tokens: readonly DateToken[], i: number): { n: number | 'X'; end: number; article: boolean } | null {
  const t = tokenAt(tokens, i);
  if (!t) return null;
  if (t.kind === 'number') {
    if (!/^\d+(?:\.\d+)?$/.test(t.text)) return null;
    return { n: Number(t.text), end: i + 1, article: false };
  }
  if (ARTICLES_ONE.has(t.lower)) {
    // "a hundred years", "one thousand years"
    const scale = NUMBER_OF.get(lowerAt(tokens, i + 1));
    if (scale === 100 || scale === 1000) return { n: scale, end: i + 2, article: false };
    if (t.lower !== 'one' && phraseAt(tokens, i + 1, 'couple of') > 0) return { n: 2, end: i + 3, article: false };
    if (t.lower !== 'one' && lowerAt(tokens, i + 1) === 'few') return { n: 'X', end: i + 2, article: false };
    return { n: 1, end: i + 1, article: t.lower !== 'one' };
  }
  if (VAGUE_COUNTS.has(t.lower)) return { n: 'X', end: i + 1, article: false };
  // "the next couple of years", "the past couple of weeks"
  if (t.lower === 'couple' && lowerAt(tokens, i + 1) === 'of') return { n: 2, end: i + 2, article: false };
  let n = NUMBER_OF.get(t.lower);
  if (n === undefined) return null;
  let end = i + 1;
  // "twenty four", "twenty-four", "two hundred", "two thousand"
  for (;;) {
    let k = end;
    if (tokens[k]?.text === '-' && tokens[k]!.inWord) k++;
    const next = NUMBER_OF.get(lowerAt(tokens, k));
    if (next === undefined) break;
    if (next === 100 || next === 1000) n *= next;
    else if (n >= 20 && n % 10 === 0 && next < 10) n += next;
    else break;
    end = k + 1;
  }
  return { n, end, article: false };
}

export function unitAt(tokens: readonly DateToken[], i: number): Unit | undefined {
  const t = tokenAt(tokens, i);
  return t && t.kind === 'word' ? UNIT_OF.get(t.lower) : undefined;
}

/** True when token i starts a new word (not the inner piece of a hyphenated word). */
export function startsWord(tokens: readonly DateToken[], i: number): boolean {
  return !tokenAt(tokens, i)?.inWord;
}

/** True when the match can end before token `end` (the word is not cut in two). */
export function endsWord(tokens: readonly DateToken[], end: number): boolean {
  return !tokens[end]?.inWord;
}

/** The index after a possessive "'s" at k (one token "'s", or "'" + "s"), or -1. */
export function afterPossessive(tokens: readonly DateToken[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  if (t.lower === "'s" || t.lower === '’s') return k + 1;
  if ((t.text === "'" || t.text === '’') && lowerAt(tokens, k + 1) === 's') return k + 2;
  return -1;
}
