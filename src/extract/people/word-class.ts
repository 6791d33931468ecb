/**
 * What a single word can be, from the lexicons alone (no parsing): a given name, a surname, a
 * place, an organization word, a title, a common word, ... A word may be several things at once
 * ("Mark": given name and common word; "Jordan": person and country). Results are cached.
 */
import { lexiconTag, lexiconTags } from '../../nlp/compromise.js';
import { FIRST_NAME_GENDER, UNISEX_IN_NEWS } from '../../lexicon/first-names.js';
import { SURNAMES } from '../../lexicon/surnames.js';
import { AMBIGUOUS_PLACES, CITIES, DEMONYMS, PLACES } from '../../lexicon/places.js';
import { ORGANIZATION_NAMES, ORGANIZATION_WORDS } from '../../lexicon/organizations.js';
import { NON_PERSON_WORDS } from '../../lexicon/non-person-words.js';
import { HONORIFIC_GENDER, type Gender } from '../../lexicon/honorifics.js';
import { NAME_PARTICLES } from '../../lexicon/name-particles.js';
import { ROLE_TITLES } from '../../lexicon/person-words.js';
import { COMMON_WORDS } from '../../lexicon/generated/common-words.js';
import { BoundedMemo } from '../../util/bounded-memo.js';
import { stripAccents } from '../../util/text.js';

/** Bit flags of {@link WordInfo.flags}. */
export const W = {
  First: 1,
  Surname: 2,
  Place: 4,
  Org: 8,
  Calendar: 16,
  Common: 32,
  Honorific: 64,
  Title: 128,
  Demonym: 256,
  Particle: 512,
  NonPerson: 1024,
  PersonTag: 2048,
  Plural: 4096,
  /** Only a town: a city or county name, or compromise's City/Place tag (no country, region or listed place). */
  City: 8192,
} as const;

export interface WordInfo {
  flags: number;
  gender?: Gender;
}

const COMMON = new Set(COMMON_WORDS.split(' '));
/** Head word of every role title: "defense minister" → "minister" ("leader of the opposition" is skipped). */
const TITLE_WORDS = new Set(ROLE_TITLES.filter((t) => !/ (?:of|the|in|for|to) /.test(t)).map((t) => t.slice(t.lastIndexOf(' ') + 1)));
/** Endings of common abstract nouns and adjectives ("Regulation", "Medical", "Unsecured", "Islamophobia"). */
const COMMON_ENDINGS = /(?:tion|sion|ment|ity|ical|ance|ence|ism|ship|ology|phobia|ured|ated|ised|ized|ings)$/;

/**
 * Adverbs no name list knows: "Allegedly", "Ironically", "Previously", "Currently" (sentence
 * openers). Only for words that are no given name or surname ("Kelly", "Beverly" stay names), and
 * only endings no family name has ("Mullally", "Donnelly" end in -ally and -lly: not taken).
 */
export const SENTENCE_ADVERB = /^\p{L}{3,}(?:ically|ously|edly|ively|ently|antly|fully|ingly|ately)$/u;

