/**
 * Reading a role phrase, `[time prefix] [affiliation] [time prefix] [modifier…] head [complement]`,
 * backwards from the word before a name ("Turkish Defense Minister | Yasar Guler") or forwards
 * from the word after a comma ("Rod Eddington, | BA's chief executive,").
 */
import { withText, wordLower, type Token } from '../../doc/tokenize.js';
import { canonicalCountry } from '../../lexicon/countries.js';
import { isPlaceName, townTier } from '../../lexicon/places.js';
import { affiliationAfter, affiliationBefore, type Affiliation } from './affiliation.js';
import type { WordSet } from './types.js';
import {
  COMPOUNDS,
  isCapitalized,
  isCounterpart,
  isComplementWord,
  isFreeModifier,
  isAbbreviatedHeadAt,
  isCapitalizedOnlyHead,
  isLowerCase,
  isHead,
  isPossessiveMarker,
  isRoleWord,
  isTimePrefix,
  takesPortfolio,
  isNotNameWord,
  isGivenName,
  isClosedClassWord,
  demonymCountry,
  isCommonWord,
  isInstitution,
  isPluralNoun,
  isVerbFormOfHead,
  isVerbWord,
  isModifier,
  isOrganizationNoun,
  isDistance,
  isWord,
} from './words.js';

export interface TitlePhrase {
  /** The whole phrase, affiliation included: tokens `[firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
  /** The title as written, time prefix kept, affiliation left out: "former President", "Defense Minister". */
  title: string;
  affiliation: string | null;
  /** The head is "counterpart": the title is the other party's. */
  counterpart: boolean;
  /**
   * Tokens `[firstToken, endToken)` of the possessive that owns a title with no affiliation of its
   * own: "its" in "its chairman", "the company" in "the company's chairman"; null when none.
   */
  possessor: TokenRange | null;
}

export interface TokenRange {
  firstToken: number;
  endToken: number;
}

/** Possessive determiners that refer to an organization named elsewhere: "its chairman". */
const ORGANIZATION_POSSESSIVES: ReadonlySet<string> = new Set(['its']);

/**
 * The possessive that starts at token `k` and owns the title after it, within tokens `[k, end)`:
 * "its" ("its founder"), or "the" + an organization noun + "'s" ("the company's chairman", "the
 * club's manager"). Gives its tokens (without the "'s") and the token after it, where the title starts.
 */
function possessorAt(tokens: readonly Token[], k: number, end: number): { range: TokenRange; after: number } | null {
  const t = tokens[k];
  if (k < end && isWord(t) && ORGANIZATION_POSSESSIVES.has(t.lower)) return { range: { firstToken: k, endToken: k + 1 }, after: k + 1 };
  if (k + 2 < end && isPossessiveMarker(tokens[k + 2]) && isOrganizationPossessor(tokens, k)) return { range: { firstToken: k, endToken: k + 2 }, after: k + 3 };
  return null;
}

/** The possessive right before token `first` that owns the title starting there, no further back than token `start`. */
function possessorBefore(tokens: readonly Token[], first: number, start: number): TokenRange | null {
  for (const k of [first - 1, first - 3]) {
    const owned = k >= start ? possessorAt(tokens, k, first) : null;
    if (owned !== null && owned.after === first) return owned.range;
  }
  return null;
}

/** Tokens `k`, `k + 1` are "the" + an organization noun ("the company", "the firm"). */
function isOrganizationPossessor(tokens: readonly Token[], k: number): boolean {
  const the = tokens[k];
  const noun = tokens[k + 1];
  return isWord(the) && the.lower === 'the' && isLowerCase(noun) && isOrganizationNoun(noun.lower);
}

/**
 * The token as if the text wrote it in lower case ("Aviation" opening a sentence), for the checks
 * that read a lower-case word; made with `withText`, so every token keeps the tokenizer's shape.
 */
function lowerCased(t: Token): Token {
  return withText(t, t.lower);
}

/** At most this many unlisted lower-case words narrow a head ("aviation analyst", "currency strategy"). */
const MAX_FREE_MODIFIERS = 2;
const MAX_COMPLEMENT_WORDS = 3;
/** A title is never longer than this many tokens ("Shadow Secretary of State for the Family"). */
const MAX_TITLE_TOKENS = 8;
/** "player of the year", "manager of the month": titles of awards. */
const AWARD_PERIODS = new Set(['year', 'season', 'month', 'decade', 'century', 'match', 'tournament', 'series']);

