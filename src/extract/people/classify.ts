/**
 * Decide whether one capitalized run holds a person's name, and where the name is inside it.
 * Leading titles and nationality words are cut off ("Turkish Defense Minister | Yasar Guler"),
 * then the name is judged by its own words (given-name and surname lists, particles, initials)
 * and by its context (a title before it, "said" after it, a person noun before it).
 */
import { isWrittenInCapitals, startsUpperCase, wordLower, type Token } from '../../doc/tokenize.js';
import type { Gender } from '../../lexicon/honorifics.js';
import { EPITHETS, GIVEN_NAME_HONORIFICS, NAME_SUFFIXES } from '../../lexicon/honorifics.js';
import { isPlaceName, opensPlaceName, SETTLEMENT_NOUNS, SITE_NOUNS, townTier } from '../../lexicon/places.js';
import { ORGANIZATION_NOUNS, ORGANIZATION_WORDS, WORK_NOUNS } from '../../lexicon/organizations.js';
import { contextAfter, contextBefore, isRelationAfterPossessive } from './evidence.js';
import { QUOTE_MARKS } from '../../lexicon/quote-marks.js';
import { PERSON_NOUNS } from '../../lexicon/person-words.js';
import { FAITH_NAMES } from '../../lexicon/non-person-words.js';
import type { Piece, Run } from './pieces.js';
import { classifyWord, W } from './word-class.js';
import { stripAccents } from '../../util/text.js';
import { isFamilyNameFirst } from './keys.js';
import { UNIT_WORDS } from '../../lexicon/number-words.js';
import { COMMON_NOUN_TAGS, lexiconTags } from '../../nlp/compromise.js';

export interface NameGuess {
  pieces: readonly Piece[];
  rule: string;
  gender?: Gender;
}

const NAME = W.First | W.Surname;
const NOT_NAME = W.Place | W.Org | W.Calendar | W.Demonym | W.NonPerson | W.Common | W.Title | W.Honorific;
const HARD_BLOCK = W.Org | W.Calendar | W.NonPerson;

const isName = (p: Piece): boolean => (p.flags & NAME) !== 0;
/** No list knows the word at all (a rare name: "Guler", "Qasra"). */
const isUnknown = (p: Piece): boolean => p.kind === 'word' && (p.flags & (NAME | NOT_NAME)) === 0;
/** Can stand in a name: a known name, an unknown word, an initial, a particle or a glued prefix. */
const canBeName = (p: Piece): boolean =>
  p.kind !== 'word' || p.prefixed || isName(p) || (p.flags & NOT_NAME) === 0 || (p.flags & (W.Particle)) !== 0;
/** A word that rules the name out even with a title before it. */
const blocks = (p: Piece): boolean =>
  p.kind === 'word' && !p.prefixed && ((p.flags & W.NonPerson) !== 0 || ((p.flags & HARD_BLOCK) !== 0 && (p.flags & NAME) === 0));
/** A place or nationality word that is no name. */
const isPlaceOnly = (p: Piece): boolean =>
  p.kind === 'word' && (p.flags & (W.Place | W.Demonym)) !== 0 && (p.flags & NAME) === 0;

const isCalendarOnly = (p: Piece): boolean => p.kind === 'word' && (p.flags & W.Calendar) !== 0 && (p.flags & NAME) === 0;

/** A given name that is no common word and no place: "James", "Robert" (not "Will", "Florida"). */
const isSureGiven = (p: Piece): boolean => p.kind === 'word' && (p.flags & W.First) !== 0 && (p.flags & (W.Common | W.Place | W.Title | W.Honorific)) === 0;

const isDemonymOnly = (p: Piece): boolean => p.kind === 'word' && (p.flags & W.Demonym) !== 0 && (p.flags & NAME) === 0;

/** Where the title part of the run ends: the last title or honorific followed by a possible name. */
function titleEnd(pieces: readonly Piece[]): number {
  for (let k = pieces.length - 2; k >= 0; k--) {
    const p = pieces[k]!;
    // A plural person noun titles no one: "People Power", "League of Women Voters".
    if (p.kind === 'word' && (p.flags & (W.Title | W.Honorific)) !== 0 && (p.flags & W.Plural) === 0 && (canBeName(pieces[k + 1]!) || isPlaceWordInName(pieces, k + 1))) {
      // "Martin Luther King Jr": a title word inside a given-name sequence is part of the name.
      if (k > 0 && isName(pieces[k - 1]!) && (pieces[k - 1]!.flags & (W.Title | W.Honorific)) === 0 && (p.flags & NAME) !== 0) continue;
      if (isGivenNameHonorific(pieces, k)) continue;
      return k;
    }
  }
  return -1;
}

/**
 * "the 2012 Summer Paralympics", "the 1996 Atlanta Games", "the 2004 Nobel Prize": a year between
 * "the" and the run makes it an event or a prize, never a person ("in 2012 Barack Obama won" has
 * no "the").
 */
function isEventAfterYear(tokens: readonly Token[], run: Run, sentenceStart: number): boolean {
  const year = run.before >= sentenceStart ? tokens[run.before] : undefined;
  const article = run.before - 1 >= sentenceStart ? tokens[run.before - 1] : undefined;
  return year !== undefined && year.kind === 'number' && /^\d{4}$/.test(year.text) && article !== undefined && article.lower === 'the';
}

/**
 * Rule `epithet-after-name`: "in favour of Peter the Great", "Alexander the Great conquered": a given
 * name, then "the" and an epithet ({@link EPITHETS}). Even a given name that is also a word ("Peter")
 * or opens the sentence. Not a run of several words, nor when a capitalized word follows the epithet
 * ("Florence the Great Museum").
 */
function isGivenNameWithEpithet(tokens: readonly Token[], run: Run, only: Piece, sentenceEnd: number): boolean {
  const the = tokens[run.after];
  const epithet = tokens[run.after + 1];
  return run.pieces.length === 1 && !run.possessive && (only.flags & W.First) !== 0 && (only.flags & (W.Place | W.Org | W.Calendar | W.Title | W.Honorific)) === 0 &&
    the?.text === 'the' && run.after + 1 < sentenceEnd && epithet !== undefined && epithet.kind === 'word' && startsUpperCase(epithet.text) &&
    EPITHETS.has(epithet.lower) && !startsUpperCase(tokens[run.after + 2]?.text ?? '');
}

