import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/doc/article.js';
import { tokenize } from '../../src/doc/tokenize.js';

const seed = readFileSync(new URL('../../fixtures/articles/syria-turkey-defense.txt', import.meta.url), 'utf8');

describe('buildArticle', () => {
  it('splits the seed article into one paragraph per line and sentences inside them', () => {
    const doc = buildArticle(seed);
    expect(doc.paragraphs).toHaveLength(15);
    expect(doc.sentences.map((s) => s.text)).toContain('Turkey supports Syria militarily');
    for (const s of doc.sentences) expect(seed.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['Mr. Blair met Dr. Smith. They talked.', ['Mr. Blair met Dr. Smith.', 'They talked.']],
    ['George W. Bush spoke. "We won," he said.', ['George W. Bush spoke.', '"We won," he said.']],
    ['It rose 3.5% in Jan. 2004 to $4.2bn.', ['It rose 3.5% in Jan. 2004 to $4.2bn.']],
    ['Is it? Yes! Done.', ['Is it?', 'Yes!', 'Done.']],
    ['Headline here\n\nBody one. Body two.', ['Headline here', 'Body one.', 'Body two.']],
  ])('%s', (input, expected) => {
    expect(buildArticle(input).sentences.map((s) => s.text)).toEqual(expected);
  });

  it('uses blank lines as paragraph breaks when the text has them', () => {
    const doc = buildArticle('Title\n\nFirst para line.\n\nSecond para.');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Title', 'First para line.', 'Second para.']);
  });

  it('finds the sentence and token at an offset', () => {
    const doc = buildArticle('One two. Three four.');
    expect(doc.sentenceAt(10)).toBe(1);
    expect(doc.tokens[doc.tokenIndexAt(9)]!.text).toBe('Three');
    expect(doc.sentenceAt(100)).toBe(-1);
  });

  it('handles empty and whitespace-only text', () => {
    expect(buildArticle('').sentences).toEqual([]);
    expect(buildArticle(' \n\n \n').tokens).toEqual([]);
  });
});

describe('buildArticle token and sentence shape', () => {
  it('marks each token with its sentence and gives sentences one field order', () => {
    const doc = buildArticle('Blair spoke. "We won," he said.\n\nBlair left.');
    for (const s of doc.sentences) {
      expect(Object.keys(s)).toEqual(['start', 'end', 'text', 'index', 'paragraph', 'tokenStart', 'tokenEnd']);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) expect(doc.tokens[i]!.sentence).toBe(s.index);
    }
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.filter((t) => t.text === 'Blair').map((t) => t.sentence)).toEqual([0, 2]);
  });
});

describe('buildArticle on a document of more tokens than one chunk (8,192)', () => {
  // the seed article repeated: over 29,000 tokens, in paragraphs of many sentences
  const long = Array.from({ length: 80 }, () => seed).join('\n\n');

  it('gives every token once, in text order, with its sentence', () => {
    const doc = buildArticle(long);
    expect(doc.tokens.length).toBeGreaterThan(3 * 8192);
    const perSentence = doc.sentences.flatMap((s) => tokenize(s.text, s.start).map((t) => [t.start, t.end, t.text, t.kind, s.index]));
    expect(doc.tokens.map((t) => [t.start, t.end, t.text, t.kind, t.sentence])).toEqual(perSentence);
    let next = 0;
    for (const s of doc.sentences) {
      expect(s.tokenStart).toBe(next);
      next = s.tokenEnd;
    }
    expect(next).toBe(doc.tokens.length);
  });
});