/** Determiners an appositive or predicate title may open with ("the foreign minister", "its lawyer"). */
export const TITLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** Compound titles indexed by their last and by their first word, longest first. */
const COMPOUNDS_BY_LAST = indexBy((words) => words[words.length - 1]!);
const COMPOUNDS_BY_FIRST = indexBy((words) => words[0]!);

function indexBy(key: (words: readonly string[]) => string): Map<string, (readonly string[])[]> {
  const index = new Map<string, (readonly string[])[]>();
  for (const words of COMPOUNDS) {
    const list = index.get(key(words)) ?? [];
    list.push(words);
    index.set(key(words), list);
  }
  return index;
}

function matchesAt(tokens: readonly Token[], first: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) {
    const t = tokens[first + n];
    if (!isWord(t) || t.lower !== words[n]) return false;
  }
  return true;
}

/** Length of a compound title ending at token `j` ("Secretary of State"), or 0. */
function compoundEndingAt(tokens: readonly Token[], j: number, start: number): number {
  const t = tokens[j];
  const candidates = isWord(t) ? COMPOUNDS_BY_LAST.get(t.lower) : undefined;
  for (const words of candidates ?? []) {
    const first = j - words.length + 1;
    if (first >= start && matchesAt(tokens, first, words)) return words.length;
  }
  return 0;
}

/** Length of a compound title starting at token `i`, or 0. */
function compoundStartingAt(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i];
  const candidates = isWord(t) ? COMPOUNDS_BY_FIRST.get(t.lower) : undefined;
  for (const words of candidates ?? []) {
    if (i + words.length <= end && matchesAt(tokens, i, words)) return words.length;
  }
  return 0;
}

function isHeadToken(t: Token | undefined, tokens?: readonly Token[], i?: number): boolean {
  if (!isWord(t)) return false;
  if (tokens !== undefined && i !== undefined && isAbbreviatedHeadAt(tokens, i)) return true;
  const w = t.lower;
  return isHead(w) && (isCapitalized(t) || !isCapitalizedOnlyHead(w));
}

/** A title word that names whom the title belongs to: a country adjective, an institution ("Treasury", "Army"). */
function opensAffiliation(word: string): boolean {
  return demonymCountry(word) !== undefined || isInstitution(word);
}

function isTitleWordToken(t: Token | undefined): boolean {
  return isWord(t) && isRoleWord(t.lower);
}

/** Token `i` is a capitalized word that may start or continue a name (not a title word, demonym or function word). */
function continuesName(tokens: readonly Token[], i: number, start: number): boolean {
  const t = tokens[i];
  if (i < start || !isCapitalized(t)) return false;
  const w = t.lower;
  return !isRoleWord(w) && demonymCountry(w) === undefined && !isClosedClassWord(w);
}

/** Text of tokens `[first, end)` as written. */
function textOf(text: string, tokens: readonly Token[], first: number, end: number): string {
  return text.slice(tokens[first]!.start, tokens[end - 1]!.end);
}

/** A lower-case plural noun compromise knows ("elections"), not a verb form: a noun adjunct before a head. */
function isPluralNounAdjunct(t: Token): boolean {
  if (!isLowerCase(t) || !/s$/.test(t.text) || t.text.length < 4) return false;
  const w = t.lower;
  return isPluralNoun(w) && !isVerbWord(w) && !isVerbFormOfHead(w);
}

/** Capitalized words a complement before a name may hold: "of Public Health", "for Europe". */
function isCapitalizedComplementWord(t: Token | undefined): boolean {
  if (!isCapitalized(t)) return false;
  const w = t.lower;
  return (isModifier(w) || isCommonWord(w)) && !isGivenName(w) && !isClosedClassWord(w);
}

/** Words that open a complement after a head: "spokeswoman for women", "Director of Public Health". */
const COMPLEMENT_JOINERS: ReadonlySet<string> = new Set(['of', 'for']);

