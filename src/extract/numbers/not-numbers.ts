/**
 * Saying no: digits and number words that are not numbers of their own. Each check is named; the
 * extractor drops a draft when one of them answers with a reason.
 * - date and time parts: "13 August", "August 13", the year in "in 2004", "6 pm", "10:30"
 * - labels: "page 12", "room 404", "lane seven", "version 2.1"
 * - names: "Windows 95", "Boeing 747", "Formula One", "Second World War"
 * - "one" as a pronoun: "the one who", "one of them", "one another"
 * - odd fractions: "5/4" (betting odds), "24/7"
 */
import type { Line, NumberDraft } from './draft.js';

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Nouns after which a number is a label, not an amount. */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'page', 'pages', 'room', 'lane', 'chapter', 'section', 'article', 'clause', 'flight', 'platform', 'gate',
  'route', 'channel', 'track', 'level', 'grade', 'row', 'version', 'episode', 'verse', 'paragraph', 'figure',
  'fig', 'step', 'hole', 'pier', 'bay', 'apartment', 'suite', 'box', 'extension', 'ext', 'v', 'vol', 'volume',
  'no', 'psalm', 'amendment', 'rule', 'bus', 'highway', 'interstate', 'stage', 'division', 'league', 'series',
]);

const TIME_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', "o'clock", 'gmt', 'bst', 'utc', 'hrs', 'hours']);

/** Words before "one" that make it a pronoun ("the one", "which one", "no one"). */
const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set([
  'the', 'that', 'this', 'which', 'each', 'every', 'any', 'another', 'no', 'no-one', 'every', 'a', 'any',
  'someone', 'little', 'big', 'new', 'old', 'right', 'wrong', 'other', 'last', 'next',
]);
/** Words after "one" that make it a pronoun ("one of them", "one another", "one is a Jamaican"). */
const PRONOUN_ONE_AFTER: ReadonlySet<string> = new Set([
  'another', 'who', 'which', 'that', 'is', 'was', 'has', 'had', 'does', 'did', 'can', 'could', 'will',
  'would', 'should', 'must', 'may', 'might', "'s", '’s', 'you', 'i', 'do', 'thing', 'way', 'or',
  "doesn't", 'doesn’t', "can't", 'can’t', 'cannot', "won't", 'won’t', "wouldn't", 'wouldn’t', "shouldn't", 'shouldn’t',
  "mustn't", 'mustn’t', "needn't", 'needn’t',
]);

/** Pronouns after "one of" that make the "one" a pronoun too. */
const PRONOUNS_AFTER_ONE_OF: ReadonlySet<string> = new Set(['them', 'us', 'you', 'those', 'these', 'which', 'whom', 'it']);

/** Words (lexicon-free) that are not a name before a number even when capitalized. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'and', 'or', 'but', 'with', 'the', 'a', 'an', 'about',
  'over', 'under', 'some', 'nearly', 'almost', 'around', 'only', 'just', 'all', 'since', 'until', 'after',
  'before', 'during', 'between', 'than', 'per', 'each', 'every', 'its', 'their', 'his', 'her', 'our', 'my',
]);

/** Punctuation after which a capitalized word may just open a sentence or a quotation. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '"', '“', '‘', "'", '(', '[', '-', '–', '—']);

/** Words between the two days of a range of days ("6 to 9 January"). */
const DAY_RANGE_JOINERS: ReadonlySet<string> = new Set(['to', '-', '–', 'and', 'until']);

function isDayNumber(text: string): boolean {
  return /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(text);
}

/** Words after "first" that make it an adverb ("first as home secretary", "first of all"). */
const ADVERB_FIRST_AFTER: ReadonlySet<string> = new Set(['as', 'of']);
/** Words before "first" that make it the ordinal of a noun ("the first of many", "his first as coach"). */
const ORDINAL_FIRST_BEFORE: ReadonlySet<string> = new Set([
  'the', 'a', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', "'s", '’s',
]);

/** A product name written in camel case: "iPhone", "eBay", "iPad". */
const CAMEL_CASE = /^\p{Ll}+\p{Lu}/u;

function isPluralHead(word: string): boolean {
  return /[^s]s$/.test(word) || ['people', 'children', 'men', 'women', 'police', 'troops', 'staff'].includes(word);
}

function isBareCardinal(d: NumberDraft): boolean {
  return d.kind === 'cardinal' && !d.scaled && d.shape === 'cardinal';
}

