/**
 * Sentence and paragraph boundaries, as spans of the original text.
 *
 * Paragraphs are runs of non-empty lines separated by blank lines; when a document has no blank
 * line at all, each line is a paragraph (captions and headlines stand on their own lines in news).
 * Sentences end at `.`, `!`, `?` (optionally followed by closing quotes or brackets) before a
 * space and an upper-case letter, digit or opening quote, unless the word before the dot is a known
 * abbreviation or an initial; a line break always ends a sentence unless it looks like hard wrapping
 * (the next line continues in lower case).
 */
import type { Span } from '../types.js';
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';

export function splitParagraphs(text: string): Span[] {
  const hasBlankLine = /\n[ \t\r\f\v]*\n/.test(text);
  const separator = hasBlankLine ? /\n[ \t\r\f\v]*\n\s*/g : /\n+/g;
  return splitBy(text, separator);
}

function splitBy(text: string, separator: RegExp): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) spans.push({ start: a, end: b, text: text.slice(a, b) });
  };
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) separator.lastIndex++;
  }
  push(from, text.length);
  return spans;
}

const CLOSERS = `"'”’»)]`;
const SENTENCE_END = /[.!?]+(?<closers>["'”’»)\]]*)(?<gap>[ \t]+|\r?\n|$)/g;
const OPENS_SENTENCE = /^[\s]*[\p{Lu}\d"“‘'«(\[]/u;

/** Sentence spans inside one paragraph span. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  const body = paragraph.text;
  let from = 0;
  // Line breaks inside a paragraph first: each line is its own unit unless hard-wrapped.
  const cut = (a: number, b: number): void => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e > s) spans.push({ start: paragraph.start + s, end: paragraph.start + e, text: body.slice(s, e) });
  };
  SENTENCE_END.lastIndex = 0;
  const breaks: number[] = [];
  for (let m = SENTENCE_END.exec(body); m !== null; m = SENTENCE_END.exec(body)) {
    const endOfMark = m.index + m[0].length - (m.groups!.gap?.length ?? 0);
    const rest = body.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (m.index + m[0].length >= body.length) continue;
    const isNewline = /\n/.test(m.groups!.gap ?? '');
    if (!isNewline && !OPENS_SENTENCE.test(rest)) continue;
    if (body[m.index] === '.' && isAbbreviationBefore(body, m.index) && !isNewline) continue;
    breaks.push(endOfMark);
  }
  // Line breaks that are not hard wrapping.
  const lineBreak = /\r?\n/g;
  for (let m = lineBreak.exec(body); m !== null; m = lineBreak.exec(body)) {
    const next = body.slice(m.index + m[0].length).match(/^\s*(\S)/u);
    if (next && /\p{Ll}/u.test(next[1]!) && m.index > 60) continue; // wrapped line
    breaks.push(m.index);
  }
  breaks.sort((a, b) => a - b);
  for (const b of breaks) {
    if (b <= from) continue;
    cut(from, b);
    from = b;
  }
  cut(from, body.length);
  return spans;
}

function isAbbreviationBefore(body: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(body[i - 1]!)) i--;
  const word = body.slice(i, dot);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "George W. Bush"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S." at the end is ambiguous: treat as an end
  return ABBREVIATIONS.has(word.toLowerCase());
}

export { CLOSERS };
