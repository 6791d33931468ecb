/**
 * Reported speech without quotation marks, and the paragraph's speakers.
 *
 *   reported-clause   Guler said it was premature to discuss …  /  Guler stressed that Turkey …
 *                     X told Reuters that …   (span = the reported clause)
 *   reported-before-cue  Turkey is strengthening …, Guler told Reuters.  (span = the clause before)
 *
 * Only strong speech verbs count (said, told, stressed, warned …), never inside quotes, and only
 * when the cue has a subject. The speaker found for every cue is also kept per paragraph: quotes in
 * the next paragraph may borrow it (paragraph-continuation).
 */
import { startsUpperCase } from '../../doc/tokenize.js';
import type { ArticleDoc } from '../../doc/article.js';
import { BARE_CLAUSE_VERBS, SPEECH_VERBS } from '../../lexicon/reporting-verbs.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { pronounInfo } from '../../lexicon/pronouns.js';
import type { Attribution, AttributionContext } from './attribution.js';
import { looksLikeNounUse, speakerOfCue } from './attribution.js';
import { cueAt } from './cues.js';
import { mentionStartingAt } from './mentions.js';

export interface ReportedClause {
  start: number;
  end: number;
  attribution: Attribution;
}

/** Verbs whose object is the addressee, not the content: "told Reuters that …". */
const ADDRESSEE_VERBS = new Set(['told', 'tells', 'tell', 'warned', 'warns', 'assured', 'reminded', 'asked', 'urged', 'informed']);
const CLAUSE_OPENERS = /^(?:that|it|there|he|she|they|we|i|you|the|a|an|his|her|their|its|this|these|those|no|some)$/i;
/** Words after "said" that start no clause: "said nothing", "said so", "said goodbye", "said for years". */
const NOT_CLAUSE_STARTS = /^(?:nothing|so|yes|no|goodbye|hello|little|much|more|less|otherwise|for|with|by|about|of|as|than|to|into|from|over|under|through|and|or|but)$/i;
const ADJUNCT_STARTS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'late', 'early', 'earlier', 'later', 'yesterday', 'today', 'recently', 'previously', 'again', 'also', 'repeatedly', 'publicly', 'privately']);
const MIN_CLAUSE_TOKENS = 3;
/** A time word that is an adjunct on its own, right after the cue: "said Monday", "told reporters yesterday". */
const BARE_TIME_ADJUNCT = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/i;
const FINITE_AFTER_SUBJECT = /^(?:is|was|will|would|has|had|could|should|might|must|can|marks|marked)$/i;
/** Words that may follow "…, X said" at the end of a sentence: adjuncts, or an addressee ("told Reuters"). */
const TAIL_STARTS = /^(?:on|in|at|to|during|after|before|last|this|yesterday|today|tonight|earlier|later|recently|when|while|as|from|via|reporters|journalists|the|a|an|us|me|him|her|them|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** A reported clause longer than this is not one clause (and the cap keeps hostile input linear). */
const MAX_CLAUSE_TOKENS = 120;
const END_PUNCT = /[.!?;:]$/;

export function findReported(ctx: AttributionContext): { clauses: ReportedClause[]; paragraphSpeakers: Map<number, Attribution[]> } {
  const { doc, inQuote } = ctx;
  const clauses: ReportedClause[] = [];
  const paragraphSpeakers = new Map<number, Attribution[]>();
  for (const s of doc.sentences) {
    for (let c = s.tokenStart; c < s.tokenEnd; c++) {
      const cue = cueAt(doc, c, inQuote);
      if (cue === null) continue;
      const word = doc.tokens[c]!.text.toLowerCase();
      const mention = speakerOfCue(ctx, cue, s.tokenStart, s.tokenEnd);
      if (mention === null || looksLikeNounUse(ctx, cue, mention)) continue;
      const cueSpan = { start: doc.tokens[cue.first]!.start, end: doc.tokens[cue.last]!.end, text: '' };
      cueSpan.text = doc.text.slice(cueSpan.start, cueSpan.end);
      const attribution: Attribution = { mention, cue: cueSpan, rule: 'reported-clause' };
      const block = blockAt(ctx, doc.tokens[c]!.start);
      const spoken = paragraphSpeakers.get(block);
      if (spoken === undefined) paragraphSpeakers.set(block, [attribution]);
      else spoken.push(attribution); // sentences and cues come in text order
      if (cue.phrase || !SPEECH_VERBS.has(word)) continue;
      const subjectLeft = mention.end <= cueSpan.start;
      const clause =
        (subjectLeft ? clauseAfter(ctx, cue.last, s.tokenEnd, word) : null) ??
        clauseBefore(ctx, s.tokenStart, mention.start < cueSpan.start ? mention.start : cueSpan.start, s.tokenEnd, mention.end > cueSpan.end ? mention.end : cueSpan.end, word);
      if (clause !== null) {
        clauses.push({ ...clause, attribution: { ...attribution, rule: clause.rule } });
        c = doc.tokenIndexAt(clause.end) - 1 > c ? doc.tokenIndexAt(clause.end) - 1 : c;
      }
    }
  }
  return { clauses, paragraphSpeakers };
}

/** Index of the quote block holding `offset` (binary search). */
function blockAt(ctx: AttributionContext, offset: number): number {
  let lo = 0;
  let hi = ctx.blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ctx.blocks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "said (that) it was premature …": the clause to the end of the sentence. */
function clauseAfter(ctx: AttributionContext, cueLast: number, sentenceEnd: number, verb: string): { start: number; end: number; rule: string } | null {
  const { doc } = ctx;
  let i = cueLast + 1;
  if (ADDRESSEE_VERBS.has(verb) && doc.tokens[i]?.text.toLowerCase() !== 'that') {
    const addressee = mentionStartingAt(doc, i, sentenceEnd);
    if (addressee !== null) i = doc.tokenIndexAt(addressee.end);
    else if (isBarePluralAddressee(doc, i, sentenceEnd)) i++;
    else return null;
  }
  // "said Monday (that) …": a bare time word is an adjunct of the cue; a comma after it ends the
  // attribution ("said Monday, reported the Associated Press", "said Monday, adding …"): no clause
  // ("said today is the day", "said Thursday's report …": the time word opens the clause when a finite verb or "'s" follows)
  if (i + 1 < sentenceEnd && BARE_TIME_ADJUNCT.test(doc.tokens[i]!.text) && !FINITE_AFTER_SUBJECT.test(doc.tokens[i + 1]!.text) && !/^['’]/.test(doc.tokens[i + 1]!.text)) {
    i++;
    if (i >= sentenceEnd || doc.tokens[i]!.kind === 'punct') return null;
  }
  // skip a short adjunct: "in a written statement", "on Wednesday"
  const adjunctStart = i;
  if (i < sentenceEnd && ADJUNCT_STARTS.has(doc.tokens[i]!.text.toLowerCase())) {
    let j = i;
    while (j < sentenceEnd && j - adjunctStart < 6 && doc.tokens[j]!.text.toLowerCase() !== 'that' && doc.tokens[j]!.kind !== 'punct') j++;
    if (j < sentenceEnd && doc.tokens[j]!.text.toLowerCase() === 'that') i = j;
    else if (j < sentenceEnd && doc.tokens[j]!.text === ',') i = j + 1;
    else return null;
  }
  if (i >= sentenceEnd) return null;
  const first = doc.tokens[i]!;
  if (first.text.toLowerCase() === 'that') i++;
  else if (!BARE_CLAUSE_VERBS.has(verb)) return null;
  else if (first.kind !== 'word' && first.kind !== 'number') return null;
  else if (NOT_CLAUSE_STARTS.test(first.text) || (/ly$/i.test(first.text) && !CLAUSE_OPENERS.test(first.text))) return null;
  return clauseSpan(ctx, i, sentenceEnd, 'reported-clause');
}

/**
 * "told reporters Tuesday that …", "told supporters on Monday that …": a bare plural noun is the
 * addressee when "that", a bare time word or an adjunct follows it (not "told lies about …").
 */
function isBarePluralAddressee(doc: ArticleDoc, i: number, sentenceEnd: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (t === undefined || next === undefined || i + 1 >= sentenceEnd || t.kind !== 'word') return false;
  if (!/^\p{Ll}{3,}s$/u.test(t.text) || /(?:ss|us|is)$/.test(t.text)) return false;
  const w = next.text.toLowerCase();
  return w === 'that' || BARE_TIME_ADJUNCT.test(w) || ADJUNCT_STARTS.has(w);
}

/** "Turkey is strengthening …, Guler told Reuters.": the clause before the comma. */
function clauseBefore(ctx: AttributionContext, sentenceStart: number, attributionStart: number, sentenceEnd: number, attributionEnd: number, verb: string): { start: number; end: number; rule: string } | null {
  const { doc } = ctx;
  const a = doc.tokenIndexAt(attributionStart);
  const comma = a - 1;
  if (comma <= sentenceStart || doc.tokens[comma]!.text !== ',') return null;
  // only a short tail may follow the attribution ("told Reuters.", "said on Wednesday."), not an object ("said nothing")
  const after = doc.tokenIndexAt(attributionEnd);
  if (sentenceEnd - after > 6) return null;
  const next = doc.tokens[after];
  if (next !== undefined && after < sentenceEnd && next.kind === 'word' && !TAIL_STARTS.test(next.text) && !(ADDRESSEE_VERBS.has(verb) && startsUpperCase(next.text))) return null;
  return clauseSpan(ctx, sentenceStart, comma, 'reported-before-cue');
}

function clauseSpan(ctx: AttributionContext, from: number, to: number, rule: string): { start: number; end: number; rule: string } | null {
  const { doc, inQuote } = ctx;
  let last = to - 1;
  while (last >= from && doc.tokens[last]!.kind === 'punct' && END_PUNCT.test(doc.tokens[last]!.text)) last--;
  if (last - from + 1 < MIN_CLAUSE_TOKENS || last - from + 1 > MAX_CLAUSE_TOKENS) return null;
  for (let k = from; k <= last; k++) if (inQuote[k] === 1 || /^["“”„«»]$/.test(doc.tokens[k]!.text)) return null;
  return { start: doc.tokens[from]!.start, end: doc.tokens[last]!.end, rule };
}
