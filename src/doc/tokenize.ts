/**
 * A fast tokenizer that keeps exact offsets. It never changes the text: every token is
 * `text.slice(start, end)`. Words keep inner apostrophes, hyphens and dots of abbreviations
 * ("al-Shibani", "O'Neill", "U.S.", "don't"); numbers keep separators ("20,000", "3.5", "1990s").
 * A possessive "'s" is its own token of kind 'word' ("Guler", "'s").
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'space';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Index of the sentence holding this token (filled by the article builder). */
  sentence: number;
}

/** Named pieces of the token pattern. The order of the alternatives matters: longest forms first. */
const TOKEN_PIECES = {
  // 20,000 / 3,000.75 / 1.5 / 1990s / 21st / 4.2bn / 12%  (unit letters are split later by rules)
  number: String.raw`\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d]|[.,:]\d)`,
  // numbers glued to a scale or unit: 4.2bn, 900m, 5km, 10am
  numberWithSuffix: String.raw`\d+(?:[.,]\d+)*[\p{L}]+`,
  // U.S. / U.N. / e.g. (single letters joined by dots)
  dottedAbbreviation: String.raw`(?:\p{L}\.){2,}`,
  // words with inner apostrophes or hyphens: al-Shibani, O'Neill, don't, twenty-six
  // a possessive 's stays a token of its own ("Guler" + "'s"), so names never carry it
  word: String.raw`[\p{L}\p{M}][\p{L}\p{M}\d]*(?:(?:['’](?![sS](?![\p{L}\p{M}\d]))|[\-‐])[\p{L}\p{M}\d]+)*`,
  possessive: String.raw`['’][sS](?![\p{L}\p{M}\d])`,
  space: String.raw`\s+`,
  // any other single character (punctuation, symbols, emoji halves)
  other: String.raw`[\s\S]`,
} as const;

const TOKEN_RE = new RegExp(
  `(?<number>${TOKEN_PIECES.number})|(?<numberWithSuffix>${TOKEN_PIECES.numberWithSuffix})|` +
    `(?<abbr>${TOKEN_PIECES.dottedAbbreviation})|(?<word>${TOKEN_PIECES.word})|(?<possessive>${TOKEN_PIECES.possessive})|` +
    `(?<space>${TOKEN_PIECES.space})|(?<other>${TOKEN_PIECES.other})`,
  'gu',
);

/** Tokens of `text` (spaces dropped), with offsets relative to `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const g = m.groups!;
    if (g.space !== undefined) continue;
    const kind: TokenKind =
      g.number !== undefined || g.numberWithSuffix !== undefined ? 'number' : g.other !== undefined ? 'punct' : 'word';
    tokens.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], kind, sentence: -1 });
  }
  return tokens;
}
