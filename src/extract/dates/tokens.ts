/**
 * Date tokens of one sentence, built from the ArticleDoc tokens: hyphenated words are split into
 * their pieces so that "two-year", "10-year", "third-quarter" and "mid-1996" read the same way.
 */
import type { ArticleDoc, Sentence } from '../../doc/article.js';
import type { DateToken } from './types.js';

/** The hyphens that split a word ("-" and U+2010); char codes, not a regex or two string searches: run on every word. */
const isHyphen = (ch: string): boolean => ch === '-' || ch === '‐';
export function hasHyphen(text: string): boolean {
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 45 || c === 0x2010) return true;
  }
  return false;
}

export function dateTokens(doc: ArticleDoc, sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'>): DateToken[] {
  const out: DateToken[] = [];
  let prevEnd = -1;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    const kind = t.kind; // a getter: read once
    const glued = t.start === prevEnd;
    prevEnd = t.end;
    if (kind === 'word' && t.text.length < 60 && hasHyphen(t.text)) {
      let from = 0;
      for (let p = 0; p <= t.text.length; p++) {
        if (p === t.text.length || isHyphen(t.text[p]!)) {
          const piece = t.text.slice(from, p);
          if (piece.length > 0) out.push(make(piece, piece.toLowerCase(), t.start + from, from > 0, from > 0));
          if (p < t.text.length) out.push(make(t.text[p]!, t.text[p]!, t.start + p, true, true, 'punct'));
          from = p + 1;
        }
      }
      continue;
    }
    out.push(make(t.text, t.lower, t.start, glued, false, kind === 'number' ? 'number' : kind === 'word' ? 'word' : 'punct'));
  }
  return out;
}

/** `lower` is `text` in lower case: a whole article token's own (`Token.lower`), made once per distinct word. */
function make(text: string, lower: string, start: number, glued: boolean, inWord: boolean, kind?: DateToken['kind']): DateToken {
  return {
    text,
    lower,
    start,
    end: start + text.length,
    kind: kind ?? (/^\d/.test(text) ? 'number' : 'word'),
    glued,
    inWord,
    cap: startsUpper(text),
  };
}

/** The first letter is upper case: a date token's `cap`. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[0]!;
  return ch !== ch.toLowerCase();
}