/** Why this draft is not a number, or null when it is one. */
export function notANumber(line: Line, d: NumberDraft, phraseFirst: number, phraseLast: number): string | null {
  const before = line.lower(d.first - 1);
  const after = line.lower(d.last + 1);
  const single = phraseFirst === phraseLast;
  const word = line.lower(phraseFirst);
  const digits = line.toks[phraseFirst]?.kind === 'number';

  // Date and time parts.
  if (d.kind === 'cardinal' || d.kind === 'ordinal') {
    const v = d.value;
    const dayLike = Number.isInteger(v) && v >= 1 && v <= 31 && single;
    if (dayLike && MONTHS.has(after) && (after !== 'may' || line.isCapitalized(d.last + 1)) && line.near(d.last)) return 'date-part';
    if (dayLike && MONTHS.has(before) && line.isCapitalized(d.first - 1) && line.near(d.first - 1)) return 'date-part';
    if (dayLike && after === 'of' && MONTHS.has(line.lower(d.last + 2))) return 'date-part';
    // "runs from 6 to 9 January", "on 6-9 May": the first day of a range of days
    if (dayLike && DAY_RANGE_JOINERS.has(after) && isDayNumber(line.text(d.last + 2)) && MONTHS.has(line.lower(d.last + 3))) return 'date-part';
    if (single && TIME_WORDS.has(after) && Number.isInteger(v) && v <= 24 && after !== 'hours') return 'time-part';
  }
  if (isBareCardinal(d) && digits && single && /^\d{4}$/.test(line.text(phraseFirst))) {
    const v = d.value;
    const ratio = after === 'over' && line.toks[d.last + 2]?.kind === 'number'; // "2000 over 3"
    if (v >= 1000 && v <= 2100 && d.qualifier === null && !ratio) {
      // "in 2004", "the 2006 autumn conference", "September 2001 attacks"; not "2000 copies"
      if (d.counts === null || MONTHS.has(before) || !isPluralHead(d.counts)) return 'year';
    }
  }

  // Labels and names.
  if (isBareCardinal(d) || d.kind === 'ordinal') {
    if (LABEL_NOUNS.has(before) && d.qualifierFirst === null && line.isWord(d.first - 1)) {
      if (digits || d.kind === 'cardinal') return 'label-number';
    }
    const prevName = line.isCapitalized(d.first - 1) || CAMEL_CASE.test(line.text(d.first - 1)); // "Boeing", "iPhone"
    const prevCapital = d.first - 1 >= 0 && prevName && line.isWord(d.first - 1) && !FUNCTION_WORDS.has(before) && !MONTHS.has(before);
    const plainInteger = digits && /^\d+$/.test(line.text(phraseFirst));
    if (prevCapital && d.qualifierFirst === null && (digits ? plainInteger : line.isCapitalized(phraseFirst))) {
      return 'part-of-name'; // "Radio 2", "Windows 95", "BBC Two", "Formula One"
    }
    // "the Six Nations": a capitalized number word inside a name
    if (!digits && d.kind === 'cardinal' && line.isCapitalized(phraseFirst) && line.isCapitalized(d.last + 1) && d.first > 0
      && !SENTENCE_OPENERS.has(line.text(d.first - 1))) {
      return 'part-of-name';
    }
    // "Second World War", "First Minister": a capitalized ordinal inside a name.
    if (!digits && d.kind === 'ordinal' && line.isCapitalized(phraseFirst) && line.isCapitalized(d.last + 1) && d.first > 0) {
      return 'part-of-name';
    }
  }

  // "Fahrenheit 9/11": a slash number right after a name is part of the name.
  if (d.kind === 'cardinal' && d.shape === 'fraction' && digits && line.text(phraseFirst + 1) === '/' && d.first > 0
    && line.isCapitalized(d.first - 1) && !FUNCTION_WORDS.has(before) && !SENTENCE_OPENERS.has(line.text(d.first - 2) || '.')) {
    return 'part-of-name';
  }

  // "the number one buyer", "world number two": a rank, not a count.
  if (single && !digits && d.kind === 'cardinal' && before === 'number' && d.qualifierFirst === null) return 'rank';

  // "one" as a pronoun.
  if (single && word === 'one' && d.qualifierFirst === null && d.kind === 'cardinal') { // "that one mile" is a length
    if (PRONOUN_ONE_BEFORE.has(before)) return 'pronoun-one';
    if (PRONOUN_ONE_AFTER.has(after) && before !== 'only' && before !== 'just') return 'pronoun-one';
    // "one of them", "one of those who": a pronoun; "one of the biggest investors" counts one investor
    if (after === 'of' && PRONOUNS_AFTER_ONE_OF.has(line.lower(d.last + 2))) return 'pronoun-one';
    // "one of Tudor England" (a history of it): with a name and no determiner after "of", a pronoun
    if (after === 'of' && line.isCapitalized(d.last + 2)) return 'pronoun-one';
  }

  // "first as home secretary, then as …", "the person first of all": an adverb, not an ordinal.
  if (single && word === 'first' && ADVERB_FIRST_AFTER.has(after) && !ORDINAL_FIRST_BEFORE.has(before)) return 'adverb-first';

  // "a second": the time, not the ordinal.
  if (single && word === 'second' && (before === 'a' || before === 'per' || before === 'split') && !line.isWord(d.last + 1)) return 'time-second';

  // Bare "half" and "quarter" need a count around them ("half of", "a quarter of", "more than half").
  if (single && (word === 'half' || word === 'quarter' || word === 'halves' || word === 'quarters')) {
    const bounded = d.qualifierFirst !== null;
    if (word === 'quarter' || word === 'quarters') {
      if (after !== 'of') return 'period-word';
    } else if (!bounded && after !== 'of' && after !== 'a' && after !== 'an') {
      return 'period-word';
    }
    if (['the', 'first', 'second', 'third', 'fourth', 'final', 'last', 'this', 'that', 'its', 'each', 'every', 'per'].includes(before)) {
      return 'period-word';
    }
  }
  return null;
}