/** A regnal number as findRuns adds it to a run: a word piece with no word-class flags. */
/** Not "XI": a cricket side ("World XI", "Minor Counties XI") far more often than a king. */
const REGNAL = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xii|xiii|xiv|xv|xvi|xvii|xviii)$/;

/**
 * Rule `regnal-name`: "Norton I", "Louis XV", "Elizabeth II": one name-shaped word and a regnal
 * number name a monarch (or one who styled himself so). Not after a common or organization word:
 * "World War II", "Super Bowl XV", "Chapter IV", "Vatican II" are things.
 */
function isRegnalName(pieces: readonly Piece[], after: Token | undefined): boolean {
  if (pieces.length !== 2) return false;
  const [name, numeral] = pieces as [Piece, Piece];
  // A lone "I" only before punctuation: "Norton I, Emperor" (not "when Norton I met").
  if (numeral.lower === 'i' && !(after === undefined || (after.kind === 'punct' && after.text !== "'"))) return false;
  return numeral.kind === 'word' && (numeral.flags & ~(W.NonPerson | W.Common)) === 0 && REGNAL.test(numeral.lower) && name.kind === 'word' && !name.allCaps && !name.prefixed &&
    (name.flags & (NOT_NAME | W.Plural)) === 0 && !ORGANIZATION_WORDS.has(name.lower) && !NUMBERED_THINGS.has(name.lower);
}

/** Words numbered like kings that are things: "Chapter IV", "Part II", "Apollo XIII", "Vatican II". */
const NUMBERED_THINGS = new Set(['chapter', 'part', 'volume', 'book', 'act', 'scene', 'episode', 'phase', 'stage', 'level', 'grade', 'class', 'type', 'article', 'section', 'title', 'annex', 'appendix', 'apollo', 'gemini', 'vatican', 'rocky', 'rambo', 'superbowl', 'bowl', 'mark', 'series', 'model', 'formula', 'tier']);

function gender0(pieces: readonly Piece[], rule: string): NameGuess {
  const gender = pieces[0]!.gender;
  return gender ? { pieces, rule, gender } : { pieces, rule };
}

/**
 * "Professor Cres Eastman": after a title, a word that is also a place (no nationality word) and
 * then the last word of the run, which is a name or unknown, make a full name. A place alone after a
 * title ("Governor Texas") is no name.
 */
function isPlaceWordInName(pieces: readonly Piece[], k: number): boolean {
  const p = pieces[k]!;
  const next = pieces[k + 1];
  return k + 2 === pieces.length && next !== undefined && p.kind === 'word' && !p.allCaps && (p.flags & W.Place) !== 0 &&
    (p.flags & (W.Demonym | W.Org | W.Calendar | W.NonPerson | W.Title | W.Honorific | W.Common)) === 0 &&
    next.kind === 'word' && !next.allCaps && (isName(next) || isUnknown(next));
}

/**
 * Rule `given-name-honorific`: "Dean Richards", "England bowler Dean Headley": an honorific that is
 * mostly a given name ({@link GIVEN_NAME_HONORIFICS}), followed by exactly one word that is no given
 * name, opens the name. "Dean John Smith" (a full name after it) keeps "Dean" as the title.
 */
function isGivenNameHonorific(pieces: readonly Piece[], k: number): boolean {
  const p = pieces[k]!;
  const next = pieces[k + 1];
  return k + 2 === pieces.length && next !== undefined && GIVEN_NAME_HONORIFICS.has(p.lower) && !p.allCaps &&
    next.kind === 'word' && !next.allCaps && (next.flags & W.First) === 0;
}

/** Modal verbs that open a yes-no question and are also given names or surnames ("Will", "Can", "May"). */
const QUESTION_MODALS: ReadonlySet<string> = new Set(['will', 'can', 'may', 'should', 'would', 'could', 'must', 'shall', 'might']);

/**
 * "Will Tory tax cuts lift spirits?", "Can Smith work Scottish wonders?": a sentence-initial word
 * (lower case `word`) is a modal opening a question, so the verb of it and not a given name. `at` is
 * any token of the sentence; the sentence is read forward to its end (only for these few words).
 */
