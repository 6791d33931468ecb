/**
 * Quotation marks as data: each opening mark with the closing marks that end it.
 * Single marks (‘ ’ ' ‹ ›) are not listed: in English news they are apostrophes or nested quotes
 * inside a double-quoted span, which stay part of the outer quote's words.
 *
 * `either: true` marks a symmetric mark whose role (open or close) is decided from its neighbours.
 */
export interface QuoteMarkPair {
  open: string;
  close: readonly string[];
  either?: boolean;
}

export const QUOTE_MARK_PAIRS: readonly QuoteMarkPair[] = [
  { open: '"', close: ['"', '”'], either: true }, // straight (typewriter) marks
  { open: "''", close: ["''", '"', '”'], either: true }, // doubled apostrophes (NYT style)
  { open: '“', close: ['”', '"'] }, // curly, English
  { open: '„', close: ['“', '”'] }, // low-high, German/Central European
  { open: '``', close: ["''", '"'] }, // TeX/PTB style
  { open: '«', close: ['»'] }, // angle, French
  { open: '»', close: ['«'] }, // angle, reversed (German)
  { open: '「', close: ['」'] }, // CJK corner brackets
];

/** Every mark that can open or close, longest first (so `''` wins over a lone `'`). */
export const QUOTE_MARKS: readonly string[] = [
  ...new Set(QUOTE_MARK_PAIRS.flatMap((p) => [p.open, ...p.close])),
].sort((a, b) => b.length - a.length);
