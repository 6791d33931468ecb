/**
 * The article's own date, in this order: the `--reference-date` option, the input record's
 * `reference_date`, then the text itself: a dateline ("LONDON 1996-08-30", "Aug 13, 2025 (Reuters) -")
 * or the first full calendar date near the top (a date line or a photo caption).
 */
import type { ArticleDoc } from '../doc/article.js';
import { dateTokens } from '../extract/dates/tokens.js';
import { dayMonthYear, isoDate, monthDayYear, numericDate } from '../extract/dates/explicit.js';
import { parseYmd } from '../extract/dates/calendar.js';
import type { ExtractOptions, ReferenceDate } from '../types.js';

/** How far into the article a date line or caption may be (characters, and sentences). */
const TOP_CHARS = 1500;
const TOP_SENTENCES = 8;

const FULL_DATE_RULES = [isoDate, monthDayYear, dayMonthYear, numericDate];

export function findReferenceDate(doc: ArticleDoc, options: ExtractOptions): ReferenceDate | null {
  if (options.referenceDate) return { value: options.referenceDate, from: 'option' };
  if (options.recordReferenceDate) return { value: options.recordReferenceDate, from: 'record' };
  return findReferenceDateInText(doc);
}

/** Lines this short that hold a full date are date lines or captions ("August 13, 2025", a photo credit). */
const SHORT_LINE = 160;

/**
 * The article's date from its top: a dateline ("LONDON, Aug. 13, 2025 (Reuters) -") first, then a
 * date on a short line (a date line or a caption), then the first full date of the first sentences.
 */
export function findReferenceDateInText(doc: ArticleDoc): ReferenceDate | null {
  let best: { found: ReferenceDate; score: number } | null = null;
  for (const sentence of doc.sentences) {
    if (sentence.index >= TOP_SENTENCES || sentence.start > TOP_CHARS) break;
    const tokens = dateTokens(doc, sentence);
    for (let i = 0; i < tokens.length; i++) {
      for (const rule of FULL_DATE_RULES) {
        const m = rule.match(tokens, i);
        if (!m || m.anchor.kind !== 'fixed' || m.anchor.value.length !== 10 || !parseYmd(m.anchor.value)) continue;
        const start = tokens[Math.max(i, m.start)]!.start;
        const end = tokens[m.end - 1]!.end;
        const score = scoreOf(doc.text, start, end);
        if (!best || score > best.score) best = { found: { value: m.anchor.value, from: 'text', start, end }, score };
        break;
      }
    }
  }
  return best ? best.found : null;
}

function scoreOf(text: string, start: number, end: number): number {
  const after = text.slice(end, end + 40);
  if (/^\s*(?:\([^)\n]{1,30}\)\s*)?(?:-|--|—|–)/.test(after)) return 3; // a dateline
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  return lineEnd - lineStart <= SHORT_LINE ? 2 : 1;
}