export function isModalOpeningQuestion(tokens: readonly Token[], word: string, at: number): boolean {
  if (!QUESTION_MODALS.has(word)) return false;
  const sentence = tokens[at]!.sentence;
  let last: Token | undefined;
  for (let k = at; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (!TITLE_MARKS.has(tokens[k]!.text)) last = tokens[k];
  return last?.text === '?';
}

/**
 * Judge one run. `namesThing`: the run names a work ({@link namesAWork}), stands as a title in
 * quotes ({@link isTitleInQuotes}) or opens a firm's name before "&" ({@link isFirmBeforeAmpersand}),
 * which the caller asks of every run for the document's own hints as well.
 */
export function classifyRun(tokens: readonly Token[], run: Run, sentenceStart: number, sentenceEnd: number, namesThing: boolean): NameGuess | null {
  if (isLineupEntry(tokens, run, sentenceStart, sentenceEnd)) return { pieces: run.pieces, rule: 'initial-in-lineup' };
  let all = markPlacePhrases(run.pieces);
  const before = run.before >= sentenceStart ? tokens[run.before] : undefined;
  let beforeWord = wordLower(before);
  // "The Phantom Menace", "The Lyric": a capitalized article opens a title or a name of a thing.
  if (all[0]!.lower === 'the') {
    if (!run.sentenceInitial) return null;
    all = all.slice(1);
    beforeWord = 'the';
    if (all.length === 0) return null;
  }
  // "Will Tory tax cuts lift spirits?", "Can Smith work Scottish wonders?": a modal opening a
  // question is its verb, not a given name ("Will Young" elsewhere in the text is still found there).
  if (run.sentenceInitial && isModalOpeningQuestion(tokens, all[0]!.lower, run.before + 1)) {
    all = all.slice(1);
    if (all.length === 0) return null;
  }
  // An organization word first ("River Lagan", "Lake Placid") makes a place or a thing, unless a
  // title follows it ("Treasury Secretary Robert Rubin") or a full name with a sure given name
  // does ("Secretary of State James Baker").
  if (all[0]!.kind === 'word' && ORGANIZATION_WORDS.has(all[0]!.lower) && titleEnd(all) < 1) {
    if (all.length < 3 || !isSureGiven(all[1]!)) return null;
    all = all.slice(1);
  }
  // "BNP Paribas", "of Dresdner Kleinwort Wasserstein says": part of an organization's name, or its owner.
  const glued = before !== undefined && before.end === all[0]!.start - 1 && before.kind === 'word' && isWrittenInCapitals(before.text);
  const t = titleEnd(all);
  let from = t + 1;
  // Cut leading words that cannot begin a name: nationality, place, common words ("Australian Tom Moody").
  // After a title, only nationality words are cut ("Professor Cres Eastman" keeps "Cres").
  while (from < all.length && (t >= 0 ? isDemonymOnly(all[from]!) : !startsName(all, from, run.sentenceInitial && from === 0))) from++;
  // "How The Onion writes an issue": a capitalized "The" cut off inside the run opens the name of a
  // thing (a title in title case), as "The" opening the run does.
  if (from > 0 && all[from - 1]!.lower === 'the') return null;
  let to = all.length;
  // Trailing particles never end a name; a trailing weekday or month is the date of the news, not
  // part of the name: "Bob Dole Wednesday accused", "Yeltsin Sunday said".
  while (to > from + 1 && isCalendarOnly(all[to - 1]!)) to--;
  while (to > from && all[to - 1]!.kind === 'particle') to--;
  // The run's own array when nothing was cut (most runs): the guess only reads it.
  const pieces = from === 0 && to === all.length ? all : all.slice(from, to);
  // Most runs end here: a capitalized word opening the sentence ("But", "The"). The context is read after.
  if (pieces.length === 0) return null;
  // "news agency Tanjug said", "the club Ajax": an organization noun right before the run.
  if (ORGANIZATION_NOUNS.has(beforeWord)) return null;
  if (isEventAfterYear(tokens, run, sentenceStart)) return null;
  // "the film Michael Collins", "Hurricane Edouard", "Douglas & Lomason Co": the title of a work or the name of a thing.
  if (namesThing) return null;
  if (t < 0 && isRegnalName(pieces, tokens[run.after])) return gender0(pieces, 'regnal-name');
  // "Tsar Aleksei I,", "Pope Damasus I,": a title before a regnal name (whose "I" would block below).
  if (t >= 0 && from === t + 1 && isRegnalName(pieces, tokens[run.after])) {
    const gender = all[t]!.gender ?? pieces[0]!.gender;
    return gender ? { pieces, rule: 'title-before-name', gender } : { pieces, rule: 'title-before-name' };
  }
  if (pieces.some(blocks)) return null;
  const words = pieces.filter((p) => p.kind === 'word');
  if (words.length === 0) return null;
  if (words.every((p) => p.allCaps)) return null;
  const phrase = placeKey(pieces, 0, pieces.length);
  if (isPlaceName(phrase)) return null;
  if (isTownOfSeveralWords(pieces, phrase)) return null;
  // A name needs one real word: "U.S", "C.C" are abbreviations, not initials.
  if (!words.some((p) => p.lower.length >= 2 && /\p{Ll}/u.test(p.lower))) return null;
  const tail = pieces[pieces.length - 1]!;
  // A plural ends a group's name ("Tigers"), unless a sure given name opens the run and no common
  // word ends it ("Marcelo Rios").
  const givenFirst = pieces.length >= 2 && isSureGiven(pieces[0]!) && !(tail.flags & W.Common);
  if ((tail.flags & W.Plural) && !isName(tail) && !givenFirst && !isPluralSurnameName(pieces)) return null;
  // "Florida Marlins", "Sydney Tigers": a place, then a plural-looking word, is a team.
  const teamTail = !isName(tail) && /[^su]s$/.test(tail.lower);
  if (pieces.length >= 2 && isPlaceOnly(pieces[0]!) && teamTail) return null;
  // "The Mariners", "the Phantom Menace": a run right after "the" names a thing or a team, unless a
  // full name with a sure given name stands in it ("the Prime Minister Tony Blair").
  // "the Marquis de Lafayette", "the Duc de Guise": a title, then a particle and a family name (not a
  // place, nor the name of a site: "the Count de Lyon airport").
  const particleAfterTitle = t >= 0 && from === t + 1 && pieces[0]!.kind === 'particle' && !isPlaceOnly(pieces[pieces.length - 1]!) &&
    !isPlaceContext(tokens, run, sentenceStart, sentenceEnd);
  const fullName = pieces.length >= 2 && (particleAfterTitle || pieces[0]!.kind === 'initial' || ((pieces[0]!.flags & W.First) !== 0 && (pieces[0]!.flags & (W.Common | W.Title)) === 0));
  // "the St. Louis Cardinals": a plural no name list knows ends a team's name.
  if (beforeWord === 'the' && (!fullName || teamTail)) return null;
  // "Gloria Bistrita 2 Valletta 1": a score between two capitalized names is a match result between teams.
  if (isTeamScore(tokens, run.after, sentenceEnd) || isSecondTeamOfScore(tokens, run, sentenceStart, sentenceEnd)) return null;
  if (isStandingsRow(tokens, run, sentenceStart, sentenceEnd)) return null;
  if (isFixtureSide(tokens, run, sentenceStart, sentenceEnd)) return null;
  const titled = t >= 0 && from === t + 1;
  const title = titled ? all[t]! : undefined;
  const gender = title?.gender ?? (isName(pieces[0]!) ? pieces[0]!.gender : undefined);
  const guess = (rule: string): NameGuess => (gender ? { pieces, rule, gender } : { pieces, rule });
  if (titled) return guess(title!.flags & W.Honorific && !(title!.flags & W.Title) ? 'honorific-before-name' : 'title-before-name');
  if (from === 0 && isThingAfterDeterminer(tokens, run, beforeWord, sentenceEnd)) return null;

  // After a sure given name a city-only word is a surname ("Scott Draper", "Jacques Villeneuve").
  const sureGiven = (pieces[0]!.flags & W.First) !== 0 && (pieces[0]!.flags & (W.Common | W.Place)) === 0;
  const placeish = pieces.some((p, k) => isPlaceOnly(p) && !(sureGiven && k > 0 && (p.flags & W.City)));
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const multi = words.length >= 2 || (pieces.length >= 2 && last.kind === 'word');
  const afterOf = beforeWord === 'of' || beforeWord === 'at' || beforeWord === 'from' || glued;
  // "St. Louis", "Fort William", "the St. Louis Cardinals": a saint's or place prefix opens a place or a team.
  if (from === 0 && PLACE_PREFIXES.has(wordBefore(tokens, run.before, sentenceStart))) return null;
  const before0 = from === 0 ? contextBefore(tokens, run, sentenceStart) : null;
  // "called X" names things as often as people: it only counts for a lone given name (below).
  const named = before0 === 'named-before-name' || before0 === 'vocative-name';
  const context = (named ? null : before0) ?? (afterOf ? null : contextAfter(tokens, run, sentenceEnd));
  // "Mary Queen of Scots": a title word that ends the run before "of" belongs to a title, not to a name.
  if (multi && (last.flags & W.Title) && tokens[run.after]?.text === 'of') return null;

  if (multi && !placeish) {
    if (isEastAsianName(words) && pieces.length === 2 && pieces.every(canBeName)) return guess('hyphenated-given-name');
    if (isChineseNameFamilyFirst(pieces)) return guess('family-name-first');
    if (first.kind === 'word' && (first.flags & W.First) && !(first.flags & W.Common) && pieces.slice(1).every(fitsAfterGivenName)) return guess('given-name');
    if (isPluralSurnameName(pieces)) return guess('given-name-plural-surname');
    if (first.kind === 'word' && (first.flags & W.First) && (isName(last) || isUnknown(last)) && last !== first) return guess('given-name');
    // "Bob Dole" in running text: a given name that is also a common word, then any name-shaped word.
    if (first.kind === 'word' && (first.flags & W.First) && !run.sentenceInitial && from === 0 && pieces.slice(1).every(fitsAfterGivenName) && !(last.flags & W.Common && last.flags & W.Title)) {
      return guess('given-name');
    }
    // "Conservatoire de Paris", "Université de Montréal": a place after the particle and no given
    // name before it make an institution, not a person ("Charles de Gaulle" keeps its given name).
    const ofPlace = pieces.length >= 3 && pieces[pieces.length - 2]!.kind === 'particle' && (last.flags & W.Place) !== 0 && !(first.flags & W.First);
    if (!ofPlace && pieces.some((p) => p.kind === 'particle' || p.prefixed || p.kind === 'initial' || (p.flags & W.Particle)) && pieces.every(canBeName) && last.kind === 'word') {
      return guess(pieces.some((p) => p.kind === 'initial') ? 'initials' : 'name-particle');
    }
    // Not an organization or calendar word at the end: "Calvary Church", "Camp Crystal Lake", "Waitangi Day".
    if ((last.flags & W.Surname) && !(last.flags & (W.Common | W.Place | W.Org | W.Calendar)) && !(first.flags & W.Place) && pieces.every(canBeName)) return guess('known-surname');
    if (context && pieces.every(canBeName)) return guess(context);
    if (isJapaneseNameShape(pieces)) return guess('japanese-name-shape');
    if (context === 'country-after-name' && isCommonWordFamilyName(pieces)) return guess('common-word-family-name');
    if (NAME_SUFFIXES.has(last.lower) && pieces.length >= 2) return guess('given-name');
    return null;
  }
  if (multi) return null;
  // One word.
  const only = words[0]!;
  if (only.allCaps) return null;
  if (isGivenNameWithEpithet(tokens, run, only, sentenceEnd)) return guess('epithet-after-name');
  if (placeish && !(only.flags & W.City)) return null;
  if (context === 'country-after-name' && !isName(only)) return null;
  // A lone given name in running text: "this girl named Isabel", "his son James". Not a hyphenated
  // pair, which joins two people as often as it names one: "the Blair-Brown feud".
  // Rule `faith-name` (blocks it): "Islam's holiest site" names the faith, not a man called Islam.
  if (!context && !run.sentenceInitial && (only.flags & W.First) && !(only.flags & (NOT_NAME | W.Plural)) && only.kind === 'word' && !only.lower.includes('-') && !FAITH_NAMES.has(only.lower) &&
    !isPlaceContext(tokens, run, sentenceStart, sentenceEnd) && !THING_DETERMINERS.has(beforeWord) && !isColouredThing(tokens, run, sentenceStart)) {
    return guess('given-name-alone');
  }
  // In a results table a city-only word can be a player's surname: "c Croft b Cork 176".
  if (named && (only.flags & W.First) && !(only.flags & HARD_BLOCK)) return guess(before0!);
  const sporty = context === 'scorecard-name' || context === 'scorer-minute';
  // "frontman Bono", "daughter Victoria": after a person noun, a word compromise knows as a person
  // is one, though a place has that name too (Bono, a region of Ghana); not when a common noun
  // follows, which the place word modifies ("the official Kent house")
  const personAfterNoun = context === 'person-noun-before-name' && (only.flags & W.PersonTag) !== 0 && !isCommonNounAt(tokens, run.after);
  const placeBlock = (sporty && (only.flags & W.City)) || personAfterNoun ? 0 : W.Place;
  if (context && (isName(only) || isUnknown(only) || sporty) && !(only.flags & (W.Common | placeBlock | HARD_BLOCK | W.Demonym))) return guess(context);
  if (isName(only) && !(only.flags & NOT_NAME) && isRelationAfterPossessive(tokens, run, sentenceEnd)) return guess('relation-after-possessive');
  // A name that compromise's lexicon knows as a person and as nothing else: "Hitler", "Shakespeare".
  if ((only.flags & W.PersonTag) && !(only.flags & (NOT_NAME | W.First | W.Plural))) return guess('known-person');
  return null;
}

/** Token `i` is a lower-case word compromise knows only as a noun ("house" in "the official Kent house"; not "said", "over"). */
function isCommonNounAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || startsUpperCase(t.text)) return false;
  const tags = lexiconTags(t.lower);
  return tags.length > 0 && tags.every((tag) => NOUN_TAGS.has(tag));
}

