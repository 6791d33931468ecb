/**
 * Find the speaker mention next to a cue, on the token stream (no parse): a pronoun ("he"), a
 * name ("Yasar Guler", "Mr. Obama", "Hugh Hill, a doctor,"), or a description ("a spokesman for the
 * ministry", "Trump's campaign manager", "officials"). The mention is what the attribution used;
 * linking it to a person is the speaker resolver's job.
 */
import type { ArticleDoc } from '../../doc/article.js';
import { isCapitalized, isWord, isWrittenInCapitals, startsUpperCase, type Token } from '../../doc/tokenize.js';
import { COMMON_NOUN_TAGS, lexiconTags } from '../../nlp/compromise.js';
import { pronounInfo } from '../../lexicon/pronouns.js';
import { NAME_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { NAME_LINK_WORDS as NAME_PARTICLES } from '../../lexicon/name-particles.js';
import { ORGANIZATION_HEADS } from '../../lexicon/organizations.js';
import { ROLE_HEADS, SPEAKER_NOUNS } from '../../lexicon/person-words.js';
import { REPORTING_VERBS } from '../../lexicon/reporting-verbs.js';
import { singularsOf } from '../../util/text.js';

export type MentionKind = 'name' | 'pronoun' | 'description';

export interface SpeakerMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
}

/** Words that may stand between a subject and its cue: "he also said", "Guler has repeatedly said". */
const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also', 'later', 'previously', 'recently', 'once', 'then', 'often', 'again', 'still', 'even', 'already',
  'never', 'first', 'just', 'further', 'has', 'had', 'have', 'would', 'will', 'could', 'may', 'might', 'can',
  'should', 'must', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'been', 'not', 'only', 'simply', 'since',
  'had', 'reportedly', 'repeatedly', 'publicly', 'privately', 'quickly', 'flatly', 'bluntly', 'once',
]);

/** Relative pronouns that stand as the subject of a cue (the resolver links them to what they follow). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which']);

/** Words that never belong to a speaker noun phrase (walking stops there). */
const STOP_WORDS = new Set([
  'and', 'or', 'but', 'nor', 'so', 'yet', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where',
  'while', 'as', 'if', 'because', 'although', 'though', 'than', 'in', 'on', 'at', 'by', 'with', 'from', 'to',
  'into', 'about', 'after', 'before', 'during', 'over', 'under', 'since', 'until', 'is', 'was', 'were', 'are',
  'be', 'been', 'has', 'had', 'have', 'not', 'also', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him',
  'them', 'me', 'us', 'there', 'here', 'then', 'now', 'just', 'very', 'said', 'says', 'told', 'would', 'will',
  'could', 'should', 'can', 'may', 'might', 'must', 'do', 'did', 'does', 'how', 'why', 'this', 'these',
  'those', 'such', 'like', 'out', 'up', 'down', 'off', 'against', 'without', 'through', 'per', 'via',
  'yesterday', 'today', 'tonight', 'tomorrow', 'ago', 'later', 'earlier', 'again', 'once', 'however',
  'meanwhile', 'still', 'instead', 'moreover', 'indeed', 'thus', 'therefore', 'nevertheless', 'nonetheless',
  'afterward', 'afterwards', 'beyond', 'despite', 'besides', 'otherwise', 'cannot',
]);

/** compromise lexicon tags that mark a lower-case word as not a noun or adjective. */
const NOT_NOMINAL_TAGS = new Set([
  'PastTense', 'Participle', 'Gerund', 'Adverb', 'Preposition', 'Conjunction', 'QuestionWord', 'Pronoun',
  'Copula', 'Modal', 'Auxiliary', 'Negative', 'PresentTense', 'Determiner',
]);

/** compromise lexicon tags that mark a word as a noun (it may also be a verb: "judges", "reports"). */
const NOMINAL_TAGS = new Set([...COMMON_NOUN_TAGS, 'Actor', 'ProperNoun', 'Person', 'Organization']);

/** The word of a share of people counted: "21 percent" (the "%" of "49%" is a token of its own). */
const SHARE_WORD = /^percent$/i;

/** The number of a share: right before "percent", or glued to its "%" ("49%"). */
function isShareCount(count: Token | undefined, share: Token): boolean {
  return count !== undefined && count.kind === 'number' && (share.text !== '%' || count.end === share.start);
}

/** "those surveyed said": the people a poll asked. */
const POLLED = /^(?:surveyed|polled|questioned|interviewed)$/i;

/** Connectors allowed inside a description: "a spokesman for the ministry", "secretary of state". */
const DESCRIPTION_LINKS = new Set(['of', 'for', 'at']);

