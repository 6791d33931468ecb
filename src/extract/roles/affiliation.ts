/**
 * The affiliation of a role phrase: a country adjective ("Turkish" → Turkey), a possessive
 * ("BA's", "Syria's"), a capitalized organization or place before the title ("Federal Reserve
 * chairman", "UK Chancellor"), or an "of/at" phrase after it ("chief executive of Acme Corp").
 */
import type { Token } from '../../doc/tokenize.js';
import { canonicalCountry } from '../../lexicon/countries.js';
import {
  demonymCountry,
  isCapitalized,
  isCalendarWord,
  isCommonWord,
  isModifier,
  isNoun,
  isGivenName,
  isNotNameWord,
  isClosedClassWord,
  isHead,
  isHonorific,
  isRoleWord,
  isTimePrefix,
  isWord,
  isPossessiveAt,
  isPossessiveMarker,
} from './words.js';

export interface Affiliation {
  firstToken: number;
  endToken: number;
  /** The country for a demonym, else the words as written (without a possessive ending). */
  value: string;
  /** Written with "ex-" glued to its first word ("ex-UKIP MEP", "Ex-Welsh Office Minister"): the prefix belongs to the title. */
  exPrefix?: boolean;
}

/** "ex-" glued to a capitalized word: "ex-UKIP", "Ex-Welsh". */
const EX_GLUED = /^[eE]x-(?=\p{Lu})/u;

/** "Welsh Institute for Health and Social Care" */
const MAX_AFFILIATION_TOKENS = 8;
/** Lower-case words allowed inside an organization's name: "Bank of America", "Marks & Spencer". */
const INNER_ORG_WORDS = new Set(['of', '&', 'and', 'for', 'the']);
/** Read backwards, only these join an organization's words ("and" would join two names: "Lebed and Chechen"). */
const INNER_ORG_WORDS_BEFORE = new Set(['of', '&']);

/**
 * A capitalized word that can be part of an organization or place name ("Federal Reserve": a verb
 * form capitalized mid-sentence is a name; "But", "The" are not).
 */
function isOrgWord(t: Token | undefined): boolean {
  if (!isCapitalized(t)) return false;
  // Acronyms are names even when they spell a word: "US", "IT".
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return true;
  const w = t.lower;
  // "Edinburgh-based", "Belfast-born", "Oscar-winning" describe, they do not affiliate.
  if (/-(?:based|born|bred|led|backed|owned|run|winning|nominated)$/.test(w)) return false;
  return !isClosedClassWord(w) && !isTimePrefix(w) && !isCalendarWord(w);
}

/**
 * A number right after a capitalized word, inside a name: "BBC Radio 1 DJ", "Fahrenheit 9/11
 * director", "Channel 4 presenter". Never the first word of the name.
 */
function isNumberInName(tokens: readonly Token[], k: number, start: number): boolean {
  return numberRunStart(tokens, k, start) >= 0;
}

/**
 * The first token of a number written inside a name that ends at token `k` ("1", "9/11": digits
 * and glued slashes), after a capitalized word and a space; -1 when there is none.
 */
function numberRunStart(tokens: readonly Token[], k: number, start: number): number {
  let f = k;
  if (tokens[f]?.kind !== 'number' || !/^\d+$/.test(tokens[f]!.text)) return -1;
  while (f - 2 >= start && tokens[f - 1]!.text === '/' && tokens[f - 1]!.end === tokens[f]!.start && tokens[f - 2]!.kind === 'number' && tokens[f - 2]!.end === tokens[f - 1]!.start) f -= 2;
  return f - 1 >= start && isOrgWord(tokens[f - 1]) && tokens[f - 1]!.end < tokens[f]!.start ? f : -1;
}

/**
 * "and" at token `k` joins two parts of one name when the word before it is a common word
 * ("Economy and Labour Minister", "Oil and Natural Gas Corporation"), not a surname or an
 * organization that ends there ("Alexander Lebed and Chechen …", "Disney Corporation and Saudi …").
 */
function joinsCommonWords(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!isWord(tokens[k]) || tokens[k]!.text !== 'and' || !isCapitalized(before)) return false;
  const w = before.lower;
  return (isCommonWord(w) || isModifier(w)) && !isNotNameWord(w) && !isGivenName(w);
}

/** A demonym ending at token `j`: "Syrian", "South Korean". */
function demonymEndingAt(tokens: readonly Token[], j: number, start: number): Affiliation | null {
  const t = tokens[j];
  if (!isCapitalized(t)) return null;
  const two = j - 1 >= start && isCapitalized(tokens[j - 1]) ? `${tokens[j - 1]!.lower} ${t.lower}` : undefined;
  const twoCountry = two !== undefined ? demonymCountry(two) : undefined;
  if (twoCountry !== undefined) return { firstToken: j - 1, endToken: j + 1, value: twoCountry };
  const country = demonymCountry(t.lower);
  return country !== undefined ? { firstToken: j, endToken: j + 1, value: country } : null;
}

/**
 * The affiliation that ends at token `j` (inclusive), right before a title, looking back no further
 * than token `start`.
 */
