/**
 * Speech without quotation marks whose speaker is given by the layout, not by a cue:
 *
 *   transcript-turn  ROE: We will win.  /  MR. ROE: We will win.   (a paragraph opening with a
 *                    speaker label in capitals; the document has at least two such turns)
 *   social-post      We will win. https://t.co/x — Jane Roe (@janeroe) November 18, 2019
 *                    (an embedded post: its text, then a dash, the author and the handle)
 *
 * Both are verbatim words (`direct`); the span is the turn's or the post's text.
 */
import type { ArticleDoc } from '../../doc/article.js';
import type { Span } from '../../types.js';
import type { Attribution } from './attribution.js';

export interface Turn {
  start: number;
  end: number;
  attribution: Attribution;
}

/** "MR. ROE:", "JANE ROE:", "SEN. O'NEIL:": an optional honorific, one to three words in capitals, a colon. */
const TURN_LABEL = /^(?<label>(?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF)\.\s)?\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,2}):\s+(?=\S)/u;
/** Labels that head a paragraph without naming a speaker. */
const NOT_SPEAKER_LABELS = new Set([
  'UPDATE', 'UPDATED', 'EXCLUSIVE', 'CLARIFICATION', 'CORRECTION', 'EMAIL', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE",
  'WATCH', 'READ', 'RELATED', 'PHOTOS', 'PHOTO', 'VIDEO', 'BREAKING', 'ADVERTISEMENT', 'SOURCE', 'SOURCES', 'ABSTRACT',
  'FULL TEXT', 'LETTERS', 'WARNING', 'SPOILER', 'TRANSCRIPT', 'UPDATE AT', 'LIVE', 'ANALYSIS', 'OPINION', 'DISCLOSURE',
  'CONTACT', 'FOLLOW', 'SUBSCRIBE', 'LISTEN', 'MORE', 'ALSO', 'TIP', 'TIPS', 'WHO', 'WHAT', 'WHEN', 'WHERE', 'WHY', 'HOW',
  'Q', 'A', 'PS', 'NB', 'FAQ', 'USA', 'US', 'UK', 'EU', 'UN', 'NATO',
]);
/** A document needs this many labelled paragraphs to be a transcript (one label is mostly a heading). */
const MIN_TURNS = 2;

/** "— Jane Roe (@janeroe) November 18, 2019": the dash, the author's name, the handle, a date. */
const POST_SIGNATURE = /[—–―]\s?(?<author>\p{Lu}[^\n()@—–]{0,60}?)\s\(@\w{1,30}\)\s(?:\p{Lu}\p{Ll}+\.?\s\d{1,2},\s\d{4})/gu;
/** The opening of the handle that every signature has: a cheap test before the pattern. */
const POST_HANDLE = '(@';
/** A link that ends an embedded post ("https://t.co/x", "pic.twitter.com/x"). */
const TRAILING_LINK = /\s+(?:https?:\/\/|pic\.twitter\.com\/)\S+\s*$/u;

export function findTurns(doc: ArticleDoc, blocks: readonly Span[], inQuoteAt: (offset: number) => boolean): Turn[] {
  return [...transcriptTurns(doc, blocks, inQuoteAt), ...socialPosts(doc, blocks, inQuoteAt)];
}

function transcriptTurns(doc: ArticleDoc, blocks: readonly Span[], inQuoteAt: (offset: number) => boolean): Turn[] {
  const turns: Turn[] = [];
  for (const block of blocks) {
    const m = TURN_LABEL.exec(block.text);
    if (!m) continue;
    const label = m.groups!.label!;
    const name = label.replace(/^(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF)\.\s/u, '');
    if (NOT_SPEAKER_LABELS.has(label) || NOT_SPEAKER_LABELS.has(name) || name.replace(/[^\p{L}]/gu, '').length < 2) continue;
    const start = block.start + m[0].length;
    if (hasQuoteMark(doc, start, block.end, inQuoteAt)) continue;
    const mention = { start: block.start, end: block.start + label.length, text: label, kind: 'name' as const };
    turns.push({ start, end: block.end, attribution: { mention, cue: null, rule: 'transcript-turn' } });
  }
  return turns.length >= MIN_TURNS ? turns : [];
}

function socialPosts(doc: ArticleDoc, blocks: readonly Span[], inQuoteAt: (offset: number) => boolean): Turn[] {
  const posts: Turn[] = [];
  blocks.forEach((block, b) => {
    if (!block.text.includes(POST_HANDLE)) return; // most blocks: no handle, so no signature
    POST_SIGNATURE.lastIndex = 0;
    const m = POST_SIGNATURE.exec(block.text);
    if (!m) return;
    const dashAt = block.start + m.index;
    // the post's text: before the signature in its block, or the block before when the signature stands alone
    let from = block.start;
    let to = dashAt;
    if (!/[\p{L}\p{N}]/u.test(doc.text.slice(from, to).replace(/<[^>]*>/g, '')) && b > 0) {
      from = blocks[b - 1]!.start;
      to = blocks[b - 1]!.end;
    }
    // markup that slipped into the text ("<tweet id=… author=…>") is no part of the post
    const tag = /^<[^>\n]{0,300}>/.exec(doc.text.slice(from, to));
    if (tag) from += tag[0].length;
    let text = doc.text.slice(from, to);
    text = text.replace(TRAILING_LINK, '');
    const lead = text.length - text.trimStart().length;
    const start = from + lead;
    const end = from + text.trimEnd().length;
    if (end - start < 2 || !/[\p{L}\p{N}]/u.test(doc.text.slice(start, end)) || hasQuoteMark(doc, start, end, inQuoteAt)) return;
    const author = m.groups!.author!.trimEnd();
    const authorStart = dashAt + m[0].indexOf(author, 1);
    const mention = { start: authorStart, end: authorStart + author.length, text: author, kind: 'name' as const };
    posts.push({ start, end, attribution: { mention, cue: null, rule: 'social-post' } });
  });
  return posts;
}

/** Words already inside quotation marks are the marked quote's; the turn is not given twice. */
function hasQuoteMark(doc: ArticleDoc, start: number, end: number, inQuoteAt: (offset: number) => boolean): boolean {
  for (let k = doc.tokenIndexAt(start); k < doc.tokens.length && doc.tokens[k]!.start < end; k++) if (inQuoteAt(doc.tokens[k]!.start)) return true;
  return false;
}
