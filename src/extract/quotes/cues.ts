/** Cue detection on the token stream: reporting verbs and "according to", outside quotes. */
import type { ArticleDoc } from '../../doc/article.js';
import { CUE_PHRASES, REPORTING_VERBS } from '../../lexicon/reporting-verbs.js';

export interface Cue {
  /** First and last token of the cue ("according", "to"). */
  first: number;
  last: number;
  /** "according to" and the like: the speaker follows the cue. */
  phrase: boolean;
}

/** The cue whose first token is `i`, or null. `inQuote[i]` marks tokens inside quotation marks. */
export function cueAt(doc: ArticleDoc, i: number, inQuote: Uint8Array): Cue | null {
  const t = doc.tokens[i];
  if (t === undefined || t.kind !== 'word' || inQuote[i] === 1) return null;
  // a capitalized cue only at a sentence start ("According to …"); "States", "Post" are names
  if (/^\p{Lu}/u.test(t.text) && doc.sentences[t.sentence]?.tokenStart !== i) return null;
  const w = t.text.toLowerCase();
  for (const phrase of CUE_PHRASES) {
    if (phrase[0] !== w) continue;
    let ok = true;
    for (let k = 1; k < phrase.length; k++) {
      if (doc.tokens[i + k]?.text.toLowerCase() !== phrase[k]) ok = false;
    }
    if (ok) return { first: i, last: i + phrase.length - 1, phrase: true };
  }
  if (REPORTING_VERBS.has(w)) return { first: i, last: i, phrase: false };
  return null;
}

/** The cue whose last token is `i` (for scanning leftwards), or null. */
export function cueEndingAt(doc: ArticleDoc, i: number, inQuote: Uint8Array): Cue | null {
  for (const phrase of CUE_PHRASES) {
    const first = i - phrase.length + 1;
    if (first < 0) continue;
    const cue = cueAt(doc, first, inQuote);
    if (cue !== null && cue.phrase && cue.last === i) return cue;
  }
  const cue = cueAt(doc, i, inQuote);
  return cue !== null && !cue.phrase ? cue : null;
}
