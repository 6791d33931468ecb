/**
 * Date tokens of one sentence, built from the ArticleDoc tokens: hyphenated words are split into
 * their pieces so that "two-year", "10-year", "third-quarter" and "mid-1996" read the same way.
 */
import type { ArticleDoc, Sentence } from '../../doc/article.js';
import type { DateToken } from './types.js';

/** The hyphens that split a word ("-" and U+2010); plain string tests, not a regex: run on every word. */
const isHyphen = (ch: string): boolean => ch === '-' || ch === '‐';
const hasHyphen = (text: string): boolean => text.includes('-') || text.includes('‐');

export function dateTokens(doc: ArticleDoc, sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'>): DateToken[] {
  const out: DateToken[] = [];
  let prevEnd = -1;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    const glued = t.start === prevEnd;
    prevEnd = t.end;
    if (t.kind === 'word' && hasHyphen(t.text) && t.text.length < 60) {
      let from = 0;
      for (let p = 0; p <= t.text.length; p++) {
        if (p === t.text.length || isHyphen(t.text[p]!)) {
          const piece = t.text.slice(from, p);
          if (piece.length > 0) out.push(make(piece, t.start + from, from > 0, from > 0));
          if (p < t.text.length) out.push(make(t.text[p]!, t.start + p, true, true, 'punct'));
          from = p + 1;
        }
      }
      continue;
    }
    out.push(make(t.text, t.start, glued, false, t.kind === 'number' ? 'number' : t.kind === 'word' ? 'word' : 'punct'));
  }
  return out;
}

function make(text: string, start: number, glued: boolean, inWord: boolean, kind?: DateToken['kind']): DateToken {
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    kind: kind ?? (/^\d/.test(text) ? 'number' : 'word'),
    glued,
    inWord,
    cap: startsUpper(text),
  };
}

function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[0]!;
  return ch !== ch.toLowerCase();
}