const NOUN_TAGS: ReadonlySet<string> = new Set(COMMON_NOUN_TAGS);

/**
 * Determiners before a lone given name make it a thing, a prize or a work, not a person (blocks
 * `given-name-alone`): "an Oscar for his movie", "a Remington rifle", "a blue Marilyn" (only
 * right after the determiner, so not this one). Not "that", a conjunction as often: "so obvious
 * that Pedro's shot".
 */
const THING_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'every', 'each', 'another', 'any', 'no', 'its', 'our', 'their']);

/** Colour words: between a determiner and a lone given name they colour a thing ("a pink Marilyn"). */
const COLOUR_WORDS = new Set([
  'red', 'blue', 'green', 'yellow', 'pink', 'purple', 'orange', 'black', 'white', 'grey', 'gray', 'brown',
  'golden', 'silver', 'violet', 'turquoise', 'crimson', 'scarlet',
]);

/**
 * Rule `coloured-thing` (blocks `given-name-alone`): a determiner and a colour word before a lone given
 * name make it a thing named after a person, a print or a model: "a blue Marilyn and a pink Marilyn"
 * (Wikinews, on Warhol's prints), "the red Mustang". Other adjectives keep the person: "a tearful
 * Steffi", "a young Elvis". The document side (people.ts, addNamesOfThings) makes the word a thing
 * everywhere in the text: "his pictures of Marilyn" there is the print as well.
 */
