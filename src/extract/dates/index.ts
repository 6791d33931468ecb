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
import { endsWord } from './pieces.js';
import { DATE_RULES, NEEDS_POSITION_PREFIX, START_WORDS } from './rules.js';
import type { DateDraft, DateToken, RuleMatch } from './types.js';

export type { DateDraft, Anchor } from './types.js';

interface Candidate extends RuleMatch {
  rule: string;
  order: number;
}

/** Rules that take a hedge ("nearly", "more than") in front. */
const HEDGED_RULES = new Set(['amount-of-time', 'units-ago', 'vague-amount']);

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
        ...(c.mod ? { mod: c.mod } : {}), sentence: doc.sentenceAt(start),
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
  if (DATE_ABBREVIATIONS.has(last.text.toLowerCase())) return true;
  const before = doc.tokens[sentence.tokenEnd - 2];
  return last.text === '.' && before !== undefined && before.end === last.start && DATE_ABBREVIATIONS.has(before.text.toLowerCase());
}

function findCandidates(tokens: readonly DateToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // punctuation and the inner pieces of hyphenated words start nothing (a prefix may lead into them)
    if (t.inWord || t.kind !== 'number' && !START_WORDS.has(t.lower)) continue;
    for (let order = 0; order < DATE_RULES.length; order++) {
      const rule = DATE_RULES[order]!;
      if (NEEDS_POSITION_PREFIX.has(rule.name)) continue;
      const m = rule.match(tokens, i);
      if (m && m.end > m.start && !tokens[m.start]!.inWord && endsWord(tokens, m.end)) out.push({ ...m, rule: rule.name, order });
    }
    const prefix = prefixAt(tokens, i);
    if (!prefix || prefix.end >= tokens.length) continue;
    for (let order = 0; order < DATE_RULES.length; order++) {
      const rule = DATE_RULES[order]!;
      const m = rule.match(tokens, prefix.end);
      if (!m || m.start !== prefix.end || !endsWord(tokens, m.end)) continue;
      if (prefix.kind === 'hedge' && (!HEDGED_RULES.has(rule.name) || tokens[prefix.end]!.lower === 'the')) continue;
      if (prefix.kind === 'position' && (m.type === 'DURATION' || m.type === 'SET')) continue;
      out.push({ ...m, start: i, rule: rule.name, order, mod: m.mod ?? prefix.mod });
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
