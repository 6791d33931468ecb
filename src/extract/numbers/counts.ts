/**
 * What a cardinal counts: the head noun of the noun phrase right after the number
 * ("more than 20,000 Turkish troops" → "troops", "six Airbus A321 aircraft" → "aircraft",
 * "nine months" → "months"). The phrase runs over adjectives and proper-noun modifiers and ends
 * at the first plural noun, or before a function word, verb or punctuation.
 */
import { startsLowerCase } from '../../doc/tokenize.js';
import { COMMON_NOUN_TAGS, lexiconTag, lexiconTags } from '../../nlp/compromise.js';
import { TIME_UNIT_OF as TIME_UNITS } from '../../lexicon/units.js';
import { mayBeNumberWord, wordAtom } from './atoms.js';
import type { Line, NumberDraft } from './draft.js';
import { modelNameEnd } from './model-numbers.js';

const MAX_WORDS = 4;

/** Words that never belong to the counted noun phrase. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'per', 'and', 'or', 'but', 'than', 'as', 'a', 'an',
  'the', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'who', 'that', 'which', 'more', 'less', 'ago', 'later', 'earlier', 'each', 'apiece', 'out',
  'up', 'down', 'off', 'about', 'after', 'before', 'since', 'until', 'into', 'over', 'under', 'against',
  'so', 'too', 'also', 'not', 'all', 'both', 'only', 'just', 'again', 'there', 'here', 'this', 'these',
  'those', 'it', 'they', 'we', 'he', 'she', 'you', 'i', 'per', 'cent', 'percent', 'old', 'away', 'long', 'last', 'next',
]);

const STOP_TAGS: ReadonlySet<string> = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'Adverb', 'QuestionWord',
  'Possessive', 'PastTense', 'Participle', 'Gerund', 'Date', 'Comparative', 'Superlative', 'Expression', 'Month', 'WeekDay',
]);

/** Nouns that are plural without an -s. */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'staff', 'cattle', 'sheep', 'personnel', 'feet', 'teeth',
  'mice', 'geese', 'folk', 'aircraft', 'fish', 'deer', 'troops',
]);

function looksPlural(word: string, tags: readonly string[]): boolean {
  if (IRREGULAR_PLURALS.has(word) || tags.includes('Plural')) return true;
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ics)$/.test(word);
}

/** Determiners of a partitive: "six of those months", "two of the players", "one of several speakers". */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'several', 'many',
]);
/** Degree words before an adjective inside a partitive: "one of the more bizarre aspects". */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['more', 'most']);

/** Lexicon tags of a word that can be the head noun or a noun modifier ("support" in "community support officers"). */
const NOUN_TAGS: ReadonlySet<string> = new Set([...COMMON_NOUN_TAGS, 'Actor', 'ProperNoun']);
/** Endings of adjectives the lexicon does not know ("popular", "dangerous", "electrical"). */
const ADJECTIVE_ENDING = /(?:ular|ous|ive|ful|less|ical|able|ible)$/;
/** Words of a coordination inside a counted noun phrase: "2,000 business and political leaders". */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** Tags of verb forms; a word with one of them and no noun tag ends a noun phrase. */
const VERB_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Copula', 'Modal']);

/** A verb form after a singular noun ends the phrase: "one user quipped", "one man said". */
function isVerbLike(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.some((t) => NOUN_TAGS.has(t)) || looksPlural(word, tags)) return false;
  return tags.some((t) => VERB_TAGS.has(t)) || (tags.length === 0 && /(?:ed|ing)$/.test(word));
}

/** A plural noun stands at j or j + 1 (within the phrase): what a modifier or coordination leads to. */
function pluralWithin2(line: Line, j: number): boolean {
  for (let k = j; k <= j + 1; k++) {
    if (!line.isWord(k) || line.gapAfter(k - 1) > 1) return false;
    const w = line.lower(k);
    if (STOP_WORDS.has(w) || wordAtom(w) !== null) return false;
    if (looksPlural(w, lexiconTags(w))) return true;
  }
  return false;
}

/**
 * Where the counted noun phrase starts, after "of the" in a partitive: "six of the embattled jets",
 * "nine of the 20 biggest-selling games" (a number after the determiner), "a fifth of the
 * world's 500 largest companies" (a possessor). Returns the token before the phrase, or -1.
 */
function partitiveStart(line: Line, d: NumberDraft): number {
  const of = d.last + 1;
  if (line.lower(of) !== 'of' || !PARTITIVE_DETERMINERS.has(line.lower(of + 1)) || !line.near(d.last) || !line.near(of)) return -1;
  let prev = of + 1;
  if (DEGREE_WORDS.has(line.lower(prev + 1)) && line.isWord(prev + 2)) return prev + 1; // "of the more bizarre aspects"
  const possessive = (k: number): boolean => line.text(k) === "'s" || line.text(k) === '’s';
  if (line.isWord(prev + 1) && possessive(prev + 2)) prev += 2; // "of the world's"
  else if (possessive(prev + 2) || line.text(prev + 2) === "'" || line.text(prev + 2) === '’') return -1; // "two of the team's players"
  if (line.toks[prev + 1]?.kind === 'number' || wordAtom(line.lower(prev + 1)) !== null) prev += 1; // "of the 20 biggest-selling games"
  return prev;
}

