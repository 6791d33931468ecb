/**
 * Word classes the role rules are built from: role words (heads, modifiers, time prefixes), name
 * words, and the small function words that bound a phrase. Every test is a lexicon lookup on one
 * token; nothing here parses.
 */
import { isCapitalized, isLowerCase, isWord, startsLowerCase, startsUpperCase, type Token } from '../../doc/tokenize.js';
import { FUNCTION_WORD_TAGS, lexiconTags } from '../../nlp/compromise.js';
import { DEMONYMS, NOT_NAME_WORDS } from '../../lexicon/affiliations.js';
import { FIRST_NAME_GENDER } from '../../lexicon/first-names.js';
import { HONORIFICS } from '../../lexicon/honorifics.js';
import { NAME_PARTICLES, NAME_PREFIXES } from '../../lexicon/name-particles.js';
import { ORGANIZATION_CLASSES, ORGANIZATION_WORDS } from '../../lexicon/organizations.js';
import {
  ABBREVIATED_HEADS,
  CAPITALIZED_ONLY_HEADS,
  COUNTERPART_HEADS,
  NOT_ROLE_WORDS,
  OCCUPATION_HEADS,
  ROLE_COMPOUNDS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  ROLE_TIME_PREFIXES,
  personWordsTagged,
} from '../../lexicon/person-words.js';
import { BoundedMemo } from '../../util/bounded-memo.js';
import { singularsOf } from '../../util/text.js';

const HEADS = new Set(ROLE_HEADS);
const MODIFIERS = new Set(ROLE_MODIFIERS);
const TIME_PREFIXES = new Set(ROLE_TIME_PREFIXES);
const COUNTERPARTS = new Set(COUNTERPART_HEADS);
const NOT_ROLES = new Set(NOT_ROLE_WORDS);
const CAPITALIZED_ONLY = new Set(CAPITALIZED_ONLY_HEADS);
const ABBREVIATED = new Set(ABBREVIATED_HEADS);
const OCCUPATIONS = new Set(OCCUPATION_HEADS);
const INSTITUTIONS = personWordsTagged('institution');

/** Token `i` is an abbreviated title with its dot right after it ("Sen" "."). */
export function isAbbreviatedHeadAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return isCapitalized(t) && dot !== undefined && dot.text === '.' && dot.start === t.end && ABBREVIATED.has(t.lower);
}

/** "major", "general": a head only when written with a capital. */
export function isCapitalizedOnlyHead(word: string): boolean {
  return CAPITALIZED_ONLY.has(word);
}

/** Compound titles as word arrays, longest first ("chief executive officer" before "chief executive"). */
export const COMPOUNDS: readonly (readonly string[])[] = ROLE_COMPOUNDS.map((c) => c.split(' ')).sort(
  (a, b) => b.length - a.length,
);

/** compromise tags of words that never open or continue a name or an organization. */
const FUNCTION_TAGS = new Set([
  'Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Possessive', 'Adverb', 'QuestionWord', 'Copula',
  'Modal', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Auxiliary', 'Negative', 'Expression',
]);

/** compromise tags of a capitalized word that is a place, a date word or a plain adjective, not a name. */
const NOT_NAME_TAGS = new Set([
  ...FUNCTION_TAGS, 'Adjective', 'Country', 'City', 'Region', 'Place', 'Organization', 'Month', 'WeekDay',
  'Demonym', 'Plural', 'Uncountable', 'Holiday',
]);

// The token predicates live with the tokenizer; the role rules import them from here with the rest.
export { isCapitalized, isLowerCase, isWord };

/** The possessive ending, a token of its own ("Guler" + "'s"; CoNLL's "Clinton 's" too). */
export function isPossessiveMarker(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^['’][sS]$/u.test(token.text);
}

/**
 * Token `k` is a possessive ending: "'s", or the bare apostrophe of a plural possessive glued to a
 * word in -s and followed by a space ("Rangers' boss", "the Hearts’ manager").
 */
export function isPossessiveAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (isPossessiveMarker(t)) return true;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return t !== undefined && (t.text === "'" || t.text === '’') && isWord(before) && before.end === t.start &&
    /[sS]$/.test(before.text) && isWord(after) && after.start > t.end;
}

