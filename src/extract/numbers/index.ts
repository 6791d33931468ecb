/**
 * Numbers: values with kind, unit, what they count and a qualifier.
 *
 * Find → attach → say no → merge, per sentence, over the shared tokens (no compromise parse):
 *   1. read a number phrase at a token: digits ("20,000", "4.2bn", "21st"), words ("twenty-six",
 *      "a dozen", "two thirds"), or both ("1.5 million");
 *   2. attach what it measures: currency before/after (money, ISO code in `unit`), percent,
 *      unit (quantity), scale abbreviations; then the qualifier before it ("more than") and, for
 *      cardinals, the head noun of what it counts ("troops");
 *   3. drop what is not a number (`not-numbers.ts`: date and time parts, labels, names, "one" as a
 *      pronoun, phone numbers, versions, odds);
 *   4. merge ranges ("between 300 and 400", "10-15%") into one fact with `min`/`max`.
 *
 * Span convention: a fact covers the qualifier, the currency, the number with its scale and unit,
 * and for a cardinal the counted noun phrase up to its head: "more than 20,000 Turkish troops",
 * "$4.2bn", "12 per cent", "about five or six young guys". Value conventions follow the
 * Recognizers specs: percent → the number of percent; money → the amount in `unit` (cents and
 * pence as written, unit "cent"/"GBX"); a fraction → its decimal value; a range → its lower bound.
 */
import type { ArticleDoc } from '../../doc/article.js';
import { makeToken, type Token } from '../../doc/tokenize.js';
import type { NumberFact } from '../../types.js';
import { bySpan } from '../../util/spans.js';
import * as numberWords from '../../lexicon/number-words.js';
import * as scales from '../../lexicon/scales.js';
import { asMap } from '../../lexicon/table.js';
import { isVulgarFraction, mayBeNumberWord } from './atoms.js';
import { attachCounts, inheritCounts } from './counts.js';
import { parseNumeral } from './digits.js';
import { Line, type NumberDraft } from './draft.js';
import {
  attachCurrencyAfter,
  attachCurrencyBefore,
  attachPercent,
  attachScaleAbbreviation,
  attachSuffix,
  attachUnit,
} from './measure.js';
import { notANumber } from './not-numbers.js';
import { mayStartPhrase, readPhrase, type Phrase } from './phrase.js';
import { attachQualifier, attachTrailingQualifier } from './qualifiers.js';
import { mergeRanges } from './ranges.js';
import { skipNonNumberDigits, readDigitForms } from './digit-forms.js';
import { readScientific } from './scientific.js';

// The lexicon tables this module asks with words of the text, as Maps (see `asMap`).
const ORDINAL_WORDS = asMap(numberWords.ORDINAL_WORDS);
const SCALE_WORDS = asMap(scales.SCALE_WORDS);

export function extractNumbers(doc: ArticleDoc): NumberFact[] {
  const facts: NumberFact[] = [];
  for (const s of doc.sentences) {
    const first = firstMayStartNumber(doc.tokens, s.tokenStart, s.tokenEnd);
    if (first < 0) continue;
    let toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    // no number starts before the token in front of the first digits or number word ("+44", ".5", "a dozen")
    let from = Math.max(0, first - s.tokenStart - 1);
    const web = webAddresses(s.text, s.start);
    if (web.length > 0) {
      toks = outside(toks, web);
      from = 0;
    }
    for (const f of extractFromTokens(doc.text, toks, from)) facts.push(f);
  }
  return facts.sort(bySpan);
}

const WEB_MARKS: readonly string[] = ['://', 'www.', '@'];

/**
 * Web and e-mail addresses ("http://…?q=30%25", "x2@y.com"): their digits are not numbers.
 * Found by searching for the marks and widening to the surrounding non-space run (linear time).
 */
function webAddresses(text: string, offset: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const mark of WEB_MARKS) {
    let from = 0;
    for (let at = text.indexOf(mark, from); at >= 0; at = text.indexOf(mark, from)) {
      let a = at;
      while (a > from && !/\s/.test(text[a - 1]!)) a--;
      let b = at + mark.length;
      while (b < text.length && !/\s/.test(text[b]!)) b++;
      if (mark !== '@' || /\.\p{L}/u.test(text.slice(at, b))) spans.push({ start: offset + a, end: offset + b });
      from = b;
    }
  }
  return spans;
}