/** "four in ten business leaders", "six out of every 10 planes": the token of the second number, or -1. */
function ratioSecondNumber(line: Line, d: NumberDraft): number {
  let k = d.last + 1;
  if (!line.near(d.last)) return -1;
  if (line.lower(k) === 'in') k += 1;
  else if (line.lower(k) === 'out' && line.lower(k + 1) === 'of') k += line.lower(k + 2) === 'every' ? 3 : 2;
  else return -1;
  const t = line.toks[k];
  if (t === undefined || !line.near(k - 1)) return -1;
  return t.kind === 'number' || wordAtom(line.lower(k)) !== null ? k : -1;
}

export function attachCounts(line: Line, d: NumberDraft): void {
  if (d.kind !== 'cardinal' || d.counts !== null) return;
  const partitive = partitiveStart(line, d);
  if (d.shape === 'fraction' && partitive < 0) return; // "two thirds of those waiting"; not a bare "3/4"
  if (d.shape !== 'cardinal' && d.shape !== 'fraction') return;
  let prev = partitive >= 0 ? partitive : d.last;
  // "banned for 10-games": digits, a hyphen, then the noun
  // (a plural noun only: "a 6,000-strong panel" is an adjective)
  const hyphened = line.lower(prev + 2);
  if (partitive < 0 && line.text(prev + 1) === '-' && line.glued(prev) && line.glued(prev + 1) && line.toks[prev]?.kind === 'number'
    && looksPlural(hyphened, lexiconTags(hyphened))) prev += 1;
  // "400 737 Max jets": a model name between the number and its noun is a modifier
  const model = modelNameEnd(line, prev + 1);
  if (model >= 0 && line.gapAfter(prev) === 1) prev = model;
  const numberInside = partitive > d.last + 2 && (line.toks[partitive]?.kind === 'number' || wordAtom(line.lower(partitive)) !== null);
  const head = countedHead(line, prev, d.value);
  if (head < 0 && d.shape === 'cardinal') {
    // the noun after the second number of a ratio is counted by both; the span stays the first number
    const second = ratioSecondNumber(line, d);
    const ratioHead = second >= 0 ? countedHead(line, second, 2) : -1;
    if (ratioHead >= 0) d.counts = line.text(ratioHead);
    return;
  }
  if (head < 0) return;
  d.counts = line.text(head); // as written: "troops", "DVDs"
  // "nine of the 20 biggest-selling games", "a fifth of the money": the span stays the number
  // (the 20 is a number of its own; a fraction's partitive is no noun phrase of the number)
  if (!numberInside && d.shape === 'cardinal') d.countsLast = head;
}