/** compromise tags of a finite or infinitive verb: a clause goes on, no phrase ends here. */
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Auxiliary']);

/** A word compromise lists as a verb form ("said", "welcomed", "is"). */
export function isVerbWord(word: string): boolean {
  return lexiconTags(word).some((t) => VERB_TAGS.has(t));
}

/** Token `i` is followed by a possessive ending. */
export function hasPossessiveAfter(tokens: readonly Token[], i: number): boolean {
  return isPossessiveMarker(tokens[i + 1]);
}

/** A head of the curated table (person-words.ts), without compromise's occupation words: a cheap check. */
export function isListedHead(word: string): boolean {
  return HEADS.has(word);
}

/**
 * The answers of isHead and cannotOpenName by word: the rules ask them about the same words over
 * and over (800 BBC articles: 60,000 and 10,000 calls, of 7,000 and 4,000 words), and an answer
 * takes several table lookups, compromise's lexicon and, for a plural, its singulars.
 */
const HEAD_WORDS = new BoundedMemo<boolean>(50_000, headWord);
const CANNOT_OPEN_NAME = new BoundedMemo<boolean>(50_000, wordCannotOpenName);

/** A word that can end a title: "minister", "chairman", compromise's occupation words. */
export function isHead(word: string): boolean {
  return HEAD_WORDS.get(word);
}

function headWord(word: string): boolean {
  if (NOT_ROLES.has(word)) return false;
  if (HEADS.has(word) || COUNTERPARTS.has(word)) return true;
  const stripped = stripExPrefix(word);
  if (stripped !== word) return isHead(stripped);
  return lexiconTags(word).includes('Actor') && !isPluralActor(word);
}

/** compromise lists plural occupations too ("directors", "rappers"): a title is singular. */
function isPluralActor(word: string): boolean {
  return singularsOf(word).some((w) => HEADS.has(w) || NOT_ROLES.has(w) || lexiconTags(w).includes('Actor'));
}

/**
 * The -s form of a head that is also a verb ("stars", "coaches", "captains"): before another head
 * it is the verb ("The film stars actor Harvey Keitel", "who coaches striker …") and narrows no
 * title. A plural of a head that is no verb stays a noun adjunct ("police officers spokesman",
 * "teachers union leader").
 */
export function isVerbFormOfHead(word: string): boolean {
  return singularsOf(word).some((w) => isHead(w) && (HEADS_ALSO_VERBS.has(w) || isVerbWord(w)));
}

/** Heads that are verbs too, which compromise's lexicon lists as nouns only ("star", "captain"). */
const HEADS_ALSO_VERBS: ReadonlySet<string> = new Set(['star', 'captain', 'head', 'chair', 'host', 'skipper', 'pilot', 'partner', 'model', 'champion', 'author']);

/** Heads whose "for …" names a portfolio, not an organization: "Minister for Europe". */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner', 'envoy', 'tsar', 'czar', 'state']);

export function takesPortfolio(word: string): boolean {
  return PORTFOLIO_HEADS.has(word);
}

/**
 * An occupation practised on one's own ("singer", "referee", compromise-only occupation words such
 * as "rapper"), not a post held in a country or organization ("minister", "chief executive", "coach").
 */
export function isOccupation(word: string): boolean {
  const w = stripExPrefix(word);
  if (OCCUPATIONS.has(w)) return true;
  return isHead(w) && !HEADS.has(w) && !COUNTERPARTS.has(w) && !MODIFIERS.has(w);
}