/** One of tokens `j - 3` to `j - 1` (none before `start`) is "of" or "for". */
function hasComplementJoinerBefore(tokens: readonly Token[], j: number, start: number): boolean {
  for (let f = j - 1; f >= start && f >= j - 3; f--) if (isWord(tokens[f]) && COMPLEMENT_JOINERS.has(tokens[f]!.lower)) return true;
  return false;
}

/**
 * The "for"/"of" that opens a complement ending at token `j` right after a head, or -1: a lower-case
 * complement after "for" ("spokeswoman for women"), or capitalized portfolio words after "of" or
 * "for" ("Deputy Director of Public Health", "Minister for Europe").
 */
function complementStartBefore(tokens: readonly Token[], j: number, start: number): number {
  // Both readings below need "of" or "for" among the three tokens before `j`: a cheap test first.
  if (!hasComplementJoinerBefore(tokens, j, start)) return -1;
  let f = j;
  while (f > start && j - f < 3 && isComplementWord(tokens[f])) f--;
  const lowerJoiner = isWord(tokens[f]) ? tokens[f]!.lower : '';
  // "spokeswoman for women", "director of telecoms research"; after a comma, "X, chief of technology
  // giant Y" is an appositive with its organization, not a title before a name
  const ofAfterComma = lowerJoiner === 'of' && tokens[f - 2]?.text === ',';
  if (f < j && j - f <= (lowerJoiner === 'for' ? 2 : 3) && (lowerJoiner === 'for' || (lowerJoiner === 'of' && !ofAfterComma)) && isHeadToken(tokens[f - 1])) return f;
  f = j;
  while (f > start && j - f < 3 && isCapitalizedComplementWord(tokens[f])) f--;
  const joiner = isWord(tokens[f]) ? tokens[f]!.lower : '';
  if (f < j && (joiner === 'of' || joiner === 'for') && isHeadToken(tokens[f - 1]) && isCapitalized(tokens[f - 1])) return f;
  return -1;
}

/**
 * The role phrase whose last token is `j`, read backwards no further than token `start`.
 * `j` must be a head (or end a compound, or end a "for women" complement after a head).
 */
export function titleEndingAt(
  text: string,
  tokens: readonly Token[],
  j: number,
  start: number,
  seenLowerCase: WordSet = new Set(),
): TitlePhrase | null {
  const coreEnd = j + 1;
  let k = j;
  // "spokeswoman for women", "Director of Public Health": a short complement after the head.
  if (!isHeadToken(tokens[j], tokens, j) && compoundEndingAt(tokens, j, start) === 0) {
    const f = complementStartBefore(tokens, j, start);
    if (f < 0) return null;
    k = f - 1;
  }
  const compound = compoundEndingAt(tokens, k, start);
  let first = compound > 0 ? k - compound + 1 : k;
  if (compound === 0 && !isHeadToken(tokens[k], tokens, k)) return null;
  // "Dean Headley", "Australian captain Dean Jones": a capitalized head that is a given name opens a name.
  if (compound === 0 && isCapitalized(tokens[k]) && isGivenName(tokens[k]!.lower)) return null;
  const counterpart = isCounterpart(tokens[k]!.lower);
  // Modifiers and further heads before the head: "General Intelligence", "chief", "Trade and Industry".
  const headFirst = first;
  let free = 0;
  for (let m = first - 1; m >= start && k - m < MAX_TITLE_TOKENS; m--) {
    const t = tokens[m]!;
    const inner = compoundEndingAt(tokens, m, start);
    if (inner > 0) {
      first = m - inner + 1;
      m = first;
      continue;
    }
    if (isTitleWordToken(t)) {
      first = m;
      continue;
    }
    if (isWord(t) && t.text === 'and' && isCapitalized(tokens[m + 1]) && isCapitalized(tokens[m - 1]) && isTitleWordToken(tokens[m - 1])) {
      continue;
    }
    // Unlisted words narrow a lower-case title only: "aviation analyst", not "stop Chancellor";
    // a plural noun too, right before the head: "elections chief", "operations director".
    if (free < MAX_FREE_MODIFIERS && (isFreeModifier(t) || isDistance(t) || (m === headFirst - 1 && isPluralNounAdjunct(t))) && isLowerCase(tokens[m + 1])) {
      free++;
      first = m;
      continue;
    }
    // "Aviation analyst" opening a sentence: capitalized only because it comes first, as the
    // same word written in lower case elsewhere in the text shows.
    if (m === start && isCapitalized(t) && isFreeModifier(lowerCased(t)) && seenLowerCase.has(t.lower)) {
      first = m;
      continue;
    }
    break;
  }
  // A lone "and" cannot open the title.
  if (isWord(tokens[first]) && tokens[first]!.text === 'and') first++;
  // "European Justice Commissioner", "Treasury Under Secretary": a country adjective or an
  // institution opening a capitalized title is its affiliation, not part of it.
  if (first < k && isCapitalized(tokens[first]) && isCapitalized(tokens[first + 1]) && opensAffiliation(tokens[first]!.lower)) first++;
  // "UK Independence Party leader", "Metropolitan Police Commissioner": a capitalized organization
  // word that continues a capitalized name before it belongs to that name, not to the title.
  while (first < k && isCapitalized(tokens[first]) && isNotNameWord(tokens[first]!.lower) && continuesName(tokens, first - 1, start)) first++;
  // "James Dean Bradfield": a capitalized "title" right after a given name is part of a name.
  if (isCapitalized(tokens[first]) && first - 1 >= start && isCapitalized(tokens[first - 1]) && isGivenName(tokens[first - 1]!.lower)) return null;
  return withPrefixAndAffiliation(text, tokens, first, coreEnd, start, counterpart);
}

