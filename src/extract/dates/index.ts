/**
 * Dates: find every temporal expression (TIMEX3 extent and type) in the article. Values that depend
 * on the article's date are left as anchors for `src/resolve/dates.ts`.
 *
 * Each sentence is read as date tokens (hyphenated words split); every rule of `rules.ts` is tried
 * at every word, with and without a shared pre-modifier (prefixes.ts); then the longest matches win.
 */
import type { ArticleDoc } from '../../doc/article.js';
import { dateTokens } from './tokens.js';
import { prefixAt } from './prefixes.js';
import { suffixAt } from './suffixes.js';
import { DATE_HEDGES } from '../../lexicon/dates.js';
import { endsWord, lowerAt } from './pieces.js';
import { ALL_DIGIT_SHAPES, DATE_RULES, NEEDS_POSITION_PREFIX, RULE_STARTS, START_WORDS, digitShape, type DigitShape } from './rules.js';
import type { DateDraft, DateRule, DateToken, RuleMatch } from './types.js';

export type { DateDraft, Anchor } from './types.js';

export interface Candidate extends RuleMatch {
  rule: string;
  order: number;
}

/** Rules that take a hedge ("nearly", "more than") in front. */
const HEDGED_RULES = new Set(['amount-of-time', 'units-ago', 'vague-amount']);
/** Rules of named dates and clock times that take a date hedge ("around Nov. 1", "around 11pm", "around year end"). */
const DATE_HEDGE_RULES = new Set([
  'iso-date', 'numeric-date', 'month-day-year', 'day-month-year', 'month-year', 'month-name', 'holiday', 'weekday-name',
  'clock-time', 'day-then-clock', 'year', 'year-end',
]);

export function extractDates(doc: ArticleDoc): DateDraft[] {
  const drafts: DateDraft[] = [];
  const sentences = doc.sentences;
  for (let s = 0; s < sentences.length; s++) {
    // a sentence cut after "p.m." or "Nov." continues the date into the next one ("10 p.m. | Wednesday")
    const first = sentences[s]!;
    let last = first;
    while (s + 1 < sentences.length && sentences[s + 1]!.paragraph === first.paragraph && endsInDateAbbreviation(doc, last)) {
      last = sentences[++s]!;
    }
    const tokens = dateTokens(doc, { tokenStart: first.tokenStart, tokenEnd: last.tokenEnd });
    const candidates = findCandidates(tokens);
    for (const c of pickLongest(candidates, tokens.length)) {
      const start = tokens[c.start]!.start;
      const end = tokens[c.end - 1]!.end;
      drafts.push({
        start, end, text: doc.text.slice(start, end), type: c.type, rule: c.rule, anchor: c.anchor,
        ...(c.mod ? { mod: c.mod } : {}), ...(c.zone ? { zone: c.zone } : {}), sentence: doc.sentenceAt(start),
      });
    }
  }
  return drafts;
}