/** A given name per compromise's lists ("James" in "James Dean Bradfield" is no affiliation). */
export function isGivenName(word: string): boolean {
  if (lexiconTags(word).some((t) => /^(?:FirstName|MaleName|FemaleName)$/.test(t))) return true;
  // The broad given-name lists also hold "King", "Prince", "General": a listed title word wins.
  return (
    FIRST_NAME_GENDER.has(word) &&
    !HEADS.has(word) &&
    !MODIFIERS.has(word) &&
    !NOT_ROLES.has(word) &&
    demonymCountry(word) === undefined && // "German" is also a Spanish given name
    !isNotNameWord(word)
  );
}

/** A word compromise knows as a common noun or adjective ("economy", "oil", "economic"). */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => /^(?:Noun|Singular|Uncountable|Adjective|Plural)$/.test(t));
}

/** A word compromise knows as a plural noun ("elections", "operations"). */
export function isPluralNoun(word: string): boolean {
  return lexiconTags(word).includes('Plural') || (word.endsWith('s') && isNoun(word.slice(0, -1)));
}

/** A word compromise knows as a noun ("evening", "reading"). */
export function isNoun(word: string): boolean {
  return lexiconTags(word).some((t) => /^(?:Noun|Singular|Uncountable)$/.test(t));
}

/** A weekday ("Wednesday"): ends a name ("writer Aner Shalev Wednesday"). */
export function isWeekday(word: string): boolean {
  return lexiconTags(word).includes('WeekDay');
}

/** A calendar word ("Tuesday", "December"): never part of an organization's name. */
export function isCalendarWord(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'WeekDay' || t === 'Month');
}

/** A modifier that names the body a title belongs to: "Treasury Under Secretary", "Army Chief of Staff". */
export function isInstitution(word: string): boolean {
  return INSTITUTIONS.has(word);
}

export function isCounterpart(word: string): boolean {
  return COUNTERPARTS.has(word);
}

/** A word that can stand inside a title before its head: "defence", "chief", "vice" ("ex-home" too). */
export function isModifier(word: string): boolean {
  return MODIFIERS.has(word) || (word.startsWith('ex-') && MODIFIERS.has(word.slice(3)));
}

export function isRoleWord(word: string): boolean {
  return isHead(word) || isModifier(word);
}

export function isTimePrefix(word: string): boolean {
  return TIME_PREFIXES.has(word);
}

/** "ex-president" → "president"; other words unchanged. */
export function stripExPrefix(word: string): string {
  return word.startsWith('ex-') ? word.slice(3) : word;
}

