/**
 * The article's own date, in this order: the `--reference-date` option, the input record's
 * `reference_date`, then the text itself: a dateline ("LONDON 1996-08-30", "Aug 13, 2025 (Reuters) -")
 * or the first full calendar date near the top (a date line or a photo caption).
 *
 * A dateline without a year ("Aug 13 (Reuters) -") names the day but not the year. The year is
 * taken from a full date elsewhere in the text: one with the same month and day if there is one,
 * else the first full date of the text (news dates sit close to the article's date). Without any
 * full date in the text there is no reference date: the year is never guessed from the clock.
 */
import type { ArticleDoc, Sentence } from '../doc/article.js';
import { dateTokens, hasHyphen, startsUpper } from '../extract/dates/tokens.js';
import { MONTH_OF } from '../lexicon/dates.js';
import { rulesStartingAt, type OrderedRule } from '../extract/dates/index.js';
import { dayMonthYear, isoDate, monthDayYear, numericDate } from '../extract/dates/explicit.js';
import { parseYmd } from '../extract/dates/calendar.js';
import type { DateRule, DateToken } from '../extract/dates/types.js';
import type { ExtractOptions, ReferenceDate } from '../types.js';

/** How far into the article a date line or caption may be (characters, and sentences). */
const TOP_CHARS = 1500;
const TOP_SENTENCES = 8;

const FULL_DATE_RULES = [isoDate, monthDayYear, dayMonthYear, numericDate];

/**
 * The full-date rules worth trying at token i, in FULL_DATE_RULES order: those the date stage's rule
 * index admits there (RULE_STARTS). The others return null at once; most tokens admit none, so the
 * search skips them without calling the four rules. The index hands out a few shared lists, so
 * each list's share of FULL_DATE_RULES is worked out once.
 */
function fullDateRulesAt(tokens: readonly DateToken[], i: number): readonly DateRule[] {
  const starting = rulesStartingAt(tokens, i);
  let rules = FULL_DATE_RULES_OF.get(starting);
  if (rules === undefined) {
    rules = FULL_DATE_RULES.filter((rule) => starting.some((r) => r.rule === rule));
    FULL_DATE_RULES_OF.set(starting, rules);
  }
  return rules;
}
const FULL_DATE_RULES_OF = new Map<readonly OrderedRule[], readonly DateRule[]>();

/**
 * Whether a sentence can hold a full date, read off the article's tokens: every full-date rule
 * needs a number token (isoDate, numericDate, a day before the month) or a capitalized month name
 * (monthAt); a hyphenated word may split into either ("mid-August"). Most sentences have neither,
 * and are skipped before their date tokens are made (which was most of the search's time).
 */
function mayHoldFullDate(doc: ArticleDoc, sentence: Sentence): boolean {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    const kind = t.kind; // a getter: read once
    if (kind === 'number') return true;
    if (kind === 'word' && (hasHyphen(t.text) || startsUpper(t.text) && MONTH_OF.has(t.lower))) return true;
  }
  return false;
}

export function findReferenceDate(doc: ArticleDoc, options: ExtractOptions): ReferenceDate | null {
  if (options.referenceDate) return { value: options.referenceDate, from: 'option' };
  if (options.recordReferenceDate) return { value: options.recordReferenceDate, from: 'record' };
  return findReferenceDateInText(doc);
}

/**
 * A wire dateline that names a place and no date, at the start of a line near the top:
 * "HANOI (AP) —", "LONDON (Reuters) -", "NEW YORK, N.Y. (AP) --", "WASHINGTON —". Built from
 * named pieces: the place in capitals, an optional region, an optional agency, a dash.
 */
const DATELINE_PLACE = String.raw`[A-Z][A-Z.'’ -]*[A-Z.]`;
const DATELINE_REGION = String.raw`(?:,[ \t]*[A-Z][A-Za-z.'’ ]{0,20}[A-Za-z.])?`;
const DATELINE_AGENCY = String.raw`(?:[ \t]*\([A-Za-z][A-Za-z .&-]{0,29}\))?`;
const DATELINE_DASH = String.raw`[ \t]*(?:—|–|--|-)(?=[ \t])`;
const DATELINE_WITHOUT_DATE = new RegExp(`^(?:${DATELINE_PLACE}${DATELINE_REGION}${DATELINE_AGENCY}${DATELINE_DASH})`, 'gm');