/** Words naming multi-sport Games, held in a host city: "Olympic", "Paralympic". */
const GAMES_WORDS: ReadonlySet<string> = new Set(['olympic', 'paralympic']);

function isGamesWord(t: Token | undefined): boolean {
  return isWord(t) && GAMES_WORDS.has(t.lower);
}

/** A place name that is no country ("Athens", not "Greece"). */
function isCityName(value: string): boolean {
  const key = value.toLowerCase();
  return canonicalCountry(value) === undefined && (isPlaceName(key) || townTier(key) === 2);
}

/** Add what stands before the title: a time prefix and an affiliation, in either order. */
function withPrefixAndAffiliation(
  text: string,
  tokens: readonly Token[],
  coreFirst: number,
  end: number,
  start: number,
  counterpart: boolean,
): TitlePhrase {
  let titleFirst = coreFirst;
  let phraseFirst = titleFirst;
  const prefixes: string[] = [];
  const takePrefix = (): void => {
    const t = tokens[phraseFirst - 1];
    if (phraseFirst - 1 >= start && isWord(t) && isTimePrefix(t.lower)) {
      prefixes.unshift(t.text);
      phraseFirst--;
    } else if (phraseFirst - 2 >= start && tokens[phraseFirst - 1]!.text === '-' && isWord(tokens[phraseFirst - 2]) && tokens[phraseFirst - 2]!.lower === 'ex') {
      prefixes.unshift('ex-');
      phraseFirst -= 2;
    }
  };
  takePrefix();
  const prefixAdjacent = prefixes.length > 0;
  let affiliation: Affiliation | null = affiliationBefore(tokens, phraseFirst - 1, start);
  // "Athens Olympic 100m silver medallist": the host city of the Games names the event, not whom the title belongs to
  if (affiliation !== null && prefixes.length === 0 && isGamesWord(tokens[titleFirst]) && isCityName(affiliation.value)) {
    titleFirst = affiliation.firstToken;
    phraseFirst = titleFirst;
    affiliation = null;
  }
  if (affiliation !== null) {
    phraseFirst = affiliation.firstToken;
    if (affiliation.exPrefix) prefixes.unshift('ex-');
    takePrefix();
  }
  const core = textOf(text, tokens, titleFirst, end);
  let title = core;
  if (prefixes.length > 0) {
    title = prefixAdjacent && prefixes.length === 1 ? textOf(text, tokens, titleFirst - 1, end) : `${prefixes.join(' ')} ${core}`;
    title = title.replace(/^ex- /, 'ex-');
  }
  const possessor = affiliation === null ? possessorBefore(tokens, phraseFirst, start) : null;
  return { firstToken: phraseFirst, endToken: end, title, affiliation: affiliation?.value ?? null, counterpart, possessor };
}

/**
 * The role phrase that starts at token `i` (an appositive: "the foreign minister", "BA's chief
 * executive", "head of currency strategy at Bank of America"), within tokens `[i, end)`.
 */