export function isColouredThing(tokens: readonly Token[], run: Run, sentenceStart: number): boolean {
  const colour = run.before >= sentenceStart ? tokens[run.before] : undefined;
  const det = run.before - 1 >= sentenceStart ? tokens[run.before - 1] : undefined;
  return colour !== undefined && det !== undefined && colour.kind === 'word' && det.kind === 'word' &&
    COLOUR_WORDS.has(colour.text) && THING_DETERMINERS.has(det.lower);
}

/** Indefinite and possessive determiners before a name that heads its noun phrase: "their Morris Minor". */
const NAMESAKE_DETERMINERS = new Set(['a', 'an', 'my', 'your', 'our', 'their']);

/**
 * Rule `determiner-before-name` (blocks every untitled rule): a name right after "a", "an" or a
 * possessive determiner that modifies no noun is a thing called after a person: "a system for their
 * Morris Minor." (BBC tech), "fifth in a Williams and ..." (CoNLL, a car). As a modifier it is the
 * person: "a Mark Hutton pitch", "a Sean Dundee hat-trick" (CoNLL). Titled names are people
 * ("a Dr. Bailey"): they return before this.
 */
function isThingAfterDeterminer(tokens: readonly Token[], run: Run, beforeWord: string, sentenceEnd: number): boolean {
  if (!NAMESAKE_DETERMINERS.has(beforeWord) || run.possessive) return false;
  const next = run.after < sentenceEnd ? tokens[run.after] : undefined;
  return !(next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !NOT_A_NOUN_AFTER_NAME.has(next.text));
}

/** Lower-case words after a name that it does not modify: "a Williams and a Ferrari". */
const NOT_A_NOUN_AFTER_NAME = new Set(['and', 'or', 'nor', 'but', 'of', 'in', 'at', 'on', 'for', 'to', 'from', 'with', 'by', 'who', 'whom', 'whose', 'which', 'that', 'as', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'said', 'says']);

/**
 * Rule `place-context` (blocks `given-name-alone`): a lone word after a settlement noun and "of"
 * ("the southern town of Karak", "the suburb of Preston") or before a site noun ("landed at Sofia
 * airport", "executed in Adel prison") is a place, even when a given-name list knows it.
 */
function isPlaceContext(tokens: readonly Token[], run: Run, sentenceStart: number, sentenceEnd: number): boolean {
  const after = run.after < sentenceEnd ? tokens[run.after] : undefined;
  if (!run.possessive && after !== undefined && after.kind === 'word' && SITE_NOUNS.has(after.text)) return true;
  const of = run.before >= sentenceStart ? tokens[run.before] : undefined;
  const noun = run.before - 1 >= sentenceStart ? tokens[run.before - 1] : undefined;
  return of?.text === 'of' && noun !== undefined && noun.kind === 'word' && SETTLEMENT_NOUNS.has(noun.text);
}

/** One romanized Chinese or Korean syllable: "Wong", "Kwok", "Chun", "Hee", "Jong", "il". */
const SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|l|r)?$/;

/**
 * "Cheng Chung-tai", "Hwang Hee-Chan", "Kim Young-sam", "Lee Teng-hui": a one-syllable family name,
 * then a two-syllable given name joined by a hyphen. The shape is the evidence; no list needs them.
 */
function isEastAsianName(words: readonly Piece[]): boolean {
  if (words.length !== 2) return false;
  const [family, given] = words as [Piece, Piece];
  if (family.allCaps || given.allCaps || !SYLLABLE.test(stripAccents(family.lower))) return false;
  const parts = stripAccents(given.lower).split('-');
  return parts.length === 2 && parts.every((p) => SYLLABLE.test(p));
}

/**
 * Rule `family-name-first`: "Hu Shih", "Yang Buwei", "Deng Xiaoping": a common Chinese family name,
 * then a given name of one or two pinyin syllables that no list knows as anything else (the same
 * shape that keys a later "Hu" to the full name, people/keys.ts). Not "Long Island", "Ma Bell",
 * "Song Dynasty", "Sun Life": the second word is a common word or a place there.
 */
function isChineseNameFamilyFirst(pieces: readonly Piece[]): boolean {
  if (pieces.length !== 2 || pieces.some((p) => p.kind !== 'word' || p.allCaps || p.prefixed)) return false;
  const [family, given] = pieces as [Piece, Piece];
  return (given.flags & (NOT_NAME | W.Plural)) === 0 && (family.flags & HARD_BLOCK) === 0 && isFamilyNameFirst([family.lower, given.lower]);
}

/** One romanized Japanese syllable (mora): "ka", "shi", "tsu", "kyo", a vowel alone, or "n" before a consonant. */
const MORAE = /^(?:(?:ky|gy|sh|ch|ny|hy|my|ry|by|py|ts|[kgsztdnhbpmyrwfj])?[aiueo]|n(?![aiueoy]))+$/;
const MIN_JAPANESE_LETTERS = 4;

/**
 * Rule `japanese-name-shape`: "Hideo Nomo", "Noriyuki Haga", "Murasaki Shikibu", "Tosui Nakarai":
 * two words, each made of romanized Japanese syllables only and at least four letters long, that no
 * list knows as anything but a name. The shape is the evidence, as for Chinese and Korean names
 * ({@link isEastAsianName}); the name lists (Latin-script faker locales) have few Japanese names.
 * Not a place, a firm or a common word: "Saudi Arabia", "Toyota Motor", "Sumo Wrestling".
 */
