/**
 * The name a role phrase is attached to, read from the capitalized tokens next to it. This is not
 * people detection (that is the people extractor's job): it only says where the role's person
 * stands, so the resolver can attach the role to the person mention found there.
 */
import { wordLower, type Token } from '../../doc/tokenize.js';
import { MONTH_OF } from '../../lexicon/dates.js';
import {
  cannotOpenName,
  isCapitalized,
  isGivenName,
  isHonorific,
  isListedHead,
  isListedHonorific,
  isNameParticle,
  isNameWord,
  isClosedClassWord,
  isNotNameWord,
  isRoleWord,
  isWeekday,
  isWord,
  hasPossessiveAfter,
} from './words.js';

export interface NameRun {
  /** First token of the name and one past its last token. */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  /** The name's last token carries a possessive ("Greenspan's"). */
  possessive: boolean;
}

const MAX_NAME_TOKENS = 6;

/** An initial: one capital letter followed by a dot token ("W" "."). */
function isInitialAt(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  return isCapitalized(t) && t.text.length === 1 && i + 1 < end && tokens[i + 1]!.text === '.';
}

/**
 * Token `i` is an honorific: "Mr", "Sir"; also one that narrows titles too but heads none ("Lord
 * Rennard", not "Lord Chancellor"; "Secretary", a head, stays a title) when the word after it is no
 * title word.
 */
function isHonorificAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  if (!isListedHonorific(w)) return false;
  if (!isRoleWord(w)) return true;
  const next = tokens[i + 1];
  return !isListedHead(w) && isCapitalized(next) && !isRoleWord(next.lower);
}

/**
 * The first token of a name may be a month's name when it is also a given name followed by another
 * name word: "Jan Bolz", "April Ashley", not "Jan 12".
 */
function opensName(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  if (!cannotOpenName(t)) return true;
  const next = tokens[first + 1];
  return first < last && isCapitalized(next) && MONTH_OF.has(t.lower) && isGivenName(t.lower) && !cannotOpenName(next);
}

/** Skip an honorific ("Mr", "Dr.", "Sir") at token `i`; returns the index after it. */
export function skipHonorific(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i];
  // "Dean Jones": an honorific that is also a given name opens the name.
  if (!isCapitalized(t) || !isHonorificAt(tokens, i) || (isGivenName(t.lower) && isCapitalized(tokens[i + 1]))) return i;
  let j = i + 1;
  if (j < end && tokens[j]!.text === '.' && tokens[j]!.start === t.end) j++;
  return j;
}

/** The name that begins at token `i` (after an optional honorific), within tokens `[i, end)`. */
export function nameAfter(tokens: readonly Token[], i: number, end: number): NameRun | null {
  const first = skipHonorific(tokens, i, end);
  const opener = tokens[first];
  if (first >= end || !isCapitalized(opener) || !opensName(tokens, first, first + 1)) return null;
  let j = first;
  let last = first;
  while (j < end && j - first < MAX_NAME_TOKENS) {
    const t = tokens[j]!;
    if (isInitialAt(tokens, j, end)) {
      last = j + 1;
      j += 2;
      continue;
    }
    if (isNameWord(t)) {
      if (j - first >= 2 && isWeekday(t.lower)) break; // "Aner Shalev Wednesday", but "Mike Friday"
      if (isNotNameWord(t.lower)) return null;
      last = j;
      j++;
      if (hasPossessiveAfter(tokens, last)) break;
      continue;
    }
    // A lower-case particle inside a name: "Osama bin Laden", "Ludwig van Beethoven".
    if (isNameParticle(wordLower(t)) && isCapitalized(tokens[j + 1]) && j + 1 < end) {
      j++;
      continue;
    }
    break;
  }
  return run(tokens, first, last + 1);
}

/** The name that ends at token `j` (inclusive), looking back no further than token `start`. */
export function nameBefore(tokens: readonly Token[], j: number, start: number): NameRun | null {
  const lastToken = tokens[j];
  if (j < start || !isNameWord(lastToken)) return null;
  let first = j;
  let k = j - 1;
  while (k >= start && j - k < MAX_NAME_TOKENS) {
    const t = tokens[k]!;
    if (t.text === '.' && k > start && isInitialAt(tokens, k - 1, j + 1)) {
      first = k - 1;
      k -= 2;
      continue;
    }
    if (isNameWord(t) && !isHonorific(t.lower) && !isClosedClassWord(t.lower) && !isRoleWord(t.lower) && !hasPossessiveAfter(tokens, k)) {
      first = k;
      k--;
      continue;
    }
    if (isWord(t) && isNameParticle(t.lower) && k > start && isCapitalized(tokens[k - 1])) {
      k--;
      continue;
    }
    break;
  }
  if (!opensName(tokens, first, j)) return null;
  for (let m = first; m <= j; m++) {
    if (isNameWord(tokens[m]) && isNotNameWord(tokens[m]!.lower)) return null;
  }
  return run(tokens, first, j + 1);
}

function run(tokens: readonly Token[], firstToken: number, endToken: number): NameRun {
  return {
    firstToken,
    endToken,
    start: tokens[firstToken]!.start,
    end: tokens[endToken - 1]!.end,
    possessive: hasPossessiveAfter(tokens, endToken - 1),
  };
}