export function affiliationBefore(tokens: readonly Token[], j: number, start: number): Affiliation | null {
  // "Syria's foreign minister", "BA's chief executive", "Rangers' boss": the possessive ending is part of the phrase.
  const possessive = j > start && isPossessiveAt(tokens, j);
  const last = possessive ? j - 1 : j;
  if (last >= start && !possessive && EX_GLUED.test(tokens[last]!.text)) return exPrefixed(tokens, last, j + 1, last + 1);
  if (last < start || !(isOrgWord(tokens[last]) || isNumberInName(tokens, last, start))) return null;
  const demonym = possessive ? null : demonymEndingAt(tokens, last, start);
  if (demonym !== null && !(demonym.firstToken - 1 >= start && isOrgWord(tokens[demonym.firstToken - 1]))) {
    return demonym;
  }
  // A capitalized run: "Federal Reserve", "Liberal Democrat", "Bank of America", "BBC Radio 1".
  let first = isOrgWord(tokens[last]) ? last : numberRunStart(tokens, last, start);
  let k = first - 1;
  while (k >= start && last - k < MAX_AFFILIATION_TOKENS) {
    const t = tokens[k]!;
    if (isOrgWord(t)) {
      first = k;
      k--;
      continue;
    }
    const numberStart = numberRunStart(tokens, k, start);
    if (numberStart >= 0) {
      first = numberStart;
      k = numberStart - 1;
      continue;
    }
    if (isWord(t) && (INNER_ORG_WORDS_BEFORE.has(t.text) || joinsCommonWords(tokens, k)) && k > start && isOrgWord(tokens[k - 1])) {
      k--;
      continue;
    }
    break;
  }
  // "Defending champion", "Recalled fly-half": a participle opening the sentence is no name.
  // ("United States envoy" is a country, though).
  if (first === start && /(?:ing|ed)$/.test(tokens[first]!.text) && !isNoun(tokens[first]!.lower) &&
    canonicalCountry(joinTokens(tokens, first, last + 1)) === undefined) first++;
  if (first > last) return null;
  if (possessive) first = afterOwnersTitle(tokens, first, last);
  if (!possessive && first - 1 >= start && EX_GLUED.test(tokens[first - 1]!.text)) return exPrefixed(tokens, first - 1, j + 1, last + 1);
  if (!possessive && EX_GLUED.test(tokens[first]!.text)) return exPrefixed(tokens, first, j + 1, last + 1);
  return { firstToken: first, endToken: j + 1, value: valueOf(tokens, first, last + 1) };
}

/** The affiliation of tokens `[first, valueEnd)` whose first word carries a glued "ex-", without it. */
function exPrefixed(tokens: readonly Token[], first: number, endToken: number, valueEnd: number): Affiliation {
  const text = joinTokens(tokens, first, valueEnd).replace(EX_GLUED, '');
  return { firstToken: first, endToken, value: demonymCountry(text.toLowerCase()) ?? canonicalCountry(text) ?? text, exPrefix: true };
}

/**
 * "Senator John Kerry's spokeswoman": the owner is the person, not "Senator John Kerry" (the
 * title belongs to a role of its own). Returns the first token after a leading title that ends in a
 * head and is followed by words that are no title words; `first` when there is none.
 */
function afterOwnersTitle(tokens: readonly Token[], first: number, last: number): number {
  let head = -1;
  for (let k = first; k < last && isRoleWord(tokens[k]!.lower); k++) {
    if (isHead(tokens[k]!.lower)) head = k;
  }
  if (head < 0) return first;
  for (let k = head + 1; k <= last; k++) if (isRoleWord(tokens[k]!.lower)) return first;
  return head + 1;
}

/** The affiliation that starts at token `i` and runs forward (a demonym or a capitalized run), within `[i, end)`. */
export function affiliationAfter(tokens: readonly Token[], from: number, end: number): Affiliation | null {
  const i = afterHonorific(tokens, from, end);
  if (i >= end || !isOrgWord(tokens[i])) return null;
  let last = i;
  let k = i;
  let endToken = i + 1;
  while (k < end && k - i < MAX_AFFILIATION_TOKENS) {
    const t = tokens[k]!;
    if (isOrgWord(t)) {
      last = k;
      endToken = k + 1;
      k++;
      continue;
    }
    // "MIT's Media Labs" goes on; "BA's chief executive" stops after the possessive.
    if (isPossessiveMarker(t)) {
      if (k + 1 < end && isOrgWord(tokens[k + 1])) {
        k++;
        continue;
      }
      endToken = k + 1;
      break;
    }
    if (isWord(t) && INNER_ORG_WORDS.has(t.text) && isOrgWord(tokens[k + 1]) && k + 1 < end) {
      k++;
      continue;
    }
    break;
  }
  if (last === i) {
    const demonym = demonymEndingAt(tokens, i, i);
    if (demonym !== null) return { ...demonym, endToken };
  }
  return { firstToken: from, endToken, value: valueOf(tokens, i, last + 1) };
}

/**
 * "a spokesman for Mrs. Clinton", "an aide to Mr Blair": the honorific (and its dot) opening the
 * owner's name is part of the phrase but not of the affiliation, which is the person's name.
 */
function afterHonorific(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i];
  if (!isCapitalized(t) || !isHonorific(t.lower)) return i;
  let k = i + 1;
  if (tokens[k]?.text === '.' && tokens[k]!.start === t.end) k++;
  return k < end && isCapitalized(tokens[k]) ? k : i;
}

/**
 * Words as written from token `first` to `end`, without a trailing possessive; a demonym maps to
 * its country, and every spelling of a country to its one form ("U.S.", "United States" → "US").
 */
function valueOf(tokens: readonly Token[], first: number, end: number): string {
  const text = joinTokens(tokens, first, end);
  return demonymCountry(text.toLowerCase()) ?? canonicalCountry(text) ?? text;
}

function joinTokens(tokens: readonly Token[], first: number, end: number): string {
  let out = '';
  for (let k = first; k < end; k++) out += (k > first ? spaceBefore(tokens, k) : '') + tokens[k]!.text;
  return out;
}

function spaceBefore(tokens: readonly Token[], k: number): string {
  return k > 0 && tokens[k - 1]!.end < tokens[k]!.start ? ' ' : '';
}