/** The tokens that overlap none of the spans (one sweep over both, sorted). */
function outside(toks: readonly Token[], spans: Array<{ start: number; end: number }>): Token[] {
  spans.sort((a, b) => a.start - b.start);
  const kept: Token[] = [];
  let k = 0;
  for (const t of toks) {
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    let hit = false;
    for (let j = k; j < spans.length && spans[j]!.start < t.end; j++) {
      if (spans[j]!.end > t.start) {
        hit = true;
        break;
      }
    }
    if (!hit) kept.push(t);
  }
  return kept;
}

/**
 * The first of the tokens from `start` to `end` that is digits, a number word, a word that may be
 * a code glued to digits, or a fraction character; -1 when there is none. A cheap test that lets
 * sentences without digits or number words skip the work (about 58% of the sentences of BBC news
 * have neither), and the others skip the words before the first. The other tokens
 * {@link mayStartAt} lets through read a number only with one of these right after them: "+" and
 * "." before digits, "a" before a number word ("a dozen").
 */
function firstMayStartNumber(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    const kind = t.kind;
    if (kind === 'number') return k;
    if (kind === 'word' ? mayBeGluedCode(t.text) || mayBeNumberWord(t.lower) : isVulgarFraction(t.text)) return k;
  }
  return -1;
}

/** Number facts of one sentence's tokens, read from token `from` on (no number starts before it). */
export function extractFromTokens(text: string, toks: readonly Token[], from = 0): NumberFact[] {
  const line = new Line(toks.some(isCommaList) ? splitCommaLists(toks) : toks);
  const drafts: NumberDraft[] = [];
  let i = from;
  while (i < line.length) {
    if (!mayStartAt(line, i)) {
      i++;
      continue;
    }
    const skipTo = skipNonNumberDigits(line, i);
    if (skipTo >= i) {
      i = skipTo + 1;
      continue;
    }
    let phrase = readScientific(text, line, i) ?? readDigitForms(line, i) ?? readWordPhrase(line, i);
    if (phrase?.shape === 'fraction') phrase = fractionOfScale(line, phrase);
    if (phrase === null) {
      i++;
      continue;
    }
    const d = dress(line, phrase);
    if (d === null) {
      i = phrase.last + 1;
      continue;
    }
    if (Number.isFinite(d.value) && notANumber(line, d, phrase.first, phrase.last) === null) drafts.push(d);
    i = lastToken(d) + 1;
    line.floor = i;
  }
  const merged = mergeRanges(line, drafts);
  inheritCounts(line, merged);
  return merged.map((d) => toFact(text, line, d));
}

/**
 * A number may start at token i: digits, a number word, a "+" or "." before digits, a currency code
 * glued to digits ("USD50"). The cheap first test of the loop above; a token it turns down is one
 * where every reader would return nothing.
 */
function mayStartAt(line: Line, i: number): boolean {
  const t = line.toks[i]!;
  const kind = t.kind;
  if (kind === 'number') return true;
  if (kind === 'word') {
    if (mayBeGluedCode(t.text)) return true;
    // most words: turned down by one table lookup, before the phrase reader builds atoms
    const lower = t.lower;
    if (!mayBeNumberWord(lower) && lower !== 'a' && lower !== 'an') return false;
  } else if (t.text === '+' || t.text === '.') {
    return true;
  }
  return mayStartPhrase(line, i);
}

/** A word that may be a currency code glued to digits ("USD50"): CODE_THEN_DIGITS has a digit at 3. */
function mayBeGluedCode(text: string): boolean {
  return isAsciiDigit(text.charCodeAt(3));
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * "22,24,26,31": three or more integers joined by commas that are not one number (no thousands
 * grouping). Two ("$1,8923") are more likely a mistyped decimal and stay unread.
 */
const COMMA_LIST = /^(?:0|[1-9]\d*)(?:,(?:0|[1-9]\d*)){2,}$/;

function isCommaList(t: Token): boolean {
  return t.kind === 'number' && t.text.includes(',') && COMMA_LIST.test(t.text) && parseNumeral(t.text) === null;
}

/** A comma list is read as its numbers: each item becomes a number token, each comma a punct token. */
function splitCommaLists(toks: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of toks) {
    if (!isCommaList(t)) {
      out.push(t);
      continue;
    }
    let at = t.start;
    t.text.split(',').forEach((item, k) => {
      if (k > 0) {
        out.push(makeToken(at, at + 1, ',', 'punct', t.sentence));
        at++;
      }
      out.push(makeToken(at, at + item.length, item, 'number', t.sentence));
      at += item.length;
    });
  }
  return out;
}

