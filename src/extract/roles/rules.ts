/**
 * The role rules, one named function per surface form. Each reads one sentence's tokens and
 * returns role mentions with the span of the name they belong to.
 *
 *   title-before-name   "Turkish Defense Minister Yasar Guler", "Labour leader Tony Blair",
 *                       "Federal Reserve chairman Mr Greenspan", "former President Bill Clinton"
 *   plural-title-before-names
 *                       "Disney directors Reveta Bowers, Stanley Gold and Raymond Watson": each name gets "director"
 *   name-comma-title    "Rod Eddington, BA's chief executive,", "X, 54, a lawyer", "Mr Blair, the prime minister."
 *   title-comma-name    "The Shadow Secretary of State for the Family, Theresa May, said"
 *   name-bracket-title  "G Bulloch (capt), G Kerr": a line-up's bracketed title
 *   name-was-appointed-title, name-became-title, name-as-title, name-is-title,
 *   name-succeeded-as-title, object-succeeded-as-title, object-appointed-as-title
 *                       "X was appointed chief executive", "X quit as home secretary", "appoint X as
 *                       manager": see ./predicates.ts
 *   counterpart-title   "his Syrian counterpart Murhaf Abu Qasra" (renamed from title-before-name in
 *                       ../roles.ts once the other party's title is copied)
 *   affiliation-from-coordination
 *                       "Syrian Foreign Minister X and General Intelligence Director Y": Y's role
 *                       (renamed from title-before-name in ./coordination.ts) takes X's affiliation
 */
import { affiliationAfter } from './affiliation.js';
import { nameAfter, nameBefore, type NameRun } from './name-run.js';
import { roleMention as mention } from './mention.js';
import type { RoleMention, RoleRule, SentenceView } from './types.js';
import { withText, type Token } from '../../doc/tokenize.js';

export type { RoleMention, RoleRule, SentenceView, WordSet } from './types.js';
import { findPredicateRoles } from './predicates.js';
import { TITLE_DETERMINERS, titleEndingAt, titleStartingAt, type TitlePhrase } from './title-phrase.js';
import { isAbbreviatedHeadAt, isCapitalized, isHead, isNotNameWord, isVerbWord, isWord } from './words.js';
import { singularsOf } from '../../util/text.js';

/** Words that may follow an appositive and close it: "X, the foreign minister, said". */
const APPOSITIVE_CLOSERS = new Set([',', '.', ';', ':', ')', '—', '–', '"', '”', "'", '’', '(']);
const CLOSING_WORDS = new Set(['said', 'says', 'told', 'added', 'who', 'warned', 'stressed', 'explained']);


/** The title phrase extended over the dot of its abbreviated head. */
function withDot(s: SentenceView, phrase: TitlePhrase): TitlePhrase {
  return { ...phrase, endToken: phrase.endToken + 1, title: `${phrase.title}.` };
}

/**
 * "of BNP Paribas" right after the name, or ", from the Welsh Institute for Health": the affiliation
 * of a title that had none. After "from" only an organization counts (a town says where one lives).
 */
function affiliationAfterName(s: SentenceView, name: NameRun): string | null {
  if (name.possessive) return null;
  let k = name.endToken;
  const comma = s.tokens[k]?.text === ',';
  if (comma) k++;
  const t = s.tokens[k];
  const joiner = isWord(t) ? t.lower : '';
  if (!(joiner === 'from' || (!comma && (joiner === 'of' || joiner === 'at')))) return null;
  k++;
  if (isWord(s.tokens[k]) && s.tokens[k]!.lower === 'the') k++;
  const org = affiliationAfter(s.tokens, k, s.end);
  if (org === null) return null;
  if (joiner === 'from' && !s.tokens.slice(org.firstToken, org.endToken).some((u) => isWord(u) && isNotNameWord(u.lower))) return null;
  return org.value;
}

/** Prepositions of a short complement an appositive may end with: "a campaigner for the UN on refugees". */
const COMPLEMENT_PREPOSITIONS = new Set(['on', 'for', 'in', 'of', 'at', 'with', 'from', 'since']);
const MAX_TRAILING_COMPLEMENT = 6;

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** A separator between a name and its appositive: a comma, or a dash written with spaces ("Bono - a campaigner -"). */
function isAppositionMark(s: SentenceView, c: number): boolean {
  const t = s.tokens[c]!;
  if (t.text === ',') return true;
  const before = s.tokens[c - 1];
  const after = s.tokens[c + 1];
  return DASHES.has(t.text) && before !== undefined && after !== undefined && before.end < t.start && t.end < after.start;
}

function isCloserAt(s: SentenceView, k: number): boolean {
  const t = s.tokens[k]!;
  return APPOSITIVE_CLOSERS.has(t.text) || (t.text === '-' && isAppositionMark(s, k));
}

