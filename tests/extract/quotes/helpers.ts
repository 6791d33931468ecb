/** Run the quotes extractor alone (no people resolver) and show each quote as plain text fields. */
import { buildArticle } from '../../../src/doc/article.js';
import { extractQuotes } from '../../../src/extract/quotes.js';

export interface QuoteView {
  text: string;
  kind: string;
  speaker: string | null;
  cue: string | null;
  rule: string;
}

export function quotesOf(text: string): QuoteView[] {
  return extractQuotes(buildArticle(text)).map((q) => {
    // the offset contract: every span is the exact slice of the input
    if (text.slice(q.start, q.end) !== q.text) throw new Error(`span mismatch for ${q.text}`);
    if (q.cue && text.slice(q.cue.start, q.cue.end) !== q.cue.text) throw new Error(`cue mismatch for ${q.cue.text}`);
    return {
      text: q.text,
      kind: q.kind,
      speaker: q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null,
      cue: q.cue?.text ?? null,
      rule: q.rule,
    };
  });
}

/** Only the quotes in marks (direct, partial, scare). */
export function markedQuotesOf(text: string): QuoteView[] {
  return quotesOf(text).filter((q) => q.kind !== 'indirect');
}