const WORD_START = /^[\p{L}½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/u;

/** "USD50", "GBP100": a currency code glued to the amount (one word token). */
const CODE_THEN_DIGITS = /^(?<code>[A-Z]{3})(?<num>\d+(?:[.,]\d+)*)$/;

function readWordPhrase(line: Line, i: number): Phrase | null {
  const t = line.toks[i]!;
  const coded = t.kind === 'word' ? CODE_THEN_DIGITS.exec(t.text) : null;
  if (coded !== null) {
    const value = parseNumeral(coded.groups!.num!);
    if (value === null) return null;
    return { first: i, last: i, value, shape: 'cardinal', spelled: false, suffix: coded.groups!.code!, rule: 'currency-code-glued' };
  }
  if (t.kind === 'number') return readPhrase(line, i);
  if (!WORD_START.test(t.text)) return null;
  const p = readPhrase(line, i);
  if (p === null) return null;
  const unitFraction = oneOverOrdinal(line, p);
  if (unitFraction !== null) return unitFraction;
  // "a third quarter", "a fourth crown": "a" + ordinal before a noun is the ordinal.
  if (line.lower(i) === 'a' || line.lower(i) === 'an') {
    const ordinal = ORDINAL_WORDS.get(line.lower(p.last));
    if (p.shape === 'fraction' && ordinal !== undefined && p.last === i + 1 && line.isWord(p.last + 1) && line.lower(p.last + 1) !== 'of') {
      return { ...p, first: i + 1, value: ordinal, shape: 'ordinal', rule: 'ordinal-words' };
    }
  }
  return p;
}

/**
 * "one one hundred fifth", "one one hundred and fifth": "one" before an ordinal phrase of several
 * words is a unit fraction (1/105). A single ordinal word after "one" is read by the phrase
 * reader ("one eighth").
 */
function oneOverOrdinal(line: Line, p: Phrase): Phrase | null {
  if (p.shape !== 'cardinal' || p.value !== 1 || p.first !== p.last || line.lower(p.first) !== 'one' || !line.near(p.last)) return null;
  const q = readPhrase(line, p.last + 1);
  if (q === null || q.shape !== 'ordinal' || q.last === q.first || q.value <= 2 || q.suffix !== null) return null;
  return { ...p, last: q.last, value: 1 / q.value, shape: 'fraction', rule: 'fraction-words' };
}

/** "two thirds of a million", "a quarter of a billion", "1/3 of a million": a fraction of a scale is one number. */
function fractionOfScale(line: Line, p: Phrase): Phrase {
  if (p.suffix !== null || line.lower(p.last + 1) !== 'of' || !line.near(p.last)) return p;
  let j = p.last + 2;
  if ((line.lower(j) === 'a' || line.lower(j) === 'an') && line.near(j - 1)) j++;
  const scale = SCALE_WORDS.get(line.lower(j));
  if (scale === undefined || scale < 1000 || !line.near(j - 1)) return p;
  return { ...p, last: j, value: p.value * scale, shape: 'cardinal', rule: 'fraction-of-scale' };
}

/** Attach currency, suffix, scale, percent, unit, qualifier and counts. Null rejects the phrase. */
function dress(line: Line, p: Phrase): NumberDraft | null {
  const d: NumberDraft = {
    first: p.first,
    last: p.last,
    value: p.value,
    kind: p.shape === 'ordinal' ? 'ordinal' : 'cardinal',
    unit: null,
    shape: p.shape,
    spelled: p.spelled,
    scaled: p.rule === 'number-with-scale' && !/^(?:hundred|dozen)/.test(line.lower(p.last)),
    rule: p.rule,
    scale: scaleWordOf(line.lower(p.last)),
    qualifierFirst: null,
    qualifier: null,
    counts: null,
    countsLast: null,
  };
  if (p.rule === 'age-decade') {
    d.kind = 'quantity'; // "in their 30s"
    d.unit = 'year';
    return d;
  }
  attachNegative(line, d);
  if (d.shape !== 'ordinal') attachCurrencyBefore(line, d);
  if (p.suffix !== null && p.suffix !== '') {
    if (d.shape === 'ordinal' || !attachSuffix(line, d, p.suffix)) return null;
  }
  attachScaleAbbreviation(line, d);
  attachCurrencyAfter(line, d);
  attachPercent(line, d);
  attachUnit(line, d);
  attachAccountingNegative(line, d);
  attachQualifier(line, d);
  attachCounts(line, d);
  attachTrailingQualifier(line, d);
  return d;
}

/** The factor of a scale word ending a phrase ("3.8 trillion" → 1e12), except hundred and dozen. */
function scaleWordOf(word: string): number | undefined {
  const v = SCALE_WORDS.get(word);
  return v !== undefined && v > 100 ? v : undefined;
}

const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** "-1", "minus five", "negative one". */
function attachNegative(line: Line, d: NumberDraft): void {
  const i = d.first - 1;
  if (i < 0) return;
  const t = line.text(i);
  if ((t === '-' || t === '−') && line.toks[d.first]!.kind === 'number') {
    const glued = line.glued(i);
    // "was -5", "(-5": a sign; "A-5", "2-1", "10 -5" are codes, scores and ranges
    const free = i === 0 || (line.gapAfter(i - 1) > 0 && line.toks[i - 1]!.kind !== 'number') || /^[([{]$/.test(line.text(i - 1));
    if (free && (glued || i === 0)) {
      d.value = -d.value;
      d.first = i;
    }
  } else if (NEGATIVE_WORDS.has(line.lower(i)) && line.near(i)) {
    d.value = -d.value;
    d.first = i;
  }
}

/**
 * "Net loss per share ($12.50)", "Operating profit (£4.2m) (£3.1m)": an amount of money alone in
 * brackets after a label, closing the line or followed by the next column, is negative (the
 * accounting style). A bracket after another amount is a conversion ("€10m ($12.5m)"), one
 * followed by words an aside ("The fund ($3m) was spent"): both stay positive.
 */
function attachAccountingNegative(line: Line, d: NumberDraft): void {
  if (d.kind !== 'money' || d.value <= 0) return;
  const open = d.first - 1;
  const close = d.last + 1;
  if (line.text(open) !== '(' || line.text(close) !== ')' || !line.glued(open) || !line.glued(d.last)) return;
  const before = open - 1;
  const labelBefore = before < 0 || (line.isWord(before) && !amountBefore(line, open)) || line.text(before) === ')';
  const next = line.text(close + 1);
  const endsRow = close + 1 >= line.length || next === '(' || next === '.' || next === ';';
  if (!labelBefore || !endsRow) return;
  d.value = -d.value;
  d.first = open;
  d.last = close;
  d.rule = 'accounting-negative';
}

/** An amount ends right before the bracket ("$291 million (£152 million)"): a number within three tokens. */
function amountBefore(line: Line, open: number): boolean {
  for (let k = open - 1; k >= Math.max(0, open - 3); k--) if (line.toks[k]!.kind === 'number') return true;
  return false;
}

function lastToken(d: NumberDraft): number {
  return Math.max(d.last, d.countsLast ?? -1, d.trailingLast ?? -1);
}

function toFact(text: string, line: Line, d: NumberDraft): NumberFact {
  const loneBetween = d.qualifier === 'between' && d.min === undefined;
  const startTok = line.toks[loneBetween ? d.first : (d.qualifierFirst ?? d.first)]!;
  const endTok = line.toks[lastToken(d)]!;
  const fact: NumberFact = {
    start: startTok.start,
    end: endTok.end,
    text: text.slice(startTok.start, endTok.end),
    rule: d.rule,
    value: tidy(d.value),
    kind: d.kind,
    unit: d.unit,
    counts: d.counts,
    qualifier: loneBetween ? null : d.qualifier,
  };
  if (d.min !== undefined && d.max !== undefined) {
    fact.min = tidy(d.min);
    fact.max = tidy(d.max);
  }
  return fact;
}

/** Round away binary noise: 48.2 × 1e6 → 48200000. */
function tidy(v: number): number {
  // Most values are integers below 1e15, which toPrecision(15) gives back as they are (-0 as 0):
  // they skip its string round trip, one of the costliest calls of the stage.
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return v === 0 ? 0 : v;
  return Number(v.toPrecision(15));
}
