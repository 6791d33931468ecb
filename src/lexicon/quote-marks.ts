/**
 * Quotation marks as data: each opening mark with the closing marks that end it.
 * Single marks (‘ ’ ' ‹ ›) are not listed: in English news they are apostrophes or nested quotes
 * inside a double-quoted span, which stay part of the outer quote's words; a `‘…’` pair outside
 * double marks (a British headline) is not read as a quotation either. Two single marks typed for
 * one double mark (`‘‘`, `’’`, `''`) are double marks.
 *
 * `either: true` marks a symmetric mark whose role (open or close) is decided from its neighbours.
 */
export interface QuoteMarkPair {
  open: string;
  close: readonly string[];
  either?: boolean;
}

export const QUOTE_MARK_PAIRS: readonly QuoteMarkPair[] = [
  // straight (typewriter) marks; AP wire copy closes with two apostrophes or two right single marks
  { open: '"', close: ['"', '”', "''", '’’'], either: true },
  { open: "''", close: ["''", '"', '”'], either: true }, // doubled apostrophes (NYT style)
  { open: '“', close: ['”', '"', '’’', "''"] }, // curly, English (AP: “…’’)
  { open: '‘‘', close: ['’’', "''", '”'] }, // two left single marks typed for a double one
  { open: '„', close: ['“', '”'] }, // low-high, German/Central European
  { open: '``', close: ["''", '"', '’’'] }, // TeX/PTB style
  { open: '«', close: ['»'] }, // angle, French
  { open: '»', close: ['«'] }, // angle, reversed (German)
  { open: '「', close: ['」'] }, // CJK corner brackets
];

/** Every mark that can open or close, longest first (so `''` wins over a lone `'`). */
export const QUOTE_MARKS: readonly string[] = [
  ...new Set(QUOTE_MARK_PAIRS.flatMap((p) => [p.open, ...p.close])),
].sort((a, b) => b.length - a.length);