/** Plural endings of common nouns, for words no name list knows. */
const PLURAL_NOUN = /^\p{L}{3,}(?:gers|pers|ists|ians|sses|ants|ents|ties|ries|ures|ives|ities|ments|tions)$/u;

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Address']);
/** Place tags of towns and sites, many of which are also family names ("Sheffield", "Stafford"). */
const TOWN_TAGS = new Set(['City', 'Place']);
const CALENDAR_TAGS = new Set(['Month', 'WeekDay', 'Date', 'Holiday', 'Duration']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam', 'Company', 'School']);

function isNameTag(tag: unknown): boolean {
  const tags = Array.isArray(tag) ? (tag as string[]) : [tag as string];
  return tags.some((t) => NAME_TAGS.has(t) || t === 'LastName' || t === 'Person');
}

/** Memo of `classifyWord` (bounded: see BoundedMemo). */
export const WORD_CACHE_LIMIT = 50_000;
const cache = new BoundedMemo<WordInfo>(WORD_CACHE_LIMIT, wordInfoOf);

/** Number of memoized words (for tests). */
export function cachedWordCount(): number {
  return cache.size;
}

/** Lexicon facts about one lower-case word (diacritics kept; possessive already removed). */
export function classifyWord(lower: string): WordInfo {
  return cache.get(lower);
}

function wordInfoOf(lower: string): WordInfo {
  let flags = 0;
  let gender: Gender | undefined;
  let bigPlace = false; // a country, region or listed place, never a family name on its own
  const firstGender = FIRST_NAME_GENDER.get(lower);
  if (firstGender !== undefined) {
    flags |= W.First;
    if (firstGender !== 'unisex') gender = firstGender;
  }
  const hyphenGender = firstGender === undefined ? hyphenatedGivenName(lower) : undefined;
  if (hyphenGender !== undefined) {
    flags |= W.First;
    if (hyphenGender !== 'unisex') gender = hyphenGender;
  }
  if (SURNAMES.has(lower)) flags |= W.Surname;
  const tags = lexiconTags(lower);
  for (const tag of tags) {
    if (NAME_TAGS.has(tag)) {
      flags |= W.First;
      // compromise's gender where our lists give none, but never for a hand-checked unisex name ("Kim")
      if (!UNISEX_IN_NEWS.has(lower) && tag === 'MaleName') gender ??= 'male';
      if (!UNISEX_IN_NEWS.has(lower) && tag === 'FemaleName') gender ??= 'female';
    } else if (tag === 'LastName') flags |= W.Surname;
    else if (tag === 'Person') flags |= W.PersonTag | W.Surname;
    else if (PLACE_TAGS.has(tag)) {
      flags |= W.Place;
      if (!TOWN_TAGS.has(tag)) bigPlace = true;
    }
    else if (CALENDAR_TAGS.has(tag)) flags |= W.Calendar;
    else if (ORG_TAGS.has(tag)) flags |= W.Org;
    else if (tag === 'Demonym') flags |= W.Demonym;
    else if (tag === 'Honorific') flags |= W.Honorific;
    else if (tag === 'Actor') flags |= W.Title;
    else if (tag !== 'ProperNoun' && tag !== 'Abbreviation') flags |= W.Common;
  }
  // "People", "Commanders": a plural person noun (compromise's Plural and Actor) is marked plural: it
  // titles no one person (see titleEnd in classify.ts).
  if (tags.includes('Plural') && tags.includes('Actor')) flags |= W.Plural;
  if (COMMON.has(lower)) flags |= W.Common;
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : '';
  if ((flags & (W.First | W.Surname)) === 0) {
    if (COMMON_ENDINGS.test(lower) || SENTENCE_ADVERB.test(lower)) flags |= W.Common;
    // Plural of a common word is a team or group, not a person: "Tigers", "Giants".
    if (singular.length > 2 && COMMON.has(singular)) flags |= W.Common | W.Plural;
    if (singular.length > 2 && lexiconTag(singular) !== undefined && !isNameTag(lexiconTag(singular))) flags |= W.Plural;
    // "Passengers", "Eyewitnesses", "Newspapers", "Villagers": plural endings of nouns for people and
    // things that no name list knows (family names with these endings, "Rogers", "Summers", are listed).
    if (PLURAL_NOUN.test(lower)) flags |= W.Common | W.Plural;
  }
  if (singular && DEMONYMS.has(singular)) flags |= W.Demonym;
  const unaccented = stripAccents(lower);
  if (PLACES.has(lower) || (unaccented !== lower && PLACES.has(unaccented)) || AMBIGUOUS_PLACES.has(lower)) {
    flags |= W.Place;
    bigPlace = true;
  } else if (CITIES.has(unaccented)) flags |= W.Place;
  // Only a town (a city list or compromise's City/Place tag): weaker than a country ("Scott Draper").
  if ((flags & W.Place) && !bigPlace) flags |= W.City;
  if (DEMONYMS.has(lower)) flags |= W.Demonym;
  if (ORGANIZATION_WORDS.has(lower) || ORGANIZATION_NAMES.has(lower)) flags |= W.Org;
  if (NON_PERSON_WORDS.has(lower)) flags |= W.NonPerson;
  if (HONORIFIC_GENDER.has(lower)) {
    flags |= W.Honorific;
    gender ??= HONORIFIC_GENDER.get(lower) ?? undefined;
  }
  if (TITLE_WORDS.has(lower) || isHyphenatedTitle(lower, flags)) flags |= W.Title;
  if (NAME_PARTICLES.has(lower)) flags |= W.Particle;
  return gender ? { flags, gender } : { flags };
}

/**
 * A hyphenated given name no list knows: "Pierre-Simon", "Hans-Otto", "Marc-Vivien", "Jean-Philippe":
 * two parts, each a given name. Gives the gender both parts agree on (else 'unisex').
 */
const NOT_A_GIVEN_PART = W.Title | W.Honorific | W.Calendar | W.Place | W.Demonym | W.Org;

function hyphenatedGivenName(lower: string): Gender | 'unisex' | undefined {
  const parts = lower.split('-');
  if (parts.length !== 2) return undefined;
  const a = FIRST_NAME_GENDER.get(parts[0]!);
  const b = FIRST_NAME_GENDER.get(parts[1]!);
  if (a === undefined || b === undefined || parts[0]!.length < 2 || parts[1]!.length < 2) return undefined;
  // "Major-General", "Jan-April", "Sao Paulo-Santos": a part that is also a title, a month or a place.
  if (parts.some((p) => (classifyWord(p).flags & NOT_A_GIVEN_PART) !== 0)) return undefined;
  return a === b ? a : 'unisex';
}

/**
 * A hyphenated title no list knows: "Undersecretary-General", "Prosecutor-General", "Major-General",
 * "Chief-of-Staff": one of its parts is a title or an honorific.
 */
function isHyphenatedTitle(lower: string, flags: number): boolean {
  if (!lower.includes('-') || (flags & (W.First | W.Surname)) !== 0) return false;
  const parts = lower.split('-');
  return parts.length <= 3 && parts.some((p) => TITLE_WORDS.has(p) || (p.length > 2 && HONORIFIC_GENDER.has(p)));
}

/** A word that can be part of a name: a name list knows it, or no list says it is something else. */
export function isNameLike(flags: number): boolean {
  if (flags & (W.First | W.Surname)) return true;
  return (flags & (W.Place | W.Org | W.Calendar | W.Common | W.Demonym | W.NonPerson | W.Title | W.Honorific)) === 0;
}

/** A word that rules out a person when it stands in the name position. */
export const BLOCKING = W.Place | W.Org | W.Calendar | W.Demonym | W.NonPerson;
