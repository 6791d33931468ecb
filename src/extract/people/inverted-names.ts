/**
 * Rule `inverted-name-in-list`: a reading list or a bibliography writes names family name first,
 * "Austen, Jane. Pride and Prejudice", "Marx, Karl and Engels, Friedrich. The Communist Manifesto".
 * The mention is the whole "Austen, Jane" (family name, comma, given names).
 *
 * The shape alone is weak ("Paris, Texas.", "Finally, John."), so the evidence is the list: the
 * entry opens its paragraph, the given name is one the lists know (and no place, title or
 * month), the name ends at a full stop or at "and" before the next entry, and the document has
 * at least {@link MIN_ENTRIES} such entries.
 */
import type { ArticleDoc } from '../../doc/article.js';
import { startsUpperCase, type Token } from '../../doc/tokenize.js';
import type { RuleSpan } from '../../types.js';
import { classifyWord, W } from './word-class.js';

export const INVERTED_NAME_RULE = 'inverted-name-in-list';
const MIN_ENTRIES = 2;
/** Most given names after the first one: "Macaulay, Thomas Babington". */
const MAX_GIVEN = 3;
/** A family name is no month, weekday, firm, nationality or word that never names a person. */
const NOT_FAMILY = W.Calendar | W.Org | W.Demonym | W.NonPerson | W.Title | W.Honorific;
/**
 * Nor is a given name: "Monday, June 3." A place that is also a given name stays ("Twain, Mark.");
 * "Paris, Texas." has no given name.
 */
const NOT_GIVEN = NOT_FAMILY;

const lowerOf = (t: Token): string => t.lower;
const isCapitalWord = (t: Token | undefined): t is Token =>
  t !== undefined && t.kind === 'word' && startsUpperCase(t.text) && t.text !== t.text.toUpperCase();

/** The entry at token `i`: the index one past its last given name, or -1. */
function entryEnd(tokens: readonly Token[], i: number, end: number): number {
  const family = tokens[i];
  if (!isCapitalWord(family) || (classifyWord(lowerOf(family)).flags & NOT_FAMILY) !== 0) return -1;
  if (tokens[i + 1]?.text !== ',' || i + 2 >= end) return -1;
  const given = tokens[i + 2];
  if (!isCapitalWord(given)) return -1;
  const g = classifyWord(lowerOf(given)).flags;
  if ((g & W.First) === 0 || (g & NOT_GIVEN) !== 0) return -1;
  let k = i + 3;
  while (k < end && k < i + 3 + MAX_GIVEN && isCapitalWord(tokens[k]) && (classifyWord(lowerOf(tokens[k]!)).flags & NOT_GIVEN) === 0) k++;
  const stop = tokens[k];
  return stop === undefined || k >= end || stop.text === '.' || stop.text === 'and' ? k : -1;
}

/** The inverted names of the document's list entries (none when fewer than {@link MIN_ENTRIES}). */
export function findInvertedNames(doc: ArticleDoc): RuleSpan[] {
  const { tokens, sentences, text } = doc;
  const out: RuleSpan[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (s > 0 && sentences[s - 1]!.paragraph === sentence.paragraph) continue; // the paragraph's first sentence only
    let i = sentence.tokenStart;
    for (;;) {
      const k = entryEnd(tokens, i, sentence.tokenEnd);
      if (k < 0) break;
      const start = tokens[i]!.start;
      const end = tokens[k - 1]!.end;
      out.push({ start, end, text: text.slice(start, end), rule: INVERTED_NAME_RULE });
      if (tokens[k]?.text !== 'and') break;
      i = k + 1; // "Marx, Karl and Engels, Friedrich."
    }
  }
  return out.length >= MIN_ENTRIES ? out : [];
}