/** The head noun of the phrase after token `prev`, or -1. `value` is the count (after "one" a verb form is a noun). */
function countedHead(line: Line, prev: number, value: number): number {
  let head = -1;
  const from = prev + 1;
  let lastAdjective = -1;
  for (let j = from; j < line.length && j < from + MAX_WORDS; j++) {
    if (line.gapAfter(prev) > 1 || !line.isWord(j)) break;
    const word = line.lower(j);
    // "2,000 business and political leaders", "77 short and medium-distance flights"
    if (COORDINATORS.has(word) && j > from && pluralWithin2(line, j + 1)) {
      prev = j;
      continue;
    }
    // "nine of the popular Carry On films": a capitalized function word inside a title
    const inTitle = line.isCapitalized(j) && j > from && line.isCapitalized(j - 1) && line.isWord(j + 1);
    // never run into the next number: "two of his seven years", "five of the three-ton satellites", "3 USD50"
    if ((STOP_WORDS.has(word) && !inTitle) || !/^\p{L}/u.test(word) || mayBeNumberWord(word)) break;
    if (/^[a-z]{3}\d/.test(word)) break;
    if (/ly$/.test(word) && !lexiconTag(word)) break; // "10 respectively"
    const nextWord = line.lower(j + 1);
    const nextIsNoun = line.isWord(j + 1) && !STOP_WORDS.has(nextWord) && line.gapAfter(j) <= 1;
    if (line.isCapitalized(j) && (nextIsNoun || line.isCapitalized(j + 1)) && !/\d/.test(word) && word.length > 1) {
      prev = j;
      continue; // "three US insurance executives", "20,000 Turkish troops": modifiers, never the head
    }
    const tags = lexiconTags(word);
    const first = j === from;
    if (TIME_UNITS.get(word) !== undefined) {
      head = j; // "nine months", "two unbelievable weeks"
      break;
    }
    const plural = looksPlural(word, tags);
    // "the world's 500 largest companies": a superlative before a plural noun is a modifier
    if (!plural && tags.includes('Superlative') && pluralWithin2(line, j + 1)) {
      prev = j;
      continue;
    }
    // After a number a plural-looking word is a noun even if the lexicon has a verb for it ("shares").
    if (!plural && tags.some((t) => STOP_TAGS.has(t))) break;
    // A verb form right after a plural count ends the phrase ("the two agree"); after "one" it is a noun ("one rival").
    const verbLike = (tags.includes('PresentTense') || tags.includes('Infinitive')) && !tags.includes('Singular');
    // "25,000 community support officers": a verb-like word inside a compound before a plural noun
    // "current market value": inside a phrase (not first) a singular noun after it will do
    const nextTags = lexiconTags(nextWord);
    const beforePlural = nextIsNoun && (looksPlural(nextWord, nextTags) || (!first && nextTags.some((t) => NOUN_TAGS.has(t))));
    if (!plural && verbLike && !(first && value === 1) && !beforePlural) break;
    const adjective = tags.includes('Adjective') || (tags.length === 0 && ADJECTIVE_ENDING.test(word));
    if (adjective && !plural) {
      lastAdjective = j;
      prev = j;
      continue;
    }
    head = j;
    if (plural) break;
    prev = j;
    // a singular noun ends the phrase unless another noun follows: "cell phones" (not "one user quipped")
    const next = line.lower(j + 1);
    if (!line.isWord(j + 1) || line.gapAfter(j) > 1) break;
    if (COORDINATORS.has(next) && pluralWithin2(line, j + 2)) continue; // "business and political leaders"
    // a verb form ends it ("one user quipped") unless a noun follows it ("current market value")
    const nounAfterNext = line.isWord(j + 2) && line.near(j + 1) && !STOP_WORDS.has(line.lower(j + 2)) && !isVerbLike(line.lower(j + 2))
      && lexiconTags(line.lower(j + 2)).some((t) => NOUN_TAGS.has(t));
    if (STOP_WORDS.has(next) || (isVerbLike(next) && !nounAfterNext)) break;
  }
  // "more than one rival for …": a word the lexicon knows only as an adjective, used as a noun.
  if (head < 0 && value === 1 && lastAdjective === prev && lastAdjective === from) head = lastAdjective;
  if (head < 0 || /\d/.test(line.lower(head))) return -1;
  return head;
}

/** Words that join two numbers of the same noun. */
const JOINED_NUMBERS: ReadonlySet<string> = new Set(['and', 'or', 'to']);

/** Punctuation after which a bare count takes the plural noun before it: "The owners - two from Taiwan". */
const LIST_MARKS: ReadonlySet<string> = new Set(['-', '–', '—', ':']);

/**
 * Elliptical counts: the first of two joined numbers counts the noun of the second ("two or
 * three people", when the two are not read as one range). A bare cardinal with no noun after it counts what the count before it in
 * the same sentence counted ("20,645 votes, compared to 14,738 for …", "two from Taiwan, two
 * from China"), or the plural noun right before a dash or colon that opens the list ("The owners -
 * two from Taiwan"). The span stays the number.
 */
export function inheritCounts(line: Line, drafts: readonly NumberDraft[]): void {
  // "two and three times", "two or three people": the first of two joined numbers counts the noun of the second
  for (let k = drafts.length - 2; k >= 0; k--) {
    const d = drafts[k]!;
    const e = drafts[k + 1]!;
    if (d.kind === 'cardinal' && d.shape === 'cardinal' && d.counts === null && e.kind === 'cardinal' && e.counts !== null
      && e.first === d.last + 2 && JOINED_NUMBERS.has(line.lower(d.last + 1))) {
      d.counts = e.counts;
    }
  }
  let last: string | null = null;
  for (const d of drafts) {
    if (d.kind !== 'cardinal' || d.shape !== 'cardinal' || (d.counts !== null && TIME_UNITS.get(d.counts.toLowerCase()) !== undefined)) {
      last = null; // a duration ("over 12 months") is no noun to carry over
      continue;
    }
    if (d.counts === null && isElliptical(line, d)) {
      const before = d.first - 1;
      const noun = line.lower(before - 1);
      if (last === null && LIST_MARKS.has(line.text(before)) && line.isWord(before - 1) && looksPlural(noun, lexiconTags(noun))) {
        last = line.text(before - 1);
      }
      if (last !== null) d.counts = last;
    }
    // only a common noun carries over ("156 Sportwagon, 166, GTV" names models)
    if (d.counts !== null) last = startsLowerCase(d.counts) ? d.counts : null;
  }
}

/** Nothing after the count can be its noun: punctuation, the end, or a preposition ("14,738 for the …"). */
function isElliptical(line: Line, d: NumberDraft): boolean {
  const next = d.last + 1;
  if (next >= line.length || !line.isWord(next)) return line.text(next) !== '%';
  const tags = lexiconTags(line.lower(next));
  return tags.includes('Preposition') && !['of', 'in', 'out'].includes(line.lower(next));
}
