/**
 * ArticleDoc: the one shared, already-analysed view of a document that every extractor reads.
 * Built once per document; nothing here is recomputed by the extractors.
 */
import type { Span } from '../types.js';
import { splitParagraphs, splitSentences } from './sentences.js';
import { tokenizeInto, type Token, type TokenTexts } from './tokenize.js';
import { parseTerms, type ParsedTerm } from '../nlp/compromise.js';

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Index of the first token of the sentence in `ArticleDoc.tokens`, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface ArticleDoc {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** compromise terms of one sentence (parsed on first use, then cached). */
  terms(sentenceIndex: number): readonly ParsedTerm[];
  /** The sentence holding character `offset` (binary search), or -1. */
  sentenceAt(offset: number): number;
  /** Index of the first token whose start is ≥ `offset`. */
  tokenIndexAt(offset: number): number;
}

export function buildArticle(text: string): ArticleDoc {
  const paragraphs = splitParagraphs(text);
  const { sentences, tokens } = sentencesAndTokens(text, paragraphs);
  const parsed = new Map<number, ParsedTerm[]>();
  return {
    text,
    paragraphs,
    sentences,
    tokens,
    terms(i) {
      let t = parsed.get(i);
      if (!t) {
        const s = sentences[i];
        t = s ? parseTerms(s.text, s.start) : [];
        parsed.set(i, t);
      }
      return t;
    },
    sentenceAt(offset) {
      const i = lowerBound(sentences, offset, (s) => s.end);
      return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
    },
    tokenIndexAt(offset) {
      return lowerBound(tokens, offset, (t) => t.start + 1);
    },
  };
}

/**
 * The sentences of the paragraphs and their tokens. A function of its own so that the table of
 * shared token texts is dropped when it returns: a variable of buildArticle that a callback reads
 * would live in the closure context that the document's methods keep (50,000 entries on a 5 MB
 * document). The tokens are gathered in chunks and joined once into an array of exactly their
 * number: pushed onto one array, a million tokens grow it some thirty times by half, and the
 * outgrown backing stores (19 MB on a 5 MB document) are large objects that outlive young
 * collections and stay until a full one, which a single extraction may never reach.
 */
function sentencesAndTokens(text: string, paragraphs: readonly Span[]): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const chunks: Token[][] = [];
  let chunk: Token[] = [];
  let before = 0; // tokens in the full chunks
  // Shared token texts, for this document only (a long document repeats its words a lot).
  const tokenTexts: TokenTexts = new Map();
  paragraphs.forEach((paragraph, p) => {
    for (const s of splitSentences(text, paragraph)) {
      const index = sentences.length;
      const tokenStart = before + chunk.length;
      tokenizeInto(chunk, s.text, s.start, index, tokenTexts);
      // One literal, so that every sentence has the same shape.
      sentences.push({ start: s.start, end: s.end, text: s.text, index, paragraph: p, tokenStart, tokenEnd: before + chunk.length });
      if (chunk.length >= TOKEN_CHUNK) {
        chunks.push(chunk);
        before += chunk.length;
        chunk = [];
      }
    }
  });
  return { sentences, tokens: chunks.length === 0 ? chunk : chunks[0]!.concat(...chunks.slice(1), chunk) };
}

/** Tokens per chunk of sentencesAndTokens: a chunk's backing store stays under V8's large-object size (128 KB). */
const TOKEN_CHUNK = 8192;

/** First index whose key(item) > value (items sorted by key). */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
