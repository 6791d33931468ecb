/**
 * People: find person-name mentions. A mention is the name alone, without title, honorific or
 * possessive "'s". Two passes over the token stream (no compromise parse):
 *
 *  1. every capitalized run of every prose sentence is judged on its own words and context
 *     (see people/classify.ts);
 *  2. names found in pass 1 are looked for again everywhere, including headlines and runs that had
 *     no evidence of their own: "Guler" after "Yasar Guler", "DURAN" in an all-caps headline;
 *  3. a name-shaped run in a list next to a known name is a name too ("Dravid , Mongia , Srinath").
 *
 * Before passes 2 and 3, the document's own hints remove one-word mentions that it shows to be
 * organizations ("Gencor Ltd" makes "Gencor said" a company).
 */
import type { ArticleDoc } from '../doc/article.js';
import type { Token } from '../doc/tokenize.js';
import type { Gender } from '../lexicon/honorifics.js';
import type { RuleSpan } from '../types.js';
import { classifyRun, namesAWork } from './people/classify.js';
import { findRuns, isHeadline, type Piece, type Run } from './people/pieces.js';
import { nameKey, surnameKeys } from './people/keys.js';
import { classifyWord, W } from './people/word-class.js';
import { WORK_NOUNS } from '../lexicon/organizations.js';

export interface NameMention extends RuleSpan {
  /** From an honorific (Mr, Mrs) or the given name, when the lists agree on one. */
  gender?: Gender;
}

export function extractNameMentions(doc: ArticleDoc): NameMention[] {
  const found: NameMention[] = [];
  const taken = new Set<number>(); // start offsets of pieces already inside a mention
  const leftovers: Run[] = [];
  for (const sentence of doc.sentences) {
    const headline = isHeadline(doc.tokens, sentence.tokenStart, sentence.tokenEnd);
    for (const run of findRuns(doc, sentence, headline)) {
      const guess = headline ? null : classifyRun(doc.tokens, run, sentence.tokenStart, sentence.tokenEnd);
      if (guess) {
        found.push(toMention(doc.text, guess.pieces, guess.rule, guess.gender));
        for (const p of guess.pieces) taken.add(p.start);
      }
      leftovers.push(run);
    }
  }
  const things = namesOfThings(doc.tokens, leftovers);
  const kept = found.filter((m) => !(isOneWord(m) && things.has(nameKey(m.text)) && !STRONG_RULES.has(m.rule)));
  kept.push(...findKnownNamesAgain(doc.tokens, doc.text, leftovers, kept, taken, things));
  kept.push(...findNamesInLists(doc, leftovers, kept, things));
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Rules whose evidence is strong enough to stand against the document's own hints. */
const STRONG_RULES = new Set(['title-before-name', 'honorific-before-name', 'given-name', 'initials', 'name-particle', 'age-after-name', 'hyphenated-given-name']);
/** Words that, after another capitalized word, make both an organization: "Gencor Ltd", "Barrick Gold Corp". */
const ORG_TAIL = new Set(['inc', 'corp', 'corporation', 'ltd', 'plc', 'co', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'group', 'holdings', 'bank', 'industries', 'resources', 'gold', 'mines', 'mining', 'oil', 'energy', 'airlines', 'motors', 'fc', 'united', 'city', 'club', 'party', 'agency', 'news', 'radio', 'television', 'tv', 'daily', 'times']);

const isOneWord = (m: NameMention): boolean => !/\s/.test(m.text);

/**
 * Words the document itself shows to be organizations, teams or works: the words before a company
 * tail ("Gencor Ltd" makes a later "Gencor said" a company) and the words of a work's title ("the
 * film Michael Collins", "Hurricane Edouard" make a later "Edouard was" a thing).
 */
function namesOfThings(tokens: readonly Token[], runs: readonly Run[]): Set<string> {
  const things = new Set<string>();
  for (const run of runs) {
    const ps = run.pieces;
    if (namesAWork(tokens, run)) {
      for (const p of ps) if (p.kind === 'word' && !WORK_NOUNS.has(p.lower)) things.add(nameKey(p.lower));
    }
    for (let k = 1; k < ps.length; k++) {
      if (!ORG_TAIL.has(ps[k]!.lower)) continue;
      for (let q = 0; q < k; q++) if ((ps[q]!.flags & W.First) === 0) things.add(nameKey(ps[q]!.lower));
    }
  }
  return things;
}

function toMention(text: string, pieces: readonly Piece[], rule: string, gender?: Gender): NameMention {
  const start = pieces[0]!.start;
  const end = pieces[pieces.length - 1]!.end;
  const mention: NameMention = { start, end, text: text.slice(start, end), rule };
  if (gender) mention.gender = gender;
  return mention;
}

/** Words before a place name: "in Paris", "from Washington". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'into', 'outside', 'around', 'across']);

function lowerWordAt(tokens: readonly Token[], i: number): string {
  const t = i >= 0 ? tokens[i] : undefined;
  return t && t.kind === 'word' ? t.text.toLowerCase() : '';
}

const LOWER_WORD = /^\p{Ll}/u;
const isLowerWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && LOWER_WORD.test(t.text);

const NEVER_AGAIN = W.Org | W.Demonym | W.Calendar | W.NonPerson | W.Plural;
const NOT_NAME = W.Place | W.Org | W.Calendar | W.Demonym | W.NonPerson | W.Common | W.Title | W.Honorific;

/** A word before a known surname that belongs to the same name: a given name or an unknown word. */
function extendsName(p: Piece): boolean {
  if (p.kind === 'initial') return true;
  if (p.kind !== 'word' || p.allCaps) return false;
  return (p.flags & W.First) !== 0 ? (p.flags & (W.Title | W.Honorific | W.Place | W.Demonym | W.NonPerson)) === 0 : (p.flags & NOT_NAME) === 0;
}

/** "Paris , France", "Evansville, Indiana": a comma, then a country or region, follow a place. */
function beforeCountry(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i]?.text !== ',' || !next || next.kind !== 'word' || !/^\p{Lu}/u.test(next.text)) return false;
  const f = classifyWord(next.text.toLowerCase()).flags;
  return (f & W.Place) !== 0 && (f & W.City) === 0;
}