export function titleStartingAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  end: number,
  capitalizedOnlyToOpen?: (word: string) => boolean,
): TitlePhrase | null {
  let k = i;
  // "Motorcycle racer, Roy Tansley,": a word capitalized only because it opens the sentence (the
  // text writes it in lower case elsewhere, never capitalized inside a sentence) narrows the title
  // like any lower-case word; "Labour leader, Tony Blair," keeps its affiliation
  const openerIsFree = capitalizedOnlyToOpen !== undefined && isCapitalized(tokens[i]) && isFreeModifier(lowerCased(tokens[i]!)) &&
    capitalizedOnlyToOpen(tokens[i]!.lower);
  let possessor: TokenRange | null = null;
  if (k < end && isWord(tokens[k]) && TITLE_DETERMINERS.has(tokens[k]!.lower)) {
    // "its lawyer", "the company's chairman": the owner of the title is named elsewhere
    const owned = possessorAt(tokens, k, end);
    possessor = owned?.range ?? null;
    k = owned?.after ?? k + 1;
  }
  const prefixes: number[] = [];
  const takePrefix = (): void => {
    if (k < end && isWord(tokens[k]) && isTimePrefix(tokens[k]!.lower)) {
      prefixes.push(k);
      k++;
    }
  };
  takePrefix();
  // An affiliation before the title: "BA's", "Syrian", "Federal Reserve".
  let affiliation: Affiliation | null = null;
  if (isCapitalized(tokens[k]) && !isTitleWordToken(tokens[k]) && !(k === i && openerIsFree)) {
    const a = affiliationBeforeTitle(tokens, k, end);
    if (a !== null) {
      affiliation = a;
      k = a.endToken;
      takePrefix();
    }
  }
  // Title words, greedily; the title ends at its last head.
  const titleFirst = k;
  let lastHead = -1;
  let free = 0;
  while (k < end && k - titleFirst < MAX_TITLE_TOKENS) {
    const compound = compoundStartingAt(tokens, k, end);
    if (compound > 0) {
      k += compound;
      lastHead = k - 1;
      continue;
    }
    const t = tokens[k]!;
    if (isTitleWordToken(t)) {
      if (isPossessiveMarker(tokens[k + 1])) break;
      if (isHeadToken(t)) lastHead = k;
      k++;
      continue;
    }
    if (isWord(t) && t.text === 'and' && lastHead === k - 1 && isHeadToken(tokens[k + 1])) {
      k++;
      continue;
    }
    if (free < MAX_FREE_MODIFIERS && lastHead < 0 && (isFreeModifier(t) || isDistance(t) || (k === i && openerIsFree))) {
      free++;
      k++;
      continue;
    }
    break;
  }
  if (lastHead < titleFirst) return null;
  let titleEnd = lastHead + 1;
  const counterpart = isCounterpart(tokens[lastHead]!.lower);
  // Complements: "head of currency strategy", "Secretary of State for the Family", "chief executive of Acme Corp".
  let phraseEnd = titleEnd;
  const word = (n: number): string => (isWord(tokens[n]) ? tokens[n]!.lower : '');
  const complementFrom = word(titleEnd + 1) === 'the' ? titleEnd + 2 : titleEnd + 1;
  const describedOrg = word(titleEnd) === 'of' ? describedOrganization(tokens, complementFrom, end) : null;
  if (describedOrg !== null && affiliation === null) {
    // "chief of technology giant Hewlett Packard": the words before the name describe the organization.
    affiliation = describedOrg;
    phraseEnd = describedOrg.endToken;
  } else if ((word(titleEnd) === 'of' || word(titleEnd) === 'for') && complementFrom < end && isComplementWord(tokens[complementFrom])) {
    let m = complementFrom;
    while (m < end && m - complementFrom < MAX_COMPLEMENT_WORDS) {
      // "of sales and marketing"
      if (isComplementOrModifier(tokens[m]) || (m > complementFrom && word(m) === 'and' && isComplementOrModifier(tokens[m + 1]))) m++;
      else break;
    }
    titleEnd = m;
    phraseEnd = m;
  } else if (word(titleEnd) === 'for' && titleEnd + 1 < end && takesPortfolio(word(titleEnd - 1))) {
    let m = titleEnd + 1;
    if (word(m) === 'the') m++;
    const portfolio = affiliationAfter(tokens, m, end);
    if (portfolio !== null) {
      titleEnd = portfolio.endToken;
      phraseEnd = titleEnd;
    }
  }
  // "Welsh secretary of the British Medical Association": the organization is the affiliation and
  // the country adjective stays in the title.
  let coreFirst = titleFirst;
  const demonymOnly = affiliation !== null && prefixes.length === 0 && isDemonymPhrase(tokens, affiliation);
  if (['of', 'at', 'for'].includes(word(phraseEnd)) && phraseEnd + 1 < end && (affiliation === null || demonymOnly)) {
    let m = phraseEnd + 1;
    if (word(m) === 'the') m++;
    const org = affiliationAfter(tokens, m, end);
    if (org !== null) {
      if (affiliation !== null) coreFirst = affiliation.firstToken;
      affiliation = org;
      phraseEnd = org.endToken;
    }
  }
  // "player of the year", "manager of the month": an award, not a post
  if (word(lastHead + 1) === 'of' && word(lastHead + 2) === 'the' && AWARD_PERIODS.has(word(lastHead + 3))) return null;
  const core = textOf(text, tokens, coreFirst, titleEnd);
  const prefixText = prefixes.map((p) => tokens[p]!.text);
  const title = prefixes.length === 1 && prefixes[0] === titleFirst - 1 ? textOf(text, tokens, titleFirst - 1, titleEnd) : [...prefixText, core].join(' ');
  const phraseFirst = possessor !== null ? possessor.endToken + (isPossessiveMarker(tokens[possessor.endToken]) ? 1 : 0) : isWord(tokens[i]) && TITLE_DETERMINERS.has(tokens[i]!.lower) ? i + 1 : i;
  return { firstToken: phraseFirst, endToken: phraseEnd, title, affiliation: affiliation?.value ?? null, counterpart, possessor: affiliation === null ? possessor : null };
}