/** The text of a dateline without a date near the top ("HANOI (AP) —"), or null. */
export function datelineWithoutDate(text: string): string | null {
  const top = text.slice(0, TOP_CHARS);
  DATELINE_WITHOUT_DATE.lastIndex = 0;
  const m = DATELINE_WITHOUT_DATE.exec(top);
  return m ? m[0] : null;
}

/** Lines this short that hold a full date are date lines or captions ("August 13, 2025", a photo credit). */
const SHORT_LINE = 160;

/**
 * The article's date from its top: a dateline ("LONDON, Aug. 13, 2025 (Reuters) -") first, then a
 * dateline without a year if the text has a full date to take the year from, then a date on a
 * short line (a date line or a caption), then the first full date of the first sentences.
 */
export function findReferenceDateInText(doc: ArticleDoc): ReferenceDate | null {
  let best: { found: ReferenceDate; score: number } | null = null;
  let yearless: { month: number; day: number; start: number; end: number } | null = null;
  for (const sentence of doc.sentences) {
    if (sentence.index >= TOP_SENTENCES || sentence.start > TOP_CHARS) break;
    if (!mayHoldFullDate(doc, sentence)) continue;
    const tokens = dateTokens(doc, sentence);
    for (let i = 0; i < tokens.length; i++) {
      for (const rule of fullDateRulesAt(tokens, i)) {
        const m = rule.match(tokens, i);
        // "Aug 13 (Reuters) -": a dateline without a year
        if (m && !yearless && m.anchor.kind === 'month' && m.anchor.day !== undefined && !m.anchor.nth) {
          const start = tokens[Math.max(i, m.start)]!.start;
          const end = tokens[m.end - 1]!.end;
          if (scoreOf(doc.text, start, end) === DATELINE) yearless = { month: m.anchor.month, day: m.anchor.day, start, end };
        }
        if (!m || m.anchor.kind !== 'fixed' || m.anchor.value.length !== 10 || !parseYmd(m.anchor.value)) continue;
        const start = tokens[Math.max(i, m.start)]!.start;
        const end = tokens[m.end - 1]!.end;
        const score = scoreOf(doc.text, start, end);
        if (!best || score > best.score) best = { found: { value: m.anchor.value, from: 'text', start, end }, score };
        break;
      }
    }
  }
  if (best && best.score === DATELINE || !yearless) return best ? best.found : null;
  const year = yearOfDateline(doc, yearless.month, yearless.day);
  if (year === null) return best ? best.found : null;
  const value = `${String(year).padStart(4, '0')}-${String(yearless.month).padStart(2, '0')}-${String(yearless.day).padStart(2, '0')}`;
  if (!parseYmd(value)) return best ? best.found : null;
  return { value, from: 'text', start: yearless.start, end: yearless.end };
}

/** The year for a dateline without one: a full date of the text on the same day, else the first full date. */
function yearOfDateline(doc: ArticleDoc, month: number, day: number): number | null {
  let first: number | null = null;
  const sameDay = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  for (const sentence of doc.sentences) {
    if (!mayHoldFullDate(doc, sentence)) continue;
    const tokens = dateTokens(doc, sentence);
    for (let i = 0; i < tokens.length; i++) {
      for (const rule of fullDateRulesAt(tokens, i)) {
        const m = rule.match(tokens, i);
        if (!m || m.anchor.kind !== 'fixed' || m.anchor.value.length !== 10 || !parseYmd(m.anchor.value)) continue;
        if (m.anchor.value.endsWith(sameDay)) return Number(m.anchor.value.slice(0, 4));
        first ??= Number(m.anchor.value.slice(0, 4));
        break;
      }
    }
  }
  return first;
}

/** The score of a date in a dateline ("…, Aug. 13, 2025 (Reuters) -"). */
const DATELINE = 3;

function scoreOf(text: string, start: number, end: number): number {
  const after = text.slice(end, end + 40);
  if (/^\s*(?:\([^)\n]{1,30}\)\s*)?(?:-|--|—|–)/.test(after)) return DATELINE;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  return lineEnd - lineStart <= SHORT_LINE ? 2 : 1;
}
