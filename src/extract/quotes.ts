/**
 * Quotations: quoted speech (direct, partial), scare quotes, and reported speech (indirect), each
 * with the cue and the speaker mention the attribution used. Linking the mention to a person is
 * `resolveSpeakers`' job.
 *
 *   marks.ts        pair the quotation marks → segments (one per paragraph of a quote)
 *   attribution.ts  ordered sieves: segment → cue + speaker mention
 *   reported.ts     reported speech without marks, and each paragraph's last speaker
 *   mentions.ts     the speaker noun phrase next to a cue (token walking, no parse)
 *   not-quotations.ts  names, nicknames and titles in marks: `scare`, never anyone's words
 *   turns.ts        transcript turns ("ROE: …") and embedded social posts ("… — Jane Roe (@janeroe) …")
 */
import { startsUpperCase } from '../doc/tokenize.js';
import type { ArticleDoc } from '../doc/article.js';
import type { QuoteFact, QuoteKind } from '../types.js';
import { attributeSegments, hasCueInSentence, type Attribution, type AttributionContext } from './quotes/attribution.js';
import { findQuoteSegments, type QuoteSegment } from './quotes/marks.js';
import { useDocument, type MentionKind } from './quotes/mentions.js';
import { quoteBlocks } from './quotes/blocks.js';
import { findReported } from './quotes/reported.js';
import { nonQuotationRule } from './quotes/not-quotations.js';
import { findTurns } from './quotes/turns.js';

export interface QuoteDraft extends QuoteFact {
  /** What the speaker mention is: a name, a pronoun or a description (null without speaker). */
  mentionKind?: MentionKind | null;
}

/** A quote of at most this many words with no speaker is a scare quote (a term, a title, a nickname). */
const SCARE_MAX_WORDS = 4;

export function extractQuotes(doc: ArticleDoc): QuoteDraft[] {
  useDocument(doc);
  const blocks = quoteBlocks(doc);
  const segments = findQuoteSegments(doc, blocks);
  const inQuote = markQuotedTokens(doc, segments);
  const ctx: AttributionContext = { doc, blocks, segments, inQuote, paragraphSpeakers: new Map() };
  const reported = findReported(ctx);
  ctx.paragraphSpeakers = reported.paragraphSpeakers;
  const attributions = attributeSegments(ctx);
  const drafts: QuoteDraft[] = segments.map((q, k) => toDraft(doc, q, attributions[k] ?? null, () => hasCueInSentence(ctx, q)));
  const inQuoteAt = (offset: number): boolean => inQuote[doc.tokenIndexAt(offset)] === 1;
  for (const turn of findTurns(doc, blocks, inQuoteAt)) {
    drafts.push(draftOf(doc, turn.start, turn.end, 'direct', turn.attribution, turn.attribution.rule));
  }
  for (const clause of reported.clauses) {
    drafts.push(draftOf(doc, clause.start, clause.end, 'indirect', clause.attribution, clause.attribution.rule));
  }
  return drafts.sort((a, b) => a.start - b.start || a.end - b.end);
}

function markQuotedTokens(doc: ArticleDoc, segments: readonly QuoteSegment[]): Uint8Array {
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const q of segments) {
    const from = doc.tokenIndexAt(q.openAt);
    const to = doc.tokenIndexAt(q.closeAt);
    for (let i = from; i < to; i++) inQuote[i] = 1;
  }
  return inQuote;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function toDraft(doc: ArticleDoc, q: QuoteSegment, a: Attribution | null, cueNearby: () => boolean): QuoteDraft {
  const text = doc.text.slice(q.start, q.end);
  // a name, a nickname or a title in marks quotes nobody, whatever verb is near; a name given inside
  // reported words ("Clinton says the player nicknamed “King James” …") stays part of the report
  const inReportedContent = a !== null && a.cue !== null && a.cue.end <= q.openAt && doc.sentenceAt(a.cue.start) === doc.sentenceAt(q.openAt);
  const notQuoted = nonQuotationRule(doc, q, inReportedContent);
  if (notQuoted !== null) return draftOf(doc, q.start, q.end, 'scare', null, notQuoted);
  if (a === null) {
    const short = wordCount(text) <= SCARE_MAX_WORDS || isTitleCase(text);
    if (!short) return draftOf(doc, q.start, q.end, 'direct', null, 'unattributed-quote');
    // "the plan was described as “a disaster”": reported words whose speaker is not named
    if (cueNearby()) return draftOf(doc, q.start, q.end, 'partial', null, 'cue-without-speaker');
    return draftOf(doc, q.start, q.end, 'scare', null, 'scare-quote');
  }
  return draftOf(doc, q.start, q.end, isFullStatement(doc, q) ? 'direct' : 'partial', a, a.rule);
}

/** Title Case words only ("The Art of the Deal"): a title, not a statement. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 8 && words.every((w) => startsUpperCase(w) || /^(?:of|the|a|an|and|in|on|for|to|at|with)$/.test(w));
}

/** A quote that is a whole statement: it opens a paragraph, a sentence, or follows "said:"/"said,". */
function isFullStatement(doc: ArticleDoc, q: QuoteSegment): boolean {
  if (q.continued) return true;
  let i = q.openAt - 1;
  while (i >= 0 && isSpaceOrTab(doc.text.charCodeAt(i))) i--;
  const before = i < 0 ? '\n' : doc.text[i]!;
  const inner = doc.text.slice(q.start, q.end);
  if (/[\n.!?:"”]/.test(before)) return true;
  if (/[,—–]/.test(before)) return startsUpperCase(inner) || /[.!?]$/.test(inner);
  return false;
}

/** A space or a tab (`/[ \t]/` on one character), from its char code. */
function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

function draftOf(doc: ArticleDoc, start: number, end: number, kind: QuoteKind, a: Attribution | null, rule: string): QuoteDraft {
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    kind,
    speaker: a === null ? null : { name: a.mention.text, personId: null, start: a.mention.start, end: a.mention.end },
    cue: a?.cue ?? null,
    rule,
    mentionKind: a?.mention.kind ?? null,
  };
}
