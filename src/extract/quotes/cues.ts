/** Cue detection on the token stream: reporting verbs and "according to", outside quotes. */
import type { ArticleDoc } from '../../doc/article.js';
import { startsUpperCase, startsLowerCase, type Token } from '../../doc/tokenize.js';
import { CUE_PHRASES, PARTICLE_CUES, PROGRESSIVE_REPORTS, REPORTING_BASE_FORMS, REPORTING_VERBS, THAT_ONLY_CUES } from '../../lexicon/reporting-verbs.js';
import { ROLE_HEADS } from '../../lexicon/person-words.js';

/** "fired back", "lashed out" as lookup keys. */
const PARTICLE_CUE_KEYS: ReadonlySet<string> = new Set(PARTICLE_CUES.map((cue) => cue.join(' ')));
const PARTICLE_VERBS: ReadonlySet<string> = new Set(PARTICLE_CUES.map((cue) => cue[0]!));
/** Every lower-case word a cue may start with: any other word is no cue, whatever its context. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([...CUE_PHRASES.map((phrase) => phrase[0]!), ...THAT_ONLY_CUES, ...REPORTING_VERBS, ...PARTICLE_VERBS]);

export interface Cue {
  /** First and last token of the cue ("according", "to"). */
  first: number;
  last: number;
  /** "according to" and the like: the speaker follows the cue. */
  phrase: boolean;
}

/** Whether a cue may start at token `t`: its word starts one (the first test of {@link cueAt}, for scans over every token). */
export function mayStartCue(t: Token): boolean {
  return CUE_FIRST_WORDS.has(t.lower);
}

/** The cue whose first token is `i`, or null. `inQuote[i]` marks tokens inside quotation marks. */
export function cueAt(doc: ArticleDoc, i: number, inQuote: Uint8Array): Cue | null {
  const t = doc.tokens[i];
  if (t === undefined || t.kind !== 'word' || inQuote[i] === 1) return null;
  if (!mayStartCue(t)) return null;
  const w = t.lower;
  // a capitalized cue only at a sentence start ("According to …"); "States", "Post" are names
  if (startsUpperCase(t.text) && doc.sentences[t.sentence]?.tokenStart !== i && !isCapitalizedPastCue(doc, i)) return null;
  for (const phrase of CUE_PHRASES) {
    if (phrase[0] !== w) continue;
    let ok = true;
    for (let k = 1; k < phrase.length; k++) {
      if (doc.tokens[i + k]?.lower !== phrase[k]) ok = false;
    }
    if (ok) return { first: i, last: i + phrase.length - 1, phrase: true };
  }
  if (THAT_ONLY_CUES.has(w) && doc.tokens[i + 1]?.lower !== 'that') return null;
  if (REPORTING_VERBS.has(w)) return isTitleCompound(doc, i, w) ? null : { first: i, last: i, phrase: false };
  // "fired back", "lashed out": the verb with its particle (lower case, outside quotes)
  if (!PARTICLE_VERBS.has(w)) return null;
  const particle = doc.tokens[i + 1];
  if (particle !== undefined && particle.kind === 'word' && inQuote[i + 1] !== 1) {
    // "went on to become", "spoke out to defend": an infinitive after the particle is the real verb
    const infinitive = doc.tokens[i + 2]?.lower === 'to';
    if (PARTICLE_CUE_KEYS.has(`${w} ${particle.text}`) && !infinitive) return { first: i, last: i + 1, phrase: false };
  }
  return null;
}

/**
 * "White House press secretary Josh Earnest", "state senator", "press aide": a base form that is
 * also a noun, right before a role head, is part of a title, no cue.
 */
function isTitleCompound(doc: ArticleDoc, i: number, w: string): boolean {
  const next = doc.tokens[i + 1];
  return REPORTING_BASE_FORMS.has(w) && next !== undefined && next.kind === 'word' && ROLE_HEADS.has(next.text) && doc.text.slice(doc.tokens[i]!.end, next.start) === ' ';
}

/**
 * "Murphy, the head of Right to Rise, Tweeted on Friday": a capitalized past form of a reporting
 * verb ("Tweeted", "Added") after a comma or a lower-case word is the verb, not a name; after a
 * capitalized word ("United", "Fed") it stays part of a name.
 */
function isCapitalizedPastCue(doc: ArticleDoc, i: number): boolean {
  const w = doc.tokens[i]!.text;
  if (!/^\p{Lu}\p{Ll}+ed$/u.test(w) || !REPORTING_VERBS.has(w.toLowerCase())) return false;
  const before = doc.tokens[i - 1];
  return before !== undefined && (before.text === ',' || (before.kind === 'word' && startsLowerCase(before.text)));
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
  if (cue !== null && !cue.phrase && cue.last === i) return cue;
  // "shot back" ends at its particle
  const verb = i > 0 ? cueAt(doc, i - 1, inQuote) : null;
  return verb !== null && !verb.phrase && verb.last === i ? verb : null;
}

const PROGRESSIVE_BE = /^(?:is|are|was|were|been|am)$/i;

/**
 * The past form the cue at `c` reports as, when it is the gerund of a reporting verb after a form
 * of "be" ("The White House is saying that …": a finite report, not "…, saying"); else undefined.
 */
export function progressiveCueAsPast(doc: ArticleDoc, c: number): string | undefined {
  const before = doc.tokens[c - 1];
  return before !== undefined && PROGRESSIVE_BE.test(before.text) ? PROGRESSIVE_REPORTS.get(doc.tokens[c]!.lower) : undefined;
}