function isJapaneseNameShape(pieces: readonly Piece[]): boolean {
  if (pieces.length !== 2) return false;
  return pieces.every((p) => p.kind === 'word' && !p.allCaps && !p.prefixed && (p.flags & NOT_NAME) === 0 && (p.flags & W.Plural) === 0 &&
    p.lower.length >= MIN_JAPANESE_LETTERS && MORAE.test(stripAccents(p.lower)));
}

/** "C Paterson", "A Lo Cicero", "D Dal Maso": one capital letter without a dot, then a surname. */
function isLineupShape(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  const initial = tokens[from]!;
  if (initial.kind !== 'word' || !/^\p{Lu}$/u.test(initial.text)) return false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !(/^\p{Lu}\p{Ll}/u.test(t.text) || (k < to - 1 && /^\p{Ll}{2,3}$/u.test(t.text)))) return false;
  }
  return /^\p{Lu}\p{Ll}/u.test(tokens[to - 1]!.text);
}

/** Separators between the entries of a line-up. */
const LINEUP_SEPARATORS = new Set([',', ';', ':']);
const MIN_LINEUP_ENTRIES = 3;

/**
 * Rule `initial-in-lineup`: a team sheet, "C Paterson; S Webster, A Craig, H Southwell, S Lamont":
 * entries of one capital letter without a dot and a surname, three or more in the sentence, each
 * between separators. The entry is a player's name ("A Craig" is no article: the list shows it).
 * Must not fire on a single "A Smith" in prose, nor on entries of other shapes.
 */
function isLineupEntry(tokens: readonly Token[], run: Run, sentenceStart: number, sentenceEnd: number): boolean {
  const from = run.before + 1;
  const to = run.after;
  if (run.possessive || !isLineupShape(tokens, from, to)) return false;
  const bounded = (i: number) => i < sentenceStart || i >= sentenceEnd || LINEUP_SEPARATORS.has(tokens[i]!.text) || tokens[i]!.text === '(' || tokens[i]!.text === '.';
  if (!bounded(run.before) || !bounded(run.after)) return false;
  // Count entries of the same shape between separators in the sentence.
  let entries = 0;
  let start = sentenceStart;
  for (let k = sentenceStart; k <= sentenceEnd && entries < MIN_LINEUP_ENTRIES; k++) {
    if (k < sentenceEnd && !LINEUP_SEPARATORS.has(tokens[k]!.text)) continue;
    let end = k;
    while (end > start && (tokens[end - 1]!.text === '.' || tokens[end - 1]!.text === ')')) end--;
    // "G Bulloch (capt)": a note in brackets after the name.
    const open = tokens.slice(start, end).findIndex((t) => t.text === '(');
    if (isLineupShape(tokens, start, open >= 0 ? start + open : end)) entries++;
    start = k + 1;
  }
  return entries >= MIN_LINEUP_ENTRIES;
}

/**
 * Rule `large-town-name`: "Milton Keynes", "Fort Worth", "Santa Ana": a name of several words that is
 * as a whole a town of 250,000 people or more (GeoNames) is the town, even when its first word is a
 * given name. A person is seldom named exactly like a large city; a smaller town needs the text's
 * own evidence (see `place-preposition-in-document` in ../people.ts). `key` is the pieces' {@link placeKey}.
 */
function isTownOfSeveralWords(pieces: readonly Piece[], key: string): boolean {
  return pieces.length >= 2 && pieces.length <= 4 && pieces.every((p) => p.kind === 'word') && townTier(key) >= 1;
}

/** The run follows a work noun ("the novel Eve Green") or starts with one ("Hurricane Edouard"). */
export function namesAWork(tokens: readonly Token[], run: Run): boolean {
  const before = tokens[run.before];
  const first = run.pieces[0]!;
  return (before !== undefined && before.kind === 'word' && WORK_NOUNS.has(before.text)) || (first.kind === 'word' && run.pieces.length > 1 && WORK_NOUNS.has(first.lower)) || isAfterWorkPhrase(tokens, run);
}

/**
 * "her role in Vera Drake", "the film version of Billy Elliot", "a remake of Chorlton And The
 * Wheelies": a run right after one of these phrases is a work. Not one with a possessive, whose
 * owner the work is ("his role in Bernardo Bertolucci's Last Tango", "a version of Eric Clapton's hit").
 */