/** Token `k` opens a short complement without a verb, and an appositive closer follows it. */
function closesAfterComplement(s: SentenceView, k: number): boolean {
  const t = s.tokens[k];
  if (!isWord(t) || !COMPLEMENT_PREPOSITIONS.has(t.lower)) return false;
  for (let m = k + 1; m < s.end && m - k <= MAX_TRAILING_COMPLEMENT; m++) {
    const u = s.tokens[m]!;
    if (u.kind === 'punct') return m > k + 1 && isCloserAt(s, m);
    if (isWord(u) && (CLOSING_WORDS.has(u.lower) || isVerbWord(u.lower))) return false;
  }
  return false;
}

/** Is token `k` a fine place for an appositive to end? */
function closesAppositive(s: SentenceView, k: number): boolean {
  if (k >= s.end) return true;
  const t = s.tokens[k]!;
  if (t.kind === 'punct') return isCloserAt(s, k);
  if (closesAfterComplement(s, k)) return true;
  if (isWord(t) && CLOSING_WORDS.has(t.lower)) return true;
  // "... at Bank of America in New York."
  if (isWord(t) && t.lower === 'in') {
    const place = affiliationAfter(s.tokens, k + 1, s.end);
    return place !== null && closesAppositive(s, place.endToken);
  }
  return false;
}

export const TITLE_BEFORE_NAME: RoleRule = {
  name: 'title-before-name',
  find(s) {
    const found: RoleMention[] = [];
    for (let j = s.start; j < s.end - 1; j++) {
      if (!isWord(s.tokens[j])) continue;
      // "Sen. John Kerry": the dot belongs to the title (asked only before a dot: this runs at every word).
      const abbreviated = s.tokens[j + 1]!.text === '.' && isAbbreviatedHeadAt(s.tokens, j);
      const nameFirst = abbreviated ? j + 2 : j + 1;
      // A name opens with a capitalized word (an honorific too): a cheap test before the costly readers.
      if (nameFirst >= s.end || !isCapitalized(s.tokens[nameFirst])) continue;
      const read = titleEndingAt(s.text, s.tokens, j, s.start, s.seenLowerCase);
      if (read === null) continue;
      const name = nameAfter(s.tokens, nameFirst, s.end);
      if (name === null) continue;
      const phrase = abbreviated ? withDot(s, read) : read;
      found.push(mention(s, phrase, name, this.name, phrase.affiliation ?? affiliationAfterName(s, name)));
      j = name.endToken - 1;
    }
    return found;
  },
};

/**
 * "Disney directors Reveta Bowers, Stanley Gold and Raymond Watson", "Labour MPs A and B",
 * "strikers Thierry Henry and Robert Pires": a plural title right before a list of names that ends
 * in "and" is the title of each, in the singular. Every name's role has the span of the one plural
 * phrase. Only a list: "directors John Smith" alone is no list, and "stars Joss Stone and others"
 * no list of names.
 */
export const PLURAL_TITLE_BEFORE_NAMES: RoleRule = {
  name: 'plural-title-before-names',
  find(s) {
    const found: RoleMention[] = [];
    for (let j = s.start; j < s.end - 3; j++) {
      // The list's first name opens with a capitalized word: a cheap test before the costly readers.
      if (!isCapitalized(s.tokens[j + 1])) continue;
      const singular = singularTokenAt(s, j);
      if (singular === null || readsAsVerb(s, j)) continue;
      const names = nameListAfter(s, j + 1);
      if (names === null) continue;
      const local = s.tokens.slice(s.start, j + 1);
      local[local.length - 1] = singular;
      const phrase = titleEndingAt(s.text, local, j - s.start, 0, s.seenLowerCase);
      if (phrase === null) continue;
      const title = phrase.title.slice(0, phrase.title.length - s.tokens[j]!.text.length) + singular.text;
      const shared: TitlePhrase = { ...phrase, firstToken: phrase.firstToken + s.start, endToken: phrase.endToken + s.start, title };
      for (const name of names) found.push(mention(s, shared, name, this.name));
      j = names[names.length - 1]!.endToken - 1;
    }
    return found;
  },
};

/** Words after which a plural-looking word is a verb: "the picture, which stars Naomi Watts and …". */
const VERB_SUBJECTS: ReadonlySet<string> = new Set(['which', 'that', 'who', 'it', 'he', 'she', 'also', 'still', 'now']);

function readsAsVerb(s: SentenceView, j: number): boolean {
  const before = s.tokens[j - 1];
  return j > s.start && isWord(before) && VERB_SUBJECTS.has(before.lower);
}

/** Token `j` as its singular title head, when it is a lower-case plural ("directors" → "director", "secretaries" → "secretary", "MPs" → "MP"). */
function singularTokenAt(s: SentenceView, j: number): Token | null {
  const t = s.tokens[j]!;
  // lower case, or capitalized only to open the sentence ("Ministers Jack Straw and Geoff Hoon")
  if (!isWord(t) || t.text.length < 3) return null;
  // an acronym's plural: "Labour MPs Tom Watson and Ian Gibson"
  if (/^[A-Z]{2,}s$/.test(t.text)) return withText(t, t.text.slice(0, -1));
  if (t.text.length < 4 || !/^[a-z][a-z-]*s$/.test(j === s.start ? t.lower : t.text)) return null;
  // the singular that is a title head: "actresses" → "actress", "secretaries" → "secretary"
  const singular = singularsOf(t.lower).find((w) => isHead(w));
  return singular === undefined ? null : withText(t, t.text[0] + singular.slice(1));
}