/** A lower-case word that may narrow a head although no list has it ("aviation analyst", "film star"). */
export function isFreeModifier(token: Token): boolean {
  // "Ex-chat show host" opening a sentence: "ex-" and a lower-case word
  const exOpening = token.kind === 'word' && /^Ex-\p{Ll}/u.test(token.text);
  if (!exOpening && !isLowerCase(token)) return false;
  const w = token.lower;
  if (NOT_ROLES.has(w) || w.length < 3) return false;
  if (/['’]/.test(w) || PARTICLES.has(w)) return false; // "didn't", "under"
  if (isVerbFormOfHead(w)) return false;
  const tags = lexiconTags(w);
  if (tags.some((t) => FUNCTION_TAGS.has(t) || t === 'Plural')) return false;
  // Participles and adverbs describe, they do not narrow a title ("quoted prosecutor", "signed").
  if (/(?:ed|ly)$/.test(w)) return false;
  if (w.endsWith('ing') && !tags.some((t) => t === 'Singular' || t === 'Uncountable' || t === 'Noun')) return false;
  return true;
}

/** A race distance written with its unit: "100m", "1500m", "10,000m". */
const DISTANCE = /^\d{1,3}(?:,\d{3})?(?:m|km)$/;

/** A race distance narrows a title as a modifier does: "Olympic 100m champion", "world 400m champion". */
export function isDistance(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'number' && DISTANCE.test(token.text);
}

/** Closed-class words: the function words, and adverbs and negatives. */
const CLOSED_CLASS_TAGS: ReadonlySet<string> = new Set([...FUNCTION_WORD_TAGS, 'Adverb', 'Negative']);

/** Prepositions and particles compromise files under other tags ("under" is an Adjective there). */
const PARTICLES = new Set([
  'under', 'over', 'after', 'before', 'about', 'above', 'below', 'behind', 'beyond', 'near', 'off', 'out',
  'up', 'down', 'past', 'than', 'like', 'via', 'per', 'plus', 'minus', 'despite', 'during', 'within',
]);

/** A closed-class word ("But", "The", "However"): never part of an organization's name. */
export function isClosedClassWord(word: string): boolean {
  return PARTICLES.has(word) || lexiconTags(word).some((t) => CLOSED_CLASS_TAGS.has(t));
}

/** A lower-case word of a title's complement: "spokeswoman for women", "head of currency strategy". */
export function isComplementWord(token: Token | undefined): token is Token {
  return isLowerCase(token) && token.text.length >= 3 && !isFunctionWord(token.text);
}

/** A word that never starts an affiliation or a name: determiners, conjunctions, pronouns, verbs. */
export function isFunctionWord(word: string): boolean {
  return lexiconTags(word).some((t) => FUNCTION_TAGS.has(t));
}

export function demonymCountry(word: string): string | undefined {
  return DEMONYMS.get(word);
}

export function isHonorific(word: string): boolean {
  return isListedHonorific(word) && !isRoleWord(word.endsWith('.') ? word.slice(0, -1) : word);
}

/** The listed honorifics as a set (a lookup in the table object costs more, and they are asked of every capitalized word). */
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(Object.keys(HONORIFICS));

/** Listed as an honorific, even when it also opens titles ("lord": "Lord Rennard", "Lord Chancellor"). */
export function isListedHonorific(word: string): boolean {
  return HONORIFIC_WORDS.has(word.endsWith('.') ? word.slice(0, -1) : word);
}

/** A name part written with a lower-case prefix: "al-Shibani", "el-Sisi", "bin-Talal". */
export function isPrefixedNamePart(token: Token | undefined): token is Token {
  if (!isWord(token)) return false;
  const w = token.text;
  if (!startsLowerCase(w)) return false;
  const lowered = w.toLowerCase();
  return NAME_PREFIXES.some((p) => w.length > p.length && lowered.startsWith(p) && startsUpperCase(w.slice(p.length)));
}

/** A capitalized word, or a name part with a lower-case prefix. */
export function isNameWord(token: Token | undefined): token is Token {
  return isCapitalized(token) || isPrefixedNamePart(token);
}

export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/** A common noun for an organization: "company", "firm", "club", "newspaper" (the classes of ../../lexicon/organizations.ts). */
export function isOrganizationNoun(word: string): boolean {
  return ORGANIZATION_CLASSES[word] !== undefined;
}

/** Organization, event and place words: a capitalized run holding one is not a person. */
export function isNotNameWord(word: string): boolean {
  return NOT_NAME_WORDS.has(word) || ORGANIZATION_WORDS.has(word);
}

/** A capitalized word that cannot open a person's name (place, month, adjective, org word, acronym). */
export function cannotOpenName(token: Token): boolean {
  return CANNOT_OPEN_NAME.get(token.text);
}

function wordCannotOpenName(base: string): boolean {
  const w = base.toLowerCase();
  if ((isRoleWord(w) && !isGivenName(w)) || isTimePrefix(w) || isNotNameWord(w) || demonymCountry(w) !== undefined) return true;
  if (base.length > 1 && base === base.toUpperCase()) return true; // acronym: "BBC", "GMTV"
  const tags = lexiconTags(w);
  const nameLike = tags.some((t) => /Name$|^Person$|^Honorific$/.test(t));
  return !nameLike && tags.some((t) => NOT_NAME_TAGS.has(t));
}