/**
 * The affiliation opening an appositive title at token `k`: "BA's", "Syrian", "Federal Reserve"; a
 * capitalized run that swallows the title is cut before it ("UK | Home Secretary").
 */
function affiliationBeforeTitle(tokens: readonly Token[], k: number, end: number): Affiliation | null {
  const a = affiliationAfter(tokens, k, end);
  if (a === null) return null;
  if (a.endToken < end && isTitleWordOrFree(tokens[a.endToken])) return a;
  for (let cut = k + 1; cut < a.endToken; cut++) {
    if (!isTitleWordToken(tokens[cut]) || !isCapitalized(tokens[cut])) continue;
    // "Dickie Betts and Elvis | Bishop" is a list of names, not an affiliation and a title
    for (let m = k; m < cut; m++) if (isGivenName(tokens[m]!.lower) || tokens[m]!.lower === 'and') return null;
    const shorter = affiliationAfter(tokens, k, cut);
    return shorter !== null && shorter.endToken === cut ? shorter : null;
  }
  return null;
}

/** A complement word, or a listed modifier compromise calls a gerund ("of sales and marketing"). */
function isComplementOrModifier(t: Token | undefined): boolean {
  return isComplementWord(t) || (isLowerCase(t) && isModifier(wordLower(t)));
}

/** Up to two lower-case words describing an organization, then its name: "technology giant Hewlett Packard". */
function describedOrganization(tokens: readonly Token[], i: number, end: number): Affiliation | null {
  let m = i;
  while (m < end && m - i < 2 && isComplementWord(tokens[m]) && !isHeadToken(tokens[m])) m++;
  if (m === i || !isCapitalized(tokens[m])) return null;
  return affiliationAfter(tokens, m, end);
}

/** The affiliation is a country adjective as written ("Welsh", "South Korean"). */
function isDemonymPhrase(tokens: readonly Token[], a: Affiliation): boolean {
  const words = tokens.slice(a.firstToken, a.endToken).map((t) => t.lower).join(' ');
  return demonymCountry(words) !== undefined;
}

function isTitleWordOrFree(t: Token | undefined): boolean {
  return isTitleWordToken(t) || (t !== undefined && isFreeModifier(t)) || (isWord(t) && isTimePrefix(t.lower));
}