const lower = (t: Token): string => t.lower;
const isPossessive = (t: Token): boolean => /['’]s$/i.test(t.text) || /s['’]$/.test(t.text);

/** Sentence starts are set by the article builder through `Token.sentence`; a token is first when its predecessor is in another sentence. */
let sentenceStarts: ReadonlySet<number> = new Set();
function isSentenceStart(t: Token): boolean {
  return sentenceStarts.has(t.start);
}

/** Remember the sentence starts of the document being walked (call once per document). */
export function useDocument(doc: ArticleDoc): void {
  sentenceStarts = new Set(doc.sentences.map((s) => doc.tokens[s.tokenStart]?.start ?? -1));
}

/** A noun in its context: "judges" is a verb to compromise's lexicon, but not after "the". */
function isNominalAt(doc: ArticleDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (isNominal(t)) return true;
  const before = doc.tokens[i - 1];
  // after "the": "the judges", "the ruling"
  return before !== undefined && isWord(before) && DETERMINERS.has(lower(before)) && /(?:s|ing)$/.test(lower(t)) && !STOP_WORDS.has(lower(t));
}

/** compromise's lexicon tags of a lower-case word ("is" → Copula, PresentTense). */
function isNominal(t: Token): boolean {
  const w = lower(t);
  if (/n['’]t$/.test(w)) return false; // "hasn't", "didn’t"
  if (NEVER_SPEAKER_TIME_WORDS.test(w)) return false; // "said Sunday", "told reporters Wednesday"
  if (isCapitalized(t) && !pronounInfo(w) && !isSentenceStart(t)) return true; // "Theresa May", "Sen. Will Hurd"
  // "US Senator Jeff Sessions" opening a sentence: an acronym there is no pronoun it is spelled
  // like (mid-sentence "US", "IT" stay as before)
  if (isWrittenInCapitals(t.text) && isSentenceStart(t)) return true;
  if (STOP_WORDS.has(w)) return false;
  if (SPEAKER_NOUNS.has(w) || isPluralOfPersonNoun(w)) return true;
  if (isWord(t) && startsUpperCase(t.text)) return true; // (not isCapitalized: its type guard would leave `t` as never below)
  if (t.kind === 'number') return false;
  const tags = lexiconTags(w);
  if (tags.length === 0) return !(/ly$/.test(w) && w.length > 4); // unknown "-ly" words are adverbs
  if (tags.some((tag) => NOMINAL_TAGS.has(tag))) return true; // "judges" is a plural noun before it is a verb
  return !tags.some((tag) => NOT_NOMINAL_TAGS.has(tag));
}

/**
 * The first token of the words right before token `name` that may be its title ("party chief John
 * Smith", "Lib Dem's elections chief Lord Rennard"): nouns and possessives, at most
 * {@link TITLE_BEFORE_NAME_MAX_WORDS}, none before `floor`; `name` when there are none.
 */
export function titleStartBefore(doc: ArticleDoc, name: number, floor: number): number {
  let k = name;
  while (k - 1 >= floor && name - k < TITLE_BEFORE_NAME_MAX_WORDS && isWord(doc.tokens[k - 1]) && (isNominalAt(doc, k - 1) || isPossessive(doc.tokens[k - 1]!))) k--;
  return k;
}

const TITLE_BEFORE_NAME_MAX_WORDS = 5;

/** "bosses", "chiefs", "executives": the plural of a speaker noun or a title, a noun whatever compromise's lexicon says ("bosses" is a verb there). */
function isPluralOfPersonNoun(w: string): boolean {
  return w.length >= 4 && singularsOf(w).some((x) => SPEAKER_NOUNS.has(x) || ROLE_HEADS.has(x));
}

function mentionOf(doc: ArticleDoc, first: number, last: number, kind: MentionKind): SpeakerMention {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { start, end, text: doc.text.slice(start, end), kind };
}

/** Index of the token just left of `index` after skipping adverbs/auxiliaries ("he also said"). */
export function skipBackOverAdverbs(doc: ArticleDoc, index: number, floor: number): number {
  let i = index;
  while (i >= floor && isWord(doc.tokens[i]) && (BETWEEN_SUBJECT_AND_CUE.has(lower(doc.tokens[i]!)) || isMannerAdverb(doc.tokens[i]!) || /n['’]t$/i.test(doc.tokens[i]!.text) || isPronounContraction(doc, i))) i--;
  // "Priebus later Thursday told": a bare weekday
  if (i - 1 >= floor && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/i.test(doc.tokens[i]?.text ?? '')) {
    i--;
    while (i >= floor && isWord(doc.tokens[i]) && BETWEEN_SUBJECT_AND_CUE.has(lower(doc.tokens[i]!))) i--;
  }
  // "who in 2010 said", "Smith on Monday said": a short time adjunct
  if (i - 1 >= floor && /^(?:in|on|last)$/i.test(doc.tokens[i - 1]!.text) && (doc.tokens[i]!.kind === 'number' || TIME_WORDS.test(doc.tokens[i]!.text))) {
    i -= 2;
    while (i >= floor && isWord(doc.tokens[i]) && BETWEEN_SUBJECT_AND_CUE.has(lower(doc.tokens[i]!))) i--;
  }
  return i;
}

/** "He’s claiming", "they’ve said": an auxiliary glued to a personal pronoun (not the possessive of a name). */
const CONTRACTED_AUXILIARY = /^['’](?:s|ve|re|d|ll)$/i;
function isPronounContraction(doc: ArticleDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const before = doc.tokens[i - 1];
  return CONTRACTED_AUXILIARY.test(t.text) && before !== undefined && before.end === t.start && pronounInfo(before.lower) !== undefined;
}

/** "she angrily said", "Trump sarcastically tweeted": a lower-case -ly word the lexicon knows as an adverb (or does not know). */
function isMannerAdverb(t: Token): boolean {
  const w = t.text;
  if (w.length <= 4 || !/^\p{Ll}[\p{Ll}-]*ly$/u.test(w)) return false;
  const tags = lexiconTags(w);
  return tags.length === 0 || tags.includes('Adverb');
}

/** Time words that are never part of a name (not "May", "June", "April", "August": also first or last names). */
const NEVER_SPEAKER_TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|september|october|november|december|week|month|year|night)$/i;
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|night)$/i;

const FORMS_OF_BE = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being']);

/** "it has been confirmed", "was described as": a passive cue has no speaker on its left. */
export function isPassiveCue(doc: ArticleDoc, cueIndex: number, floor: number): boolean {
  const t = doc.tokens[cueIndex]!;
  if (!/ed$|wn$|ld$|id$/i.test(t.text)) return false;
  for (let i = cueIndex - 1; i >= floor && isWord(doc.tokens[i]) && BETWEEN_SUBJECT_AND_CUE.has(lower(doc.tokens[i]!)); i--) {
    if (FORMS_OF_BE.has(lower(doc.tokens[i]!))) return true;
  }
  return false;
}

/**
 * The speaker mention ending at token `last` (inclusive), walking left, never before `floor`.
 * Handles pronouns, appositions between commas ("Hugh Hill, a doctor,"), names and descriptions.
 */
export function mentionEndingAt(doc: ArticleDoc, last: number, floor: number, depth = 0): SpeakerMention | null {
  const tokens = doc.tokens;
  const t = tokens[last];
  if (t === undefined || last < floor) return null;
  if (isWord(t) && pronounInfo(t.lower)) return mentionOf(doc, last, last, 'pronoun');
  // "the Chicago Police Department which reported", "McConnell, who in 2010 said": the relative pronoun
  if (isWord(t) && RELATIVE_PRONOUNS.has(t.text) && depth === 0) return mentionOf(doc, last, last, 'pronoun');
  if ((t.text === ',' || t.text === ')' || spacedDashStart(doc, last) >= 0) && depth < 2) return mentionBeforeApposition(doc, last, floor, depth);
  const age = ageNounStart(doc, last, floor);
  if (age >= 0) return mentionOf(doc, age, last, 'description');
  // "the two write", "the three said": a number word after "the" stands for the people counted
  if (isWord(t) && COUNTED_PEOPLE.test(t.text) && last - 1 >= floor && /^the$/i.test(tokens[last - 1]!.text)) return mentionOf(doc, last - 1, last, 'description');
  // "those surveyed said"
  if (isWord(t) && POLLED.test(t.text) && last - 1 >= floor && /^those$/i.test(tokens[last - 1]!.text)) return mentionOf(doc, last - 1, last, 'description');
  // "49% say": a share of the people counted
  if (t.text === '%' && isShareCount(tokens[last - 1], t) && last - 1 >= floor) return mentionOf(doc, last - 1, last, 'description');
  if (!isWord(t) || !isNominalAt(doc, last) || DETERMINERS.has(lower(t))) return null; // "No wonder …"
  // Walk left over the noun phrase.
  let first = last;
  let sawDeterminer = false;
  for (let j = last - 1; j >= floor && last - j <= 12; j--) {
    const u = tokens[j]!;
    if (u.text === '.' && isWord(tokens[j - 1]) && isNameAbbreviation(tokens[j - 1]!) && isCapitalized(tokens[j + 1])) {
      first = j - 1;
      j--;
      continue;
    }
    if (!isWord(u)) break;
    const w = lower(u);
    if (DETERMINERS.has(w) && !isCapitalized(u)) {
      first = j;
      sawDeterminer = true;
      break;
    }
    if (DETERMINERS.has(w) && isCapitalized(u)) {
      first = j; // "The minister" at a sentence start
      sawDeterminer = true;
      break;
    }
    if (NAME_PARTICLES.has(w) && isCapitalized(tokens[j + 1]) && isCapitalized(tokens[j - 1]) && w !== 'of') {
      first = j;
      continue;
    }
    if (DESCRIPTION_LINKS.has(w) && j - 1 >= floor && isWord(tokens[j - 1]) && isNominal(tokens[j - 1]!)) {
      first = j;
      continue;
    }
    if (isPossessive(u) && isCapitalized(u)) {
      first = j; // "Trump's campaign manager": keep the owner, and its first name
      for (let k = j - 1; k >= floor && isCapitalized(tokens[k]) && !DETERMINERS.has(lower(tokens[k]!)); k--) first = k;
      break;
    }
    if (!isNominal(u)) break;
    first = j;
  }
  // A description must not start with a link word.
  while (first < last && DESCRIPTION_LINKS.has(lower(tokens[first]!))) first++;
  // "21 percent said", "73 percent of Americans said": a share of the people counted, its number first
  if (SHARE_WORD.test(tokens[first]!.text) && first - 1 >= floor && isShareCount(tokens[first - 1], tokens[first]!)) return mentionOf(doc, first - 1, last, 'description');
  // "a spokesman for | the ministry": extend over one link to the description it belongs to.
  // "a legal expert in | the US": a place after "in" belongs to a lower-case description before it
  if (sawDeterminer && depth < 2 && first - 2 >= floor && isWord(tokens[first - 1]) && lower(tokens[first - 1]!) === 'in') {
    const outer = mentionEndingAt(doc, first - 2, floor, depth + 1);
    if (outer !== null && outer.kind === 'description' && !isCapitalized(tokens[first - 2])) {
      return { start: outer.start, end: t.end, text: doc.text.slice(outer.start, t.end), kind: 'description' };
    }
  }
  if (sawDeterminer && depth < 2 && first - 2 >= floor && isWord(tokens[first - 1]) && DESCRIPTION_LINKS.has(lower(tokens[first - 1]!))) {
    const outer = mentionEndingAt(doc, first - 2, floor, depth + 1);
    if (outer !== null && outer.kind !== 'pronoun') {
      return { start: outer.start, end: t.end, text: doc.text.slice(outer.start, t.end), kind: outer.kind === 'name' && isCapitalized(t) ? 'name' : 'description' };
    }
  }
  const headIsName = isCapitalized(t);
  if (!headIsName) {
    const head = lower(t);
    // a bare lower-case word with no determiner must be a known speaker noun ("officials said")
    if (!sawDeterminer && first === last && !SPEAKER_NOUNS.has(head) && !/s$/.test(head)) return null;
    return mentionOf(doc, first, last, 'description');
  }
  // "Colin Asplin, Blackpool Hotel Association said": a person's name, then the organization
  if (depth === 0 && first > floor + 1 && ORGANIZATION_HEADS.has(lower(t)) && tokens[first - 1]!.text === ',') {
    const person = mentionEndingAt(doc, first - 2, floor, 2);
    if (person !== null && person.kind === 'name' && isSentenceStart(tokens[doc.tokenIndexAt(person.start)]!)) return person;
  }
  // "the state news agency SANA": the name at the end is the mention.
  const nameStart = nameRunStart(doc, last, first);
  // "The MP for Ealing North": a name after "for"/"of"/"at" is the description's object, not the speaker
  if (nameStart > first && !DESCRIPTION_LINKS.has(lower(tokens[nameStart - 1]!))) return mentionOf(doc, nameStart, last, 'name');
  return mentionOf(doc, first, last, sawDeterminer && first < last && !allCapitalized(doc, first + 1, last) ? 'description' : 'name');
}

/**
 * The first token of the name that ends a noun phrase at `last`: "the state news agency | SANA",
 * "Acme's recently named executive chair | Jane Roe", "War on Want's | John Hilary". The speaker is
 * the name itself, so the walk stops at a lower-case word and at a possessive owner before a full
 * (two-word) name; a single word after the owner keeps it ("Jeb Bush's Facebook"). Returns `first`
 * when the whole phrase is one name ("The New York Times").
 */
function nameRunStart(doc: ArticleDoc, last: number, first: number): number {
  const tokens = doc.tokens;
  const inName = (k: number): boolean => isCapitalized(tokens[k]) || tokens[k]!.text === '.' || isParticleInName(doc, k);
  let k = last;
  while (k - 1 >= first && !isPossessive(tokens[k - 1]!) && inName(k - 1)) k--;
  // "Jeb Bush's Facebook": one word after the owner is the owner's thing, not a person's full name
  if (k === last && k - 1 >= first && isPossessive(tokens[k - 1]!)) {
    if (!isWord(tokens[k - 1]) || !isCapitalized(tokens[k - 1])) k--; // the "'s" token of "Roe 's"
    while (k - 1 >= first && (inName(k - 1) || isPossessive(tokens[k - 1]!))) k--;
  }
  return k;
}

/** "The New York Times" is a name; "The Shadow Secretary of State for the Family" is a description. */
function allCapitalized(doc: ArticleDoc, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isWord(doc.tokens[k]) && !isCapitalized(doc.tokens[k])) return false;
  return true;
}

/** "al" in "Bashar al Assad", "of" in "Secretary of State" or "Bank of America". */
function isParticleInName(doc: ArticleDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  return isWord(t) && NAME_PARTICLES.has(lower(t)) && isCapitalized(doc.tokens[i - 1]) && isCapitalized(doc.tokens[i + 1]);
}

function isNameAbbreviation(t: Token): boolean {
  return NAME_ABBREVIATIONS.has(lower(t)) || /^\p{Lu}$/u.test(t.text);
}

/** A dash: "-", "—", "–", "―", or "--" (two hyphen tokens written together). */
const DASH = /^[-—–―]$/;

/**
 * The first token of the dash that ends at token `i`, when it stands alone between spaces
 * ("Holt - the moderator - said", "Holt -- the moderator -- said"), else -1 (a hyphen in a word).
 */
export function spacedDashStart(doc: ArticleDoc, i: number): number {
  const t = doc.tokens[i];
  if (t === undefined || !DASH.test(t.text)) return -1;
  let first = i;
  if (t.text === '-' && doc.tokens[i - 1]?.text === '-' && glued(doc.tokens[i - 1], t)) first = i - 1;
  const next = doc.tokens[i + 1];
  return glued(doc.tokens[first - 1], doc.tokens[first]!) || (next !== undefined && glued(t, next)) ? -1 : first;
}

/**
 * "Hugh Hill, a doctor, said" / "Smith (R-Texas) said" / "Lester Holt - the moderator - said":
 * the name before the apposition (between commas, parentheses or a pair of dashes).
 */
function mentionBeforeApposition(doc: ArticleDoc, closer: number, floor: number, depth: number): SpeakerMention | null {
  const tokens = doc.tokens;
  const paren = tokens[closer]!.text === ')';
  const closerDash = spacedDashStart(doc, closer);
  if (closerDash >= 0) return mentionBeforeDashes(doc, closerDash, floor, depth);
  for (let j = closer - 1; j >= floor && closer - j <= 30; j--) {
    const u = tokens[j]!;
    if (paren ? u.text === '(' : u.text === ',') {
      if (j === closer - 1) return null;
      if (!paren && !looksLikeApposition(doc, j + 1, closer)) continue; // an inner comma: look further left
      const name = mentionEndingAt(doc, j - 1, floor, depth + 1);
      if (name === null || name.kind === 'pronoun') return null;
      // "The Shadow Secretary of State for the Family, Theresa May, said": the name is the apposition;
      // so it is after "His former partner at Lenox, Lawrence Cummings," (the name ends a description)
      if (!paren && (name.kind === 'description' || /^(?:at|of|for|with|from|in)$/i.test(tokens[doc.tokenIndexAt(name.start) - 1]?.text ?? ''))) {
        const inner = mentionEndingAt(doc, closer - 1, j + 1, 2);
        if (inner !== null && inner.kind === 'name' && inner.start === tokens[j + 1]!.start) {
          // "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said":
          // that description is itself the apposition of a name before it, the clause's subject
          return (name.kind === 'description' && nameBeforeApposition(doc, doc.tokenIndexAt(name.start), floor)) || inner;
        }
      }
      return name;
    }
    const abbreviationDot = u.text === '.' && isWord(tokens[j - 1]) && (isNameAbbreviation(tokens[j - 1]!) || tokens[j + 1]?.text === ','); // "Va.,"
    const titleColon = u.text === ':' && isCapitalized(tokens[j + 1]) && isCapitalized(tokens[j - 1]); // "Star Wars: The Phantom Menace"
    if (!paren && u.kind === 'punct' && /[.;:!?"“”]/.test(u.text) && !abbreviationDot && !titleColon) return null;
  }
  return null;
}

/**
 * The name that a description opening at token `first` stands in apposition to: "Vian, | the
 * editor in | chief of …": a comma and a determiner at most a few words before the description,
 * and before the comma a name that opens its sentence, the subject's place. Not a name inside an
 * adjunct or a clause ("In a statement to the Observer, her adviser, Jake Sullivan, said"; "a
 * country that the nominee, Mitt Romney, called"), and of two words or more: one word there is
 * as often an adverb ("Separately, the delivery company, UPS, said").
 */
function nameBeforeApposition(doc: ArticleDoc, first: number, floor: number): SpeakerMention | null {
  const tokens = doc.tokens;
  let comma = first - 1;
  while (comma > floor && first - comma <= APPOSITION_LEAD_WORDS && isWord(tokens[comma])) comma--;
  if (comma - 1 < floor || tokens[comma]!.text !== ',' || !isWord(tokens[comma + 1]) || !DETERMINERS.has(lower(tokens[comma + 1]!))) return null;
  const name = mentionEndingAt(doc, comma - 1, floor, 2);
  if (name === null || name.kind !== 'name') return null;
  const opening = doc.tokenIndexAt(name.start);
  if (doc.sentences[tokens[opening]!.sentence]?.tokenStart !== opening) return null;
  // a full name: one capitalized word before the comma is as often an adverb or a place
  return opening < comma - 1 ? name : null;
}

/** Words between an apposition's comma and the description read from its end ("the editor in" before "chief of …"). */
const APPOSITION_LEAD_WORDS = 4;

/**
 * "NBC anchor Lester Holt - the moderator - said", "Mr. Bush - in a line that seemed directed at
 * Mr. Trump - declared": the mention before an aside set off by a pair of the same dash, in one
 * sentence and with no quotation mark in it. Paired dashes between a subject and its verb set off
 * an aside of any form (an apposition, an adjunct, a relative clause), so its form is not checked.
 */
function mentionBeforeDashes(doc: ArticleDoc, closer: number, floor: number, depth: number): SpeakerMention | null {
  const tokens = doc.tokens;
  const dashText = (start: number, end: number): string => doc.text.slice(tokens[start]!.start, tokens[end]!.end);
  const closerEnd = tokens[closer]!.text === '-' && tokens[closer + 1]?.text === '-' && glued(tokens[closer], tokens[closer + 1]!) ? closer + 1 : closer;
  const closing = dashText(closer, closerEnd);
  const sentence = tokens[closer]!.sentence;
  for (let j = closer - 1; j >= floor && closer - j <= 30; j--) {
    const u = tokens[j]!;
    if (u.sentence !== sentence || /^[;:"“”„«»]$/.test(u.text)) return null;
    const opener = spacedDashStart(doc, j);
    if (opener < 0 || dashText(opener, j) !== closing) continue;
    if (j === closer - 1) return null;
    const name = mentionEndingAt(doc, opener - 1, floor, depth + 1);
    return name === null || name.kind === 'pronoun' ? null : name;
  }
  return null;
}

const APPOSITION_OPENERS = /^(?:who|whose|himself|herself|former|then|now|chief|senior|deputy|acting|longtime|at|in|on|during|speaking|asked|writing|interviewed|according|also|president|director|head|however|meanwhile|too|though|after|before|with|for|like|not|from|of)$/;

/** Between two commas: "a doctor", "the minister", "who chairs the committee", "48", "at a later press gaggle". */
function looksLikeApposition(doc: ArticleDoc, from: number, to: number): boolean {
  const t = doc.tokens[from]!;
  const w = lower(t);
  if (DETERMINERS.has(w) || APPOSITION_OPENERS.test(w)) return true;
  if (t.kind === 'number' && to - from <= 2) return true; // age
  if (isCapitalized(t)) {
    // "Smith, Senate Majority Leader, said"; not a clause with its own verb ("Trump attacked Clinton")
    for (let k = from; k < to; k++) {
      if (lexiconTags(lower(doc.tokens[k]!)).some((tag) => tag === 'PastTense' || tag === 'PresentTense')) return false;
    }
    return to - from <= 8;
  }
  return SPEAKER_NOUNS.has(w) || isLinkedDescription(doc, from, to);
}

/**
 * "refugee rights program director at Human Rights Watch", "co-founder of the Progressive Change
 * Committee", "assistant secretary of state for population, refugees, and migration": a lower-case
 * noun phrase whose head is tied to an organization or a field by "of"/"for"/"at" is a job
 * description. The noun phrase must run from the apposition's start to the link word, and the
 * apposition must hold no verb ("wearing a hat", "calling it a …" are no descriptions).
 */
function isLinkedDescription(doc: ArticleDoc, from: number, to: number): boolean {
  const tokens = doc.tokens;
  let k = from;
  while (k < to && k - from < 6 && isWord(tokens[k]) && !DESCRIPTION_LINKS.has(lower(tokens[k]!))) {
    const u = tokens[k]!;
    // "rights" in "refugee rights program director" is a noun here, though the lexicon also knows the verb
    if (isCapitalized(u) || /ing$/.test(lower(u)) || (!isNominal(u) && !(/s$/.test(lower(u)) && !STOP_WORDS.has(lower(u))))) return false;
    k++;
  }
  if (k === from || k >= to - 1 || !DESCRIPTION_LINKS.has(lower(tokens[k]!))) return false;
  for (let j = k + 1; j < to; j++) {
    const u = tokens[j]!;
    if (!isWord(u) || isCapitalized(u)) continue;
    if (lexiconTags(lower(u)).some((tag) => tag === 'PastTense' || tag === 'Gerund' || tag === 'Copula' || tag === 'Modal')) return false;
  }
  return true;
}

/** Two tokens written without a space between them. */
function glued(a: Token | undefined, b: Token): boolean {
  return a !== undefined && a.end === b.start;
}

/** The speaker mention starting at token `first`, walking right, never past `ceiling` (exclusive). */
/** Number words that head a noun phrase of people ("the two", "one of the aides"). */
const COUNTED_PEOPLE = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|both)$/i;

/** The last word of an age compound used as a noun ("the 46-year-old", "a 3-month-old"). */
const AGE_HEAD = /(?:^|-)olds?$/i;

/** "the 46-year-old | said": the determiner opening an age compound that ends at `last`, or -1. */
function ageNounStart(doc: ArticleDoc, last: number, floor: number): number {
  const tokens = doc.tokens;
  if (!isWord(tokens[last]) || !AGE_HEAD.test(tokens[last]!.text)) return -1;
  let j = last;
  while (j - 1 >= floor && last - j < 5 && glued(tokens[j - 1], tokens[j]!) && tokens[j - 1]!.kind !== 'number') j--;
  if (j - 1 < floor || tokens[j - 1]!.kind !== 'number' || !glued(tokens[j - 1], tokens[j]!)) return -1;
  const det = tokens[j - 2];
  return j - 2 >= floor && isWord(det) && DETERMINERS.has(lower(det)) ? j - 2 : -1;
}

/** Participles that modify a role noun ("recently named", "newly appointed", "outgoing"). */
const ROLE_PARTICIPLE = /^\p{Ll}+(?:ed|en)$|^(?:outgoing|incoming|departing|acting|serving)$/u;

/**
 * Token `j` modifies a head noun still to come: an -ly adverb before a participle ("recently
 * named"), or the participle itself, when a noun follows ("named executive chair").
 */
function isPhraseModifier(doc: ArticleDoc, j: number): boolean {
  const t = doc.tokens[j]!;
  const next = doc.tokens[j + 1];
  if (!isWord(t) || !isWord(next) || startsUpperCase(t.text) || startsUpperCase(next.text)) return false;
  if (/ly$/.test(t.text) && ROLE_PARTICIPLE.test(next.text)) return true;
  return ROLE_PARTICIPLE.test(t.text) && !STOP_WORDS.has(lower(t)) && isNominal(next);
}

export function mentionStartingAt(doc: ArticleDoc, first: number, ceiling: number): SpeakerMention | null {
  const tokens = doc.tokens;
  const t = tokens[first];
  if (t === undefined || first >= ceiling || (t.kind !== 'word' && t.kind !== 'number')) return null;
  if (pronounInfo(t.lower)) return mentionOf(doc, first, first, 'pronoun');
  if (/^(?:that|this|these|those)$/i.test(t.text)) return null; // "said that …" opens a clause, not a speaker
  let last = -1;
  let sawDeterminer = false;
  let compound = -1;
  for (let j = first; j < ceiling && j - first <= 14; j++) {
    const u = tokens[j]!;
    // "one of two witnesses": a number word heading an "of" phrase; "the two" alone
    if (j === first + (sawDeterminer ? 1 : 0) && COUNTED_PEOPLE.test(u.text) && (tokens[j + 1]?.lower === 'of' ? !sawDeterminer : sawDeterminer && !isWord(tokens[j + 1]))) {
      last = j;
      continue;
    }
    // "9/11 widow Terry Strada", "a 52-count complaint": numbers modify the noun that follows
    if (j - first <= 3 && (u.kind === 'number' || (u.text === '/' && tokens[j - 1]?.kind === 'number' && tokens[j + 1]?.kind === 'number'))) continue;
    // "17-year-old Jared Potts": a hyphenated compound glued to a number
    if (j - first <= 6 && (u.text === '-' || isWord(u)) && glued(tokens[j - 1], u) && (tokens[j - 1]!.kind === 'number' || tokens[j - 1]!.text === '-')) {
      compound = j;
      continue;
    }
    if (u.text === '.' && j > first && isNameAbbreviation(tokens[j - 1]!) && isCapitalized(tokens[j + 1])) continue;
    if (!isWord(u)) break;
    const w = lower(u);
    if (j === first && DETERMINERS.has(w)) {
      sawDeterminer = true;
      continue;
    }
    if (isPossessive(u) && isCapitalized(u)) {
      last = j;
      continue;
    }
    // "Acme's recently named executive chair", "the newly appointed envoy": modifiers of the head noun
    // (only before the head noun, and before a lower-case noun: not "several groups granted Mr. Clarke")
    if (((sawDeterminer && last < 0) || (last >= 0 && isPossessive(tokens[last]!))) && isPhraseModifier(doc, j)) continue;
    if (NAME_PARTICLES.has(w) && w !== 'of' && isCapitalized(tokens[j - 1]) && isCapitalized(tokens[j + 1])) continue;
    if (DESCRIPTION_LINKS.has(w) && last >= 0 && !isCapitalized(tokens[last]) && isWord(tokens[j + 1])) continue;
    if (DETERMINERS.has(w) && DESCRIPTION_LINKS.has(lower(tokens[j - 1]!))) continue; // "a spokesman for the ministry"
    if (w === 'of' && last >= 0 && isCapitalized(tokens[last]) && isCapitalized(tokens[j + 1])) continue; // "Secretary of State"
    // "Chancellor of the Exchequer Gordon Brown": "of the" inside a capitalized title (not "John Smith of the BBC")
    if (w === 'of' && last >= 0 && isCapitalized(tokens[last]) && ROLE_HEADS.has(lower(tokens[last]!)) && lower(tokens[j + 1] ?? tokens[j]!) === 'the' && isCapitalized(tokens[j + 2])) continue;
    // "Trump released a statement", "The prime minister shrugged off claims": an -ed word after a name
    // or a head noun, unknown or only an adjective to the lexicon, is its verb
    if (last >= 0 && !isCapitalized(u) && /ed$/.test(w) && lexiconTags(w).every((tag) => tag === 'Adjective')) break;
    // "with Donald Trump tweeting that …": a reporting verb's gerund after a name is its verb
    if (last >= 0 && isCapitalized(tokens[last]) && !isCapitalized(u) && /ing$/.test(w) && REPORTING_VERBS.has(w)) break;
    if (!isNominalAt(doc, j)) break;
    last = j;
  }
  // "said the 46-year-old": an age compound after a determiner is the head noun itself
  if (last < 0 && sawDeterminer && compound >= 0 && AGE_HEAD.test(tokens[compound]!.text)) return mentionOf(doc, first, compound, 'description');
  if (last < 0) return null;
  if (DESCRIPTION_LINKS.has(lower(tokens[last]!))) return null;
  const head = tokens[last]!;
  if (isCapitalized(head)) {
    const nameStart = nameRunStart(doc, last, first);
    const inTitle = nameStart - 2 >= first && lower(tokens[nameStart - 1]!) === 'the' && lower(tokens[nameStart - 2]!) === 'of'; // "of the Exchequer"
    if (nameStart > first && !inTitle && !DESCRIPTION_LINKS.has(lower(tokens[nameStart - 1]!))) return mentionOf(doc, nameStart, last, 'name');
    return mentionOf(doc, first, last, sawDeterminer && !allCapitalized(doc, first + 1, last) ? 'description' : 'name');
  }
  if (!sawDeterminer && first === last && !SPEAKER_NOUNS.has(lower(head))) return null;
  return mentionOf(doc, first, last, 'description');
}