const LIST_SEPARATORS = new Set([',', 'and', '&', ';']);

/**
 * Pass 3: a name-shaped run in a list next to a known name is a name too:
 * "Rahul Dravid , Nayan Mongia , Javagal Srinath". Repeated while it finds new names (at most 3 rounds).
 */
function findNamesInLists(doc: ArticleDoc, runs: readonly Run[], known: readonly NameMention[], things: ReadonlySet<string>): NameMention[] {
  const tokens = doc.tokens;
  const starts = new Set(known.map((m) => m.start));
  const ends = new Set(known.map((m) => m.end));
  const sorted = [...known].sort((a, b) => a.start - b.start);
  const covered = (run: Run): boolean => overlapsSorted(sorted, run.pieces[0]!.start, run.pieces[run.pieces.length - 1]!.end);
  const found: NameMention[] = [];
  const open = runs.filter((r) => isListCandidate(r, things) && !covered(r));
  for (let round = 0; round < 3; round++) {
    let added = false;
    for (let i = 0; i < open.length; i++) {
      const run = open[i]!;
      const before = skipBrackets(tokens, run.before, -1);
      const after = tokens[run.after];
      const prevNamed = before >= 1 && LIST_SEPARATORS.has(tokens[before]!.text) && ends.has(tokens[skipBrackets(tokens, before - 1, -1)]!.end);
      const afterIdx = after?.text === '(' ? skipBrackets(tokens, run.after, 1) : run.after;
      const nextNamed = LIST_SEPARATORS.has(tokens[afterIdx]?.text ?? '') && starts.has(tokens[afterIdx + 1]?.start ?? -1);
      if (!prevNamed && !nextNamed) continue;
      const m = toMention(doc.text, run.pieces, 'list-of-names');
      found.push(m);
      starts.add(m.start);
      ends.add(m.end);
      open.splice(i--, 1);
      added = true;
    }
    if (!added) break;
  }
  return found;
}

/** Does any span of `sorted` (sorted by start, not overlapping each other) overlap [start, end)? */
function overlapsSorted(sorted: readonly NameMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < end;
}

/** Step over one "( ... )" group (at most 5 tokens) in direction `dir`, returning the token index beyond it. */
function skipBrackets(tokens: readonly Token[], i: number, dir: 1 | -1): number {
  const open = dir === 1 ? '(' : ')';
  const close = dir === 1 ? ')' : '(';
  if (tokens[i]?.text !== open) return i;
  for (let k = i + dir, n = 0; n < 6 && k >= 0 && k < tokens.length; k += dir, n++) {
    if (tokens[k]!.text === close) return dir === 1 ? k + 1 : k - 1;
  }
  return i;
}

