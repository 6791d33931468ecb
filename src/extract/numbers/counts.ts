/**
 * What a cardinal counts: the head noun of the noun phrase right after the number
 * ("more than 20,000 Turkish troops" → "troops", "six Airbus A321 aircraft" → "aircraft",
 * "nine months" → "months"). The phrase runs over adjectives and proper-noun modifiers and ends
 * at the first plural noun, or before a function word, verb or punctuation.
 */
import { lexiconTag } from '../../nlp/compromise.js';
import { TIME_UNITS } from '../../lexicon/units.js';
import { wordAtom } from './atoms.js';
import type { Line, NumberDraft } from './draft.js';

const MAX_WORDS = 4;

/** Words that never belong to the counted noun phrase. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'per', 'and', 'or', 'but', 'than', 'as', 'a', 'an',
  'the', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'who', 'that', 'which', 'more', 'less', 'ago', 'later', 'earlier', 'each', 'apiece', 'times', 'out',
  'up', 'down', 'off', 'about', 'after', 'before', 'since', 'until', 'into', 'over', 'under', 'against',
  'so', 'too', 'also', 'not', 'all', 'both', 'only', 'just', 'again', 'there', 'here', 'this', 'these',
  'those', 'it', 'they', 'we', 'he', 'she', 'you', 'i', 'per', 'cent', 'percent', 'old', 'away', 'long',
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

function tagsOf(word: string): readonly string[] {
  const t = lexiconTag(word) as unknown;
  if (t === undefined) return [];
  return Array.isArray(t) ? (t as string[]) : [t as string];
}

function looksPlural(word: string, tags: readonly string[]): boolean {
  if (IRREGULAR_PLURALS.has(word) || tags.includes('Plural')) return true;
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ics)$/.test(word);
}

/** Determiners of a partitive: "six of those months", "two of the players". */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

export function attachCounts(line: Line, d: NumberDraft): void {
  if (d.kind !== 'cardinal' || d.shape !== 'cardinal' || d.counts !== null) return;
  let head = -1;
  let prev = d.last;
  const possessiveAfter = line.toks[d.last + 4]?.text.startsWith("'") || line.toks[d.last + 4]?.text.startsWith('’');
  if (line.lower(d.last + 1) === 'of' && PARTITIVE_DETERMINERS.has(line.lower(d.last + 2)) && line.near(d.last) && line.near(d.last + 1) && !possessiveAfter) {
    prev = d.last + 2; // the noun phrase starts after "of the"
  }
  const from = prev + 1;
  let lastAdjective = -1;
  for (let j = from; j < line.length && j < from + MAX_WORDS; j++) {
    if (line.gapAfter(prev) > 1 || !line.isWord(j)) break;
    const word = line.lower(j);
    // never run into the next number: "two of his seven years", "five of the three-ton satellites", "3 USD50"
    if (STOP_WORDS.has(word) || !/^\p{L}/u.test(word) || wordAtom(word.split(/[-‐]/)[0]!) !== null) break;
    if (/^[a-z]{3}\d/.test(word)) break;
    if (/ly$/.test(word) && !lexiconTag(word)) break; // "10 respectively"
    const nextWord = line.lower(j + 1);
    const nextIsNoun = line.isWord(j + 1) && !STOP_WORDS.has(nextWord) && line.gapAfter(j) <= 1;
    if (line.isCapitalized(j) && nextIsNoun && !/\d/.test(word) && word.length > 1) {
      prev = j;
      continue; // "three US insurance executives", "20,000 Turkish troops": modifiers, never the head
    }
    const tags = tagsOf(word);
    const first = j === from;
    if (TIME_UNITS[word] !== undefined) {
      head = j; // "nine months", "two unbelievable weeks"
      break;
    }
    const plural = looksPlural(word, tags);
    // After a number a plural-looking word is a noun even if the lexicon has a verb for it ("shares").
    if (!plural && tags.some((t) => STOP_TAGS.has(t))) break;
    // A verb form right after a plural count ends the phrase ("the two agree"); after "one" it is a noun ("one rival").
    const verbLike = (tags.includes('PresentTense') || tags.includes('Infinitive')) && !tags.includes('Singular');
    // "25,000 community support officers": a verb-like word inside a compound before a plural noun
    const beforePlural = nextIsNoun && looksPlural(nextWord, tagsOf(nextWord));
    if (!plural && verbLike && !(first && d.value === 1) && !beforePlural) break;
    if (tags.includes('Adjective') && !plural) {
      lastAdjective = j;
      prev = j;
      continue;
    }
    head = j;
    if (plural) break;
    prev = j;
    // a singular noun ends the phrase unless another noun follows: "cell phones"
    const next = line.lower(j + 1);
    if (!line.isWord(j + 1) || STOP_WORDS.has(next) || line.gapAfter(j) > 1) break;
  }
  // "more than one rival for …": a word the lexicon knows only as an adjective, used as a noun.
  if (head < 0 && d.value === 1 && lastAdjective === prev && lastAdjective === from) head = lastAdjective;
  if (head < 0) return;
  const word = line.lower(head);
  if (/\d/.test(word)) return;
  d.counts = line.text(head); // as written: "troops", "DVDs"
  d.countsLast = head;
}
