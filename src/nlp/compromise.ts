/**
 * The only file that imports compromise. It registers our plugin (extra words and tags) once and
 * offers two things: word lookups in compromise's lexicon (no parsing needed), and a parse of one
 * sentence with term offsets mapped back to the article.
 */
import nlp from 'compromise';
import { EXTRA_WORDS } from '../lexicon/compromise-words.js';

nlp.plugin({ words: EXTRA_WORDS });

/**
 * compromise's lexicon, read in place: looked up with arbitrary words from the text, the plain
 * object would answer "constructor" or "toString" with Object.prototype's functions (a crash
 * further down), so only its own keys count. (A copy into a Map, which answered the same, took
 * about 12 ms of every start, in every worker: 24,600 words.) compromise adds no words after it
 * has loaded: we parse with `nlp(text)` only, never with a lexicon of the call's own.
 */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** The lexicon's entry for a word, own keys only. */
function entryOf(lowerWord: string): string | string[] | undefined {
  const entry = lexicon[lowerWord];
  return entry !== undefined && Object.hasOwn(lexicon, lowerWord) ? entry : undefined;
}

/** compromise's tag for a lower-cased word ("john" → "MaleName"), or undefined. */
export function lexiconTag(lowerWord: string): string | undefined {
  return entryOf(lowerWord) as string | undefined;
}

const NO_TAGS: readonly string[] = [];

/**
 * compromise's tags for a lower-cased word, as a list ("john" → ["MaleName"]; an empty list when it
 * has none). Most words asked have none: they all get the one empty list, not a new one each.
 */
export function lexiconTags(lowerWord: string): readonly string[] {
  const tag = entryOf(lowerWord);
  if (tag === undefined) return NO_TAGS;
  return Array.isArray(tag) ? tag : [tag];
}

/**
 * compromise's tags of the function words (determiners, prepositions, conjunctions, pronouns,
 * possessives, copulas, modals, auxiliaries, question words): the closed classes a noun phrase's
 * modifiers and an organization's name never contain.
 */
export const FUNCTION_WORD_TAGS: ReadonlySet<string> = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord']);

/** compromise's tags of a common noun (singular, plural, uncountable); readers add the person and name tags they also take. */
export const COMMON_NOUN_TAGS: readonly string[] = ['Noun', 'Singular', 'Plural', 'Uncountable'];

export interface ParsedTerm {
  start: number;
  end: number;
  text: string;
  tags: ReadonlySet<string>;
}

/** Parse one piece of text with compromise and return its terms with absolute offsets. */
export function parseTerms(text: string, offset: number): ParsedTerm[] {
  const doc = nlp(text);
  doc.compute('offset');
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  const terms: ParsedTerm[] = [];
  for (const sentence of json) {
    for (const t of sentence.terms) {
      const start = offset + t.offset.start;
      terms.push({ start, end: start + t.offset.length, text: t.text, tags: new Set(t.tags) });
    }
  }
  return terms;
}

export { nlp };