function isListCandidate(run: Run, things: ReadonlySet<string>): boolean {
  const ps = run.pieces;
  if (ps.length > 4 || run.possessive) return false;
  const words = ps.filter((p) => p.kind === 'word');
  if (words.length === 0 || words.some((p) => p.allCaps)) return false;
  return words.every((p) => !things.has(p.lower) && ((p.flags & (W.First | W.Surname)) !== 0 ? (p.flags & LIST_BLOCK) === 0 : (p.flags & NOT_NAME) === 0));
}

const LIST_BLOCK = W.Org | W.Place | W.Calendar | W.Demonym | W.NonPerson | W.Plural;

/** Pass 2: full names and surnames already known from pass 1, wherever they occur. */
function findKnownNamesAgain(
  tokens: readonly Token[],
  text: string,
  runs: readonly Run[],
  known: readonly NameMention[],
  taken: Set<number>,
  things: ReadonlySet<string>,
): NameMention[] {
  if (known.length === 0) return [];
  const fullNames = new Map<string, number>(); // key → number of pieces
  const surnames = new Set<string>();
  const fromFullNames = new Set<string>();
  const genders = new Map<string, Gender>();
  for (const m of known) {
    const key = nameKey(m.text);
    const size = key.split(' ').length;
    if (size >= 2) fullNames.set(key, size);
    for (const s of surnameKeys(m.text)) {
      if (s.length < 2 || things.has(s)) continue;
      surnames.add(s);
      if (size >= 2 && STRONG_RULES.has(m.rule)) fromFullNames.add(s);
      if (m.gender) genders.set(s, m.gender);
    }
  }
  const found: NameMention[] = [];
  for (const run of runs) {
    const ps = run.pieces;
    let k = 0;
    while (k < ps.length) {
      if (taken.has(ps[k]!.start)) {
        k++;
        continue;
      }
      let matched = 0;
      for (let n = Math.min(4, ps.length - k); n >= 2 && matched === 0; n--) {
        const slice = ps.slice(k, k + n);
        if (slice.some((p) => taken.has(p.start))) continue;
        if (fullNames.get(nameKey(text.slice(slice[0]!.start, slice[n - 1]!.end))) === n) matched = n;
      }
      if (matched > 0) {
        found.push(toMention(text, ps.slice(k, k + matched), 'known-name-again'));
        k += matched;
        continue;
      }
      const p = ps[k]!;
      const key = nameKey(p.lower);
      // "the Bush administration", "The Onion", "in Paris": the word is used as a thing or a place here.
      const prev = k > 0 ? ps[k - 1]!.lower : lowerWordAt(tokens, run.before);
      const prevPiece = k > 0;
      // But a lone known surname between "the" and a lower-case noun is a person used as a modifier:
      // "the Clinton administration", "the Warhol exhibit".
      const modifier = ps.length === 1 && fromFullNames.has(key) && isLowerWord(tokens[run.after]);
      if ((prev === 'the' && !modifier) || (!prevPiece && (p.flags & W.Place) && PLACE_PREPOSITIONS.has(prev)) || (k === ps.length - 1 && (p.flags & W.Place) && beforeCountry(tokens, run.after))) {
        k++;
        continue;
      }
      const sentenceStartCommon = run.sentenceInitial && k === 0 && (p.flags & W.Common) !== 0 && !fromFullNames.has(key);
      const blocked = (p.flags & NEVER_AGAIN) !== 0 && (p.flags & (W.First | W.Surname)) === 0;
      const placeLike = (p.flags & W.Place) !== 0 && !fromFullNames.has(key);
      if (p.kind === 'word' && surnames.has(key) && !sentenceStartCommon && !blocked && !placeLike) {
        // Take unknown or given-name words right before it too: "Wasim Akram" when only "Akram" was known.
        let from = k;
        while (from > 0 && !taken.has(ps[from - 1]!.start) && extendsName(ps[from - 1]!)) from--;
        found.push(toMention(text, ps.slice(from, k + 1), from < k ? 'surname-of-known-person' : 'surname-of-known-person', genders.get(key)));
      }
      k++;
    }
  }
  return found;
}