function isAfterWorkPhrase(tokens: readonly Token[], run: Run): boolean {
  if (run.possessive || run.before < 1) return false;
  const a = tokens[run.before - 1]!;
  const b = tokens[run.before]!;
  if (!(a.kind === 'word' && b.kind === 'word' && WORK_PHRASES.has(`${a.text} ${b.text}`))) return false;
  // "Mike Nichols' Closer" (an apostrophe after the s), "the sequel to Ben Stiller comedy Meet The
  // Parents" (a work noun after the name): the name is the work's owner
  const after = tokens[run.after];
  return !(after !== undefined && (/^['’]$/.test(after.text) || (after.kind === 'word' && WORK_NOUNS.has(after.text))));
}

const WORK_PHRASES: ReadonlySet<string> = new Set(['role in', 'version of', 'remake of', 'sequel to', 'adaptation of']);

/** Marks that open or close a title in the text: the quotation marks, and single quotes. */
const TITLE_MARKS = new Set([...QUOTE_MARKS, '‘', '’', "'", '`']);
/** Small words a title in title case may hold in lower case: "Anne of a Thousand Days". */
const TITLE_SMALL_WORDS = new Set(['of', 'a', 'an', 'the', 'in', 'and', 'on', 'at', 'to', 'for', 'with', 'from', 'de', 'la', 'le', 'et', '&']);
const MAX_TITLE_TOKENS = 10;

/** From token `i` in direction `dir`, over title-case words, to a title mark: its index, or -1. */
function titleMarkFrom(tokens: readonly Token[], i: number, dir: 1 | -1, start: number, end: number): number {
  for (let k = i, n = 0; k >= start && k < end && n < MAX_TITLE_TOKENS; k += dir, n++) {
    const t = tokens[k]!;
    if (TITLE_MARKS.has(t.text)) return k;
    if (t.kind === 'word' ? !(startsUpperCase(t.text) || TITLE_SMALL_WORDS.has(t.text)) : !(t.kind === 'number' || (dir === 1 && /^[,.!?:]$/.test(t.text)))) return -1;
  }
  return -1;
}

/**
 * Rule `title-in-quotes`: the run stands inside quotation marks that hold only a title in title
 * case: the film "Michael Collins", "Anne of a Thousand Days", the pseudonym "Jenna Marbles". A name
 * found there is the title of a work (or a name quoted as a name), not a person mentioned, and it
 * does not license its surname elsewhere. Not a nickname between the names ('Roberto " Hands of
 * Stone " Duran'), nor a quotation with lower-case words ('"Smith was right," he said').
 */
export function isTitleInQuotes(tokens: readonly Token[], run: Run, sentenceStart: number, sentenceEnd: number): boolean {
  // '"Norton I, Emperor of the United States"': a regnal name is a person's, even inside a styled title.
  if (isRegnalName(run.pieces, tokens[run.after])) return false;
  const open = titleMarkFrom(tokens, run.before, -1, sentenceStart, sentenceEnd);
  if (open < 0) return false;
  const close = titleMarkFrom(tokens, run.after, 1, sentenceStart, sentenceEnd);
  if (close < 0) return false;
  // An apostrophe glued to a word is a possessive or an elision, not a mark: "Shearer 's", "rock 'n'".
  const o = tokens[open]!;
  const c = tokens[close]!;
  // 'Commanders " Vicente " and " Oscar "', 'his son "Shep"': a nickname after a person noun or a title.
  const owner = open - 1 >= sentenceStart ? tokens[open - 1]! : undefined;
  if (owner !== undefined && owner.kind === 'word' && (PERSON_NOUNS.has(owner.lower) || (classifyWord(owner.lower).flags & (W.Title | W.Honorific)) !== 0)) return false;
  return !(o.text === "'" && tokens[open - 1]?.end === o.start) && !(c.text === "'" && tokens[close + 1]?.kind === 'word' && tokens[close + 1]!.start === c.end);
}

/**
 * Rule `given-name-plural-surname`: "John Stones", "Britney Spears", "Barry Bonds", "Allan Wells":
 * exactly a sure given name (no common word, no place) and a word that reads as the plural of a
 * common noun is a family name. Teams and groups open with a place or a common word instead
 * ("Florida Marlins", "Mind Games"), and a run after "the" is judged before this ("the Chicago Bulls").
 */
function isPluralSurnameName(pieces: readonly Piece[]): boolean {
  if (pieces.length !== 2) return false;
  const [given, family] = pieces as [Piece, Piece];
  return isSureGiven(given) && !given.allCaps && family.kind === 'word' && !family.allCaps && !family.prefixed &&
    (family.flags & W.Plural) !== 0 && (family.flags & (W.Place | W.Org | W.Demonym | W.NonPerson | W.Calendar | W.Title | W.Honorific)) === 0;
}

/** What a family name that is also a common word may not be: "Kimiko Date" yes, "Lake Tahoe", "Grand Prix" no. */
const NOT_COMMON_FAMILY = W.Place | W.Org | W.Calendar | W.Demonym | W.NonPerson | W.Title | W.Honorific | W.Plural;

/**
 * Rule `common-word-family-name`: "Kimiko Date ( Japan )", "Davis Love ( U.S. )": before a country in
 * brackets (a results line), a given name or an unknown word, then a common word that is nothing
 * else, is a name. Only with that context: elsewhere "Kimiko Date" is as likely a heading.
 */
function isCommonWordFamilyName(pieces: readonly Piece[]): boolean {
  if (pieces.length !== 2) return false;
  const [given, family] = pieces as [Piece, Piece];
  if (given.kind !== 'word' || family.kind !== 'word' || given.allCaps || family.allCaps) return false;
  const givenOk = isName(given) ? (given.flags & (W.Title | W.Honorific | W.Org | W.Calendar | W.NonPerson | W.Demonym)) === 0 : isUnknown(given);
  return givenOk && (family.flags & W.Common) !== 0 && (family.flags & NOT_COMMON_FAMILY) === 0;
}

/** After a sure given name, any word but a place, organization or calendar word: "John Head". */
function fitsAfterGivenName(p: Piece): boolean {
  // "Sky One", "Channel Four", "Formula One": a number word after a name-like word names a thing.
  if (p.kind === 'word' && Object.hasOwn(UNIT_WORDS, p.lower)) return false;
  if (p.kind !== 'word' || p.prefixed || isName(p)) return true;
  if ((p.flags & (HARD_BLOCK | W.Demonym | W.Plural)) !== 0) return false;
  return (p.flags & W.Place) === 0 || (p.flags & W.City) !== 0;
}

/** Words after "&" that end a firm's name: "A.G. Edwards & Sons", "F.H. Faulding & Co". */
const FIRM_AFTER_AMPERSAND = new Set(['sons', 'son', 'co', 'company', 'partners', 'associates', 'brothers', 'bros', 'inc', 'corp', 'ltd', 'plc', 'llc']);

/** Rule: a run right before "& Sons", "& Co" names a firm, not a person. */
export function isFirmBeforeAmpersand(tokens: readonly Token[], after: number, end: number): boolean {
  const next = tokens[after + 1];
  if (!(after + 1 < end && tokens[after]?.text === '&' && next !== undefined && next.kind === 'word')) return false;
  if (FIRM_AFTER_AMPERSAND.has(next.lower)) return true;
  // "Douglas & Lomason Co", "Schroder Wertheim & Co": a name and a firm's tail after the "&".
  const tail = tokens[after + 2];
  return after + 2 < end && startsUpperCase(next.text) && tail !== undefined && tail.kind === 'word' && FIRM_AFTER_AMPERSAND.has(tail.lower);
}

const SCORE = /^\d{1,2}$/;

function isTeamScore(tokens: readonly Token[], after: number, end: number): boolean {
  let k = after;
  if (tokens[k]?.text === '(') {
    const close = tokens.slice(k, Math.min(end, k + 6)).findIndex((t) => t.text === ')');
    if (close < 0) return false;
    k += close + 1;
  }
  const score = tokens[k];
  const next = tokens[k + 1];
  return k + 1 < end && score !== undefined && score.kind === 'number' && SCORE.test(score.text) && next !== undefined && next.kind === 'word' && startsUpperCase(next.text);
}

/**
 * "Hamilton 2 Clyde 0", "OB 4 Lotte 2": the run stands between two scores at the end of a results
 * line, after a capitalized name and its score, so it is the second team of a match result.
 */
function isSecondTeamOfScore(tokens: readonly Token[], run: Run, start: number, end: number): boolean {
  const b = run.before;
  const a = run.after;
  const last = a + 1 < end && tokens[a + 1]!.kind === 'punct' ? a + 2 : a + 1;
  if (b - 1 < start || a >= end || last !== end) return false;
  const score = tokens[b]!;
  const home = tokens[b - 1]!;
  const away = tokens[a]!;
  return score.kind === 'number' && SCORE.test(score.text) && away.kind === 'number' && SCORE.test(away.text) && home.kind === 'word' && startsUpperCase(home.text);
}

/** "Plymouth v Preston", "Chelsea vs Arsenal": the word between the two sides of a fixture. */
const VERSUS = new Set(['v', 'vs', 'v.', 'vs.']);

/**
 * Rule `fixture-side`: "Plymouth v Preston , Shrewsbury v Brentford", "Final Partizan v Olympiakos":
 * a run with "v" / "vs" and a capitalized word (or a closing bracket: "( Turkey ) v Molenbeek") on
 * the other side is one side of a match, a team. A full name with a sure given name first stays a
 * person ("(Marvin Gaye v Tuff Jam?)"); so does a lone surname in a singles match ("Agassi v Sampras"
 * is lost, a price paid for the far more frequent fixture lists).
 */
function isFixtureSide(tokens: readonly Token[], run: Run, start: number, end: number): boolean {
  if (run.possessive) return false;
  if (run.pieces.length >= 2 && isSureGiven(run.pieces[0]!)) return false;
  const a = tokens[run.after];
  const other = tokens[run.after + 1];
  if (run.after + 1 < end && a !== undefined && VERSUS.has(a.text) && other !== undefined && startsUpperCase(other.text)) return true;
  const b = tokens[run.before];
  const prev = tokens[run.before - 1];
  return run.before - 1 >= start && b !== undefined && VERSUS.has(b.text) && prev !== undefined && (startsUpperCase(prev.text) || prev.text === ')');
}

/** Counts in a league table: played, won, drawn, lost, goals for, against, points. */
const TABLE_COUNT = /^\d{1,4}$/;
const MIN_TABLE_COUNTS = 6;

/**
 * Rule `standings-row`: "Aston Villa 3 2 0 1 4 2 6", "Sydney Tigers 21 11 0 10 309 435 22". The run
 * opens a line (only capitalized words before it) and six or more whole numbers, and nothing else,
 * follow it to the end of the line: a row of a league table, so a team. Player statistics keep
 * their decimals or marks ("Alec Stewart 3 5 0 396 170 79.20", "Cork 14.3-4-45-1") and are not
 * rows of this kind; golf cards ("Tiger Woods 70 68 72") have fewer numbers.
 */
export function isStandingsRow(tokens: readonly Token[], run: Run, sentenceStart: number, sentenceEnd: number): boolean {
  if (run.possessive || sentenceEnd - run.after < MIN_TABLE_COUNTS) return false;
  for (let k = run.after; k < sentenceEnd; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'number' || !TABLE_COUNT.test(t.text)) return false;
  }
  for (let k = sentenceStart; k <= run.before; k++) if (!startsUpperCase(tokens[k]!.text) && tokens[k]!.text !== '.') return false;
  return true;
}

const PLACE_PREFIXES = new Set(['st', 'ste', 'saint', 'san', 'santa', 'santo', 'sao', 'fort', 'port', 'mount', 'mt', 'lake', 'cape']);

/** The word before token `i`, stepping over a dot glued to it ("St. Louis" → "st"). */
function wordBefore(tokens: readonly Token[], i: number, sentenceStart: number): string {
  let k = i;
  if (k >= sentenceStart && tokens[k]!.text === '.' && k > sentenceStart && tokens[k - 1]!.end === tokens[k]!.start) k--;
  return wordLower(k >= sentenceStart ? tokens[k] : undefined);
}

/** The words of pieces[from, to) as the place lists spell them: lower case, one space between, accents removed. */
function placeKey(pieces: readonly Piece[], from: number, to: number): string {
  let phrase = pieces[from]!.lower;
  for (let k = from + 1; k < to; k++) phrase += ' ' + pieces[k]!.lower;
  return stripAccents(phrase);
}

/** Pieces inside a multi-word place name ("New Zealand", "Sri Lanka") are marked as places. */
function markPlacePhrases(pieces: readonly Piece[]): readonly Piece[] {
  if (pieces.length < 2) return pieces;
  let out: Piece[] | null = null;
  for (let k = 0; k < pieces.length - 1; k++) {
    if (!opensPlaceName(stripAccents(pieces[k]!.lower))) continue;
    for (let n = Math.min(3, pieces.length - k); n >= 2; n--) {
      const phrase = placeKey(pieces, k, k + n);
      if (!isPlaceName(phrase)) continue;
      out ??= [...pieces];
      for (let q = k; q < k + n; q++) out[q] = { ...out[q]!, flags: (out[q]!.flags | W.Place) & ~NAME };
      break;
    }
  }
  return out ?? pieces;
}

function startsName(pieces: readonly Piece[], k: number, sentenceInitial: boolean): boolean {
  const p = pieces[k]!;
  if (p.kind !== 'word') return p.kind === 'initial';
  if (p.prefixed) return true;
  if (p.flags & W.Particle) return k + 1 < pieces.length;
  if (isName(p)) {
    // "German Anke Huber", "Finn Juha Kankkunen": a nationality that is also a given name, before a
    // sure given name and a family name, is the nationality.
    if ((p.flags & W.Demonym) && k + 2 < pieces.length && isSureGiven(pieces[k + 1]!)) return false;
    // A sentence-initial common word that is also a name ("Will", "Grant") starts a name only
    // when another name word follows.
    if (sentenceInitial && (p.flags & W.Common)) {
      const next = pieces[k + 1];
      return next !== undefined && (isName(next) || isUnknown(next) || next.kind !== 'word');
    }
    return (p.flags & (W.Demonym | W.Place)) === 0 || (p.flags & W.First) !== 0 || k + 1 === pieces.length;
  }
  // "Unseeded Patrick Rafter": an unknown sentence-initial word before a sure given name is not part of the name.
  const next = pieces[k + 1];
  // With only two words the unknown one is more likely a rare given name: "Linford Christie".
  if (sentenceInitial && next && k + 2 < pieces.length && next.kind === 'word' && (next.flags & W.First) && !(next.flags & W.Common)) return false;
  return (p.flags & NOT_NAME) === 0;
}