/** Names joined by commas and a last "and" from token `i`: "A, B and C", "A and B", "A, B, and C"; null if no such list. */
function nameListAfter(s: SentenceView, i: number): NameRun[] | null {
  const names: NameRun[] = [];
  let k = i;
  while (true) {
    const name = nameAfter(s.tokens, k, s.end);
    if (name === null || name.possessive) return null;
    names.push(name);
    let n = name.endToken;
    const comma = s.tokens[n]?.text === ',';
    if (comma) n++;
    const and = isWord(s.tokens[n]) && s.tokens[n]!.lower === 'and';
    if (and) {
      const last = nameAfter(s.tokens, n + 1, s.end);
      return last === null || last.possessive ? null : [...names, last];
    }
    if (!comma) return null;
    k = n;
  }
}

export const NAME_COMMA_TITLE: RoleRule = {
  name: 'name-comma-title',
  find(s) {
    const found: RoleMention[] = [];
    for (let c = s.start + 1; c < s.end - 1; c++) {
      if (!isAppositionMark(s, c)) continue;
      const name = nameBefore(s.tokens, c - 1, s.start);
      if (name === null || name.possessive) continue;
      let k = c + 1;
      // "X, 54, a lawyer"
      if (s.tokens[k]?.kind === 'number' && s.tokens[k + 1]?.text === ',') k += 2;
      const phrase = titleStartingAt(s.text, s.tokens, k, s.end);
      if (phrase === null || !closesAppositive(s, phrase.endToken)) continue;
      found.push(mention(s, phrase, name, this.name));
      c = phrase.endToken - 1;
    }
    return found;
  },
};

/** The text writes `word` (lower case) in lower case somewhere and never capitalizes it inside a sentence. */
function capitalizedOnlyToOpen(s: SentenceView, word: string): boolean {
  return s.seenLowerCase.has(word) && !s.capitalizedInside.has(word);
}

export const TITLE_COMMA_NAME: RoleRule = {
  name: 'title-comma-name',
  find(s) {
    const found: RoleMention[] = [];
    // The phrase ends at a comma before a name (a capitalized word): from the sentence's last such
    // comma on, no title is read (titleStartingAt is costly).
    const lastComma = lastCommaBeforeCapitalAt(s.tokens, s.start, s.end);
    for (let i = s.start; i < s.end - 2 && i < lastComma; i++) {
      const t = s.tokens[i]!;
      // The phrase opens the sentence or follows a verb or preposition: "said the foreign secretary, Jack Straw".
      const opens = i === s.start || (isWord(t) && TITLE_DETERMINERS.has(t.lower));
      if (!opens) continue;
      const phrase = titleStartingAt(s.text, s.tokens, i, s.end, i === s.start ? (w) => capitalizedOnlyToOpen(s, w) : undefined);
      if (phrase === null || s.tokens[phrase.endToken]?.text !== ',') continue;
      const name = nameAfter(s.tokens, phrase.endToken + 1, s.end);
      if (name === null || !closesAppositive(s, name.endToken) || isCapitalized(s.tokens[name.endToken])) continue;
      found.push(mention(s, phrase, name, this.name));
      i = name.endToken - 1;
    }
    return found;
  },
};

/** Index of the last ',' token of tokens `[start, end)` with a capitalized word after it inside the sentence, or -1. */
function lastCommaBeforeCapitalAt(tokens: readonly Token[], start: number, end: number): number {
  for (let k = end - 2; k >= start; k--) if (tokens[k]!.text === ',' && isCapitalized(tokens[k + 1])) return k;
  return -1;
}

/** "G Bulloch (capt)", "J Smit (captain)": a title alone in brackets after a name (team line-ups). */
export const NAME_BRACKET_TITLE: RoleRule = {
  name: 'name-bracket-title',
  find(s) {
    const found: RoleMention[] = [];
    for (let c = s.start + 1; c < s.end - 2; c++) {
      if (s.tokens[c]!.text !== '(') continue;
      const name = nameBefore(s.tokens, c - 1, s.start);
      if (name === null || name.possessive) continue;
      const phrase = titleStartingAt(s.text, s.tokens, c + 1, s.end);
      if (phrase === null || phrase.firstToken !== c + 1 || s.tokens[phrase.endToken]?.text !== ')') continue;
      found.push(mention(s, phrase, name, this.name));
      c = phrase.endToken;
    }
    return found;
  },
};

/** Predicates with a name as subject: see ./predicates.ts (several rule names, one reader). */
export const PREDICATE_TITLE: RoleRule = {
  name: 'predicate-title',
  find: findPredicateRoles,
};

/** Order matters: a phrase claimed by an earlier rule is not read again by a later one. */
export const ROLE_RULES: readonly RoleRule[] = [TITLE_BEFORE_NAME, PLURAL_TITLE_BEFORE_NAMES, NAME_COMMA_TITLE, TITLE_COMMA_NAME, NAME_BRACKET_TITLE, PREDICATE_TITLE];