/** Abbreviations that end a sentence only by accident of the splitter: "a.m.", "p.m.", "Nov.". */
const DATE_ABBREVIATIONS = new Set(['a.m.', 'p.m.', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mon', 'tues', 'wed', 'thurs', 'fri']);

function endsInDateAbbreviation(doc: ArticleDoc, sentence: { tokenStart: number; tokenEnd: number }): boolean {
  const last = doc.tokens[sentence.tokenEnd - 1];
  if (!last) return false;
  if (DATE_ABBREVIATIONS.has(last.lower)) return true;
  const before = doc.tokens[sentence.tokenEnd - 2];
  return last.text === '.' && before !== undefined && before.end === last.start && DATE_ABBREVIATIONS.has(before.lower);
}

/** A rule with its place in DATE_RULES (ties between equal matches go to the earlier rule). */
export interface OrderedRule {
  rule: DateRule;
  order: number;
  /** Tried only after a position prefix ("the end of <the year>"). */
  needsPrefix: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Every rule, in rule order: what `rulesStartingAt` narrows down (tests compare the two). */
export const ALL_RULES: readonly OrderedRule[] = DATE_RULES.map((rule, order) => ({ rule, order, needsPrefix: NEEDS_POSITION_PREFIX.has(rule.name) }));

/**
 * The rules that can match at a token, by the token's lower-case text (RULE_STARTS), in rule order.
 * Trying only these gives the same candidates in the same order as trying every rule: the others
 * return null at once. Built once: one list per start word; tokens starting with a digit that no
 * list names share one list per digit shape (digitShape: "1998", "20,000", "21st"); any other token
 * starts no rule. At "the", the same kind of index of the rules that start with "the", by the token
 * after it (`afterThe`).
 */
interface StartIndex {
  byWord: ReadonlyMap<string, readonly OrderedRule[]>;
  byShape: ReadonlyMap<DigitShape, readonly OrderedRule[]>;
}

interface StartSpec {
  ordered: OrderedRule;
  words: ReadonlySet<string>;
  /** The digit shapes the rule can start at (none: no token starting with a digit). */
  digits: ReadonlySet<DigitShape>;
}

const NO_RULES: readonly OrderedRule[] = [];
const { first: FIRST_INDEX, afterThe: AFTER_THE_INDEX } = indexRules();

function shapesOf(digits: boolean | readonly DigitShape[] | undefined): ReadonlySet<DigitShape> {
  return new Set(digits === true ? ALL_DIGIT_SHAPES : digits === false || digits === undefined ? [] : digits);
}

function indexRules(): { first: StartIndex; afterThe: StartIndex } {
  const first: StartSpec[] = [];
  const afterThe: StartSpec[] = [];
  for (const ordered of ALL_RULES) {
    const start = RULE_STARTS[ordered.rule.name];
    if (start === undefined) throw new Error(`date rule ${ordered.rule.name} has no RULE_STARTS entry`);
    const words = new Set(start.words ?? []);
    first.push({ ordered, words, digits: shapesOf(start.digits) });
    if (!words.has('the')) continue;
    if (start.afterThe === undefined) throw new Error(`date rule ${ordered.rule.name} starts with "the" and has no afterThe`);
    afterThe.push({ ordered, words: new Set(start.afterThe.words ?? []), digits: shapesOf(start.afterThe.digits) });
  }
  return { first: indexSpecs(first), afterThe: indexSpecs(afterThe) };
}

function indexSpecs(specs: readonly StartSpec[]): StartIndex {
  const byWord = new Map<string, OrderedRule[]>();
  for (const word of new Set(specs.flatMap((s) => [...s.words]))) {
    // "1st" in ORDINALS: the digit rules of its shape apply too
    const shape = isDigit(word.charCodeAt(0)) ? digitShape(word) : undefined;
    byWord.set(word, specs.filter((s) => s.words.has(word) || (shape !== undefined && s.digits.has(shape))).map((s) => s.ordered));
  }
  const byShape = new Map(ALL_DIGIT_SHAPES.map((shape) => [shape, specs.filter((s) => s.digits.has(shape)).map((s) => s.ordered)]));
  return { byWord, byShape };
}

function rulesFor(index: StartIndex, word: string): readonly OrderedRule[] {
  return index.byWord.get(word) ?? (isDigit(word.charCodeAt(0)) ? index.byShape.get(digitShape(word))! : NO_RULES);
}

/** The rules worth trying at token i, in rule order: those whose RULE_STARTS admit it (and the token after "the"). */
export function rulesStartingAt(tokens: readonly DateToken[], i: number): readonly OrderedRule[] {
  const word = tokens[i]!.lower;
  return word === 'the' ? rulesFor(AFTER_THE_INDEX, lowerAt(tokens, i + 1)) : rulesFor(FIRST_INDEX, word);
}

/**
 * A candidate, always built with the same fields in the same order (one object shape). A
 * post-modifier ("or later", "or so") after the match joins it and gives the mod the rule did not.
 */
function candidate(tokens: readonly DateToken[], m: RuleMatch, start: number, mod: string | undefined, r: OrderedRule): Candidate {
  const suffix = suffixAt(tokens, m.end);
  const end = suffix && endsWord(tokens, suffix.end) ? suffix.end : m.end;
  return { start, end, type: m.type, anchor: m.anchor, mod: mod ?? (end > m.end ? suffix!.mod : undefined), zone: m.zone, rule: r.rule.name, order: r.order };
}

/** Candidates at every token; `rulesAt` gives the rules to try there (the index by default). */
export function findCandidates(
  tokens: readonly DateToken[], rulesAt: (tokens: readonly DateToken[], i: number) => readonly OrderedRule[] = rulesStartingAt,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // punctuation and the inner pieces of hyphenated words start nothing (a prefix may lead into them)
    if (t.inWord || t.kind !== 'number' && !START_WORDS.has(t.lower)) continue;
    for (const r of rulesAt(tokens, i)) {
      if (r.needsPrefix) continue;
      const m = r.rule.match(tokens, i);
      if (m && m.end > m.start && !tokens[m.start]!.inWord && endsWord(tokens, m.end)) out.push(candidate(tokens, m, m.start, m.mod, r));
    }
    const prefix = prefixAt(tokens, i);
    if (!prefix || prefix.end >= tokens.length) continue;
    for (const r of rulesAt(tokens, prefix.end)) {
      const m = r.rule.match(tokens, prefix.end);
      if (!m || m.start !== prefix.end || !endsWord(tokens, m.end)) continue;
      // "around Nov. 1", "around 7:15 p.m.": a hedge before a date or a time
      const dateHedge = prefix.kind === 'hedge' && DATE_HEDGES.has(t.lower) && DATE_HEDGE_RULES.has(r.rule.name);
      if (prefix.kind === 'hedge' && !dateHedge && (!HEDGED_RULES.has(r.rule.name) || tokens[prefix.end]!.lower === 'the')) continue;
      if (prefix.kind === 'position' && (m.type === 'DURATION' || m.type === 'SET')) continue;
      // "about <five hours>": the mod without the word; "about two years ago" keeps it (units-ago)
      const outside = prefix.outside === true && r.rule.name !== 'units-ago';
      out.push(candidate(tokens, m, outside ? prefix.end : i, m.mod ?? prefix.mod, r));
    }
  }
  return out;
}

/** Longest first, then earliest, then rule order; no two picked matches overlap (linear in tokens). */
function pickLongest(candidates: Candidate[], tokenCount: number): Candidate[] {
  if (candidates.length <= 1) return candidates;
  const sorted = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const used = new Uint8Array(tokenCount);
  const taken: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) if (used[k]) free = false;
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
