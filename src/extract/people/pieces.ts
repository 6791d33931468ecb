/**
 * Capitalized runs: the raw material of names. A run is a maximal sequence of name pieces in one
 * sentence: capitalized words, initials ("W."), honorific abbreviations ("Dr."), and lower-case
 * particles between capitalized words ("van der", "bin", "da"). Possessive "'s" is cut off and ends
 * the run. Nothing here decides whether a run is a person.
 */
import type { ArticleDoc, Sentence } from '../../doc/article.js';
import { startsUpperCase, type Token } from '../../doc/tokenize.js';
import { NAME_PARTICLES, NAME_PREFIXES } from '../../lexicon/name-particles.js';
import { HONORIFIC_GENDER, type Gender } from '../../lexicon/honorifics.js';
import { BoundedMemo } from '../../util/bounded-memo.js';
import { classifyWord, W, type WordInfo } from './word-class.js';

export type PieceKind = 'word' | 'initial' | 'particle';

export interface Piece extends WordInfo {
  start: number;
  end: number;
  /** Lower case, possessive removed, accents kept. */
  lower: string;
  kind: PieceKind;
  /** Word has a glued surname prefix: "al-Shibani", "O'Neill", "McCague". */
  prefixed: boolean;
  /** Written in capitals only ("DURAN", "SANA"). */
  allCaps: boolean;
  /** Index of the first token of the piece. */
  token: number;
}

export interface Run {
  pieces: Piece[];
  /** Token index just before the run and just after it (may be outside the sentence). */
  before: number;
  after: number;
  /** The run starts the sentence (only punctuation or numbers before it). */
  sentenceInitial: boolean;
  /** The run ended on a possessive ("Guler's", "Clinton 's"). */
  possessive: boolean;
}

/** Every name piece has a capital letter somewhere (a capital first, or a glued prefix before one). */
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
/** Two letters or more (an all-caps word has them: a lone "I" is not one). */
const TWO_LETTERS = /\p{L}[\s\S]*\p{L}/u;
/**
 * "Second-ranked", "Toronto-based", "Oscar-nominated": a capitalized modifier, not a name. The stem
 * before "-ed"/"-ing" has three letters or more, so that "Wai-ching" and "Kuo-ting" stay names.
 */
const HYPHENATED_MODIFIER = /[-‐](?:\p{Ll}{3,}(?:ed|ing)|based|born|old|run|led|owned|backed|made|wide)$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Dotted abbreviations that are never a person's initials: "U.S.", "U.N.", "F.C." (football club). */
const ABBREVIATIONS_NOT_INITIALS = new Set(['us', 'uk', 'un', 'eu', 'usa', 'fc']);

function hasPrefix(lower: string): boolean {
  for (const p of NAME_PREFIXES) {
    if (lower.startsWith(p) && lower.length > p.length + 1) return true;
  }
  return false;
}

function stripPossessive(text: string): string {
  if (text.length > 3 && /['’]s$/u.test(text)) return text.slice(0, -2);
  return text;
}

function isAllCaps(text: string): boolean {
  return !hasLowerCase(text) && TWO_LETTERS.test(text);
}

/** Has the text a lower-case letter? The first two characters answer for most words ("troops", "Guler"). */
function hasLowerCase(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  return (a >= 97 && a <= 122) || (b >= 97 && b <= 122) || HAS_LOWER.test(text);
}

/**
 * Has the text a capital letter (`HAS_UPPER`)? Asked of every word of every sentence (pieceAt), most
 * of them plain ASCII in lower case: ASCII characters answer from their char codes, and the
 * Unicode pattern runs only for a text with a character beyond ASCII.
 */
function hasUpperCase(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return HAS_UPPER.test(text);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Does the sentence look like an all-caps headline ("JAPAN GET LUCKY WIN")? */
export function isHeadline(tokens: readonly Token[], from: number, to: number): boolean {
  let caps = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    if (!hasLowerCase(t.text)) caps++;
    // Stop once the ratio cannot reach 0.6 even if every token left were an all-caps word: running
    // text is settled after a few of its words instead of at its last token.
    else if (2 * (caps + to - 1 - i) < 3 * (words - caps)) return false;
  }
  return words >= 2 && caps / words >= 0.6;
}

/** The name piece starting at token i, or null. `caps` allows all-caps words (headlines). */
function pieceAt(tokens: readonly Token[], i: number, end: number, caps: boolean): Piece | null {
  const t = tokens[i];
  if (!t || i >= end || t.kind !== 'word') return null;
  const text = t.text;
  // Most words are lower case: none of the branches below can take them.
  if (!hasUpperCase(text)) return null;
  const next = tokens[i + 1];
  // Initials: "W." (letter + adjacent dot) or "J.R."
  if (text.length === 1 && startsUpperCase(text) && next?.text === '.' && adjacent(t, next) && i + 1 < end) {
    return makePiece(t.start, next.end, text.toLowerCase(), 'initial', 0, undefined, false, false, i);
  }
  const shape = shapes.get(text);
  if (shape === null) return null;
  if (shape.kind === 'initial') return makePiece(t.start, t.end, shape.lower, 'initial', 0, undefined, false, false, i);
  if (shape.allCaps && !caps) return null;
  let end2 = t.start + shape.length;
  // Honorific abbreviation with its dot: "Dr.", "Gen."
  if (shape.honorific && next?.text === '.' && adjacent(t, next) && i + 1 < end) end2 = next.end;
  return makePiece(t.start, end2, shape.lower, 'word', shape.info.flags, shape.info.gender, shape.prefixed, shape.allCaps, i);
}

/** What the text of a word with a capital letter says about the piece it opens, apart from the tokens around it. */
interface WordShape {
  kind: 'initial' | 'word';
  lower: string;
  info: WordInfo;
  prefixed: boolean;
  allCaps: boolean;
  /** Length of the word without its possessive "'s". */
  length: number;
  /** An honorific, which takes a dot after it as its own: "Dr.", "Gen.". */
  honorific: boolean;
}

/** Memo of {@link shapeOf} by token text (a text that opens no piece: null). */
const shapes = new BoundedMemo<WordShape | null>(50_000, shapeOf);

/** The shape of a word that has a capital letter somewhere (see pieceAt), or null when it opens no piece. */
function shapeOf(text: string): WordShape | null {
  if (DOTTED_INITIALS.test(text)) {
    const lower = text.replace(/\./g, '').toLowerCase();
    if (ABBREVIATIONS_NOT_INITIALS.has(lower)) return null;
    return { kind: 'initial', lower, info: NO_INFO, prefixed: false, allCaps: false, length: text.length, honorific: false };
  }
  const lowerFull = text.toLowerCase();
  const prefixed = hasPrefix(lowerFull) && /^\p{L}+['’-]?\p{Lu}/u.test(text);
  if (!startsUpperCase(text) && !prefixed) return null;
  const allCaps = isAllCaps(text);
  const bare = stripPossessive(text);
  const lower = bare.toLowerCase();
  const info: WordInfo = HYPHENATED_MODIFIER.test(bare) ? MODIFIER_INFO : classifyWord(lower);
  return { kind: 'word', lower, info, prefixed, allCaps, length: bare.length, honorific: HONORIFIC_GENDER.has(lower) };
}

const NO_INFO: WordInfo = { flags: 0 };
const MODIFIER_INFO: WordInfo = { flags: W.Common };

/** Every piece is built here, so that all have the same shape (`gender` is present, maybe undefined). */
function makePiece(start: number, end: number, lower: string, kind: PieceKind, flags: number, gender: Gender | undefined, prefixed: boolean, allCaps: boolean, token: number): Piece {
  return { start, end, lower, kind, flags, gender, prefixed, allCaps, token };
}

/** Initials that a sentence splitter may take for a full stop: "O.J.", "K.C.", "J.R.R.". */
const SPLIT_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** After split initials, a word that starts a new sentence rather than a surname. */
const NOT_AFTER_INITIALS = W.NonPerson | W.Calendar | W.Title | W.Honorific | W.Org | W.Demonym;

/**
 * The sentences to read names in: the document's sentences, except that a sentence ending on
 * initials is joined to the next one when that one opens with a surname-like word, so that "I see
 * O.J. | Simpson." and "a donation. K.C. | Maurer, chief financial officer" keep the initials in
 * the name, and "F.C. | Valletta" or "U.S. | Senator" keep their context. Not after a place
 * ("Washington D.C. | The mayor").
 */
export function nameSentences(doc: ArticleDoc): readonly Sentence[] {
  const { sentences, tokens } = doc;
  const out: Sentence[] = [];
  let joined = false;
  for (const sentence of sentences) {
    const last = out[out.length - 1];
    if (last && last.paragraph === sentence.paragraph && last.tokenEnd === sentence.tokenStart && joinsAcrossInitials(tokens, last.tokenEnd)) {
      out[out.length - 1] = { ...last, end: sentence.end, tokenEnd: sentence.tokenEnd };
      joined = true;
    } else out.push(sentence);
  }
  return joined ? out : sentences;
}

function joinsAcrossInitials(tokens: readonly Token[], end: number): boolean {
  const initials = tokens[end - 1];
  const next = tokens[end];
  if (!initials || !next || initials.kind !== 'word' || !SPLIT_INITIALS.test(initials.text)) return false;
  if (next.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(next.text) || (classifyWord(next.lower).flags & NOT_AFTER_INITIALS) !== 0) return false;
  const before = tokens[end - 2];
  return !(before && before.kind === 'word' && startsUpperCase(before.text) && (classifyWord(before.lower).flags & W.Place) !== 0);
}

/** All capitalized runs of one sentence. */
export function findRuns(doc: ArticleDoc, sentence: Sentence, caps: boolean): Run[] {
  const tokens = doc.tokens;
  const runs: Run[] = [];
  const end = sentence.tokenEnd;
  let i = sentence.tokenStart;
  while (i < end) {
    const first = pieceAt(tokens, i, end, caps);
    if (!first || first.kind === 'particle') {
      i++;
      continue;
    }
    const pieces: Piece[] = [first];
    let j = nextToken(first, tokens, i);
    let possessive = first.end < tokens[first.token]!.end && first.kind === 'word';
    while (!possessive && j < end) {
      const t = tokens[j]!;
      // lower-case particle between two capitalized pieces: "van der Sar", "bin Laden"
      if (t.kind === 'word' && NAME_PARTICLES.has(t.text) && t.text.length <= 5) {
        let k = j;
        const particles: Piece[] = [];
        while (k < end && tokens[k]!.kind === 'word' && NAME_PARTICLES.has(tokens[k]!.text)) {
          const p = tokens[k]!;
          particles.push(makePiece(p.start, p.end, p.text, 'particle', W.Particle, undefined, false, false, k));
          k++;
        }
        const after = pieceAt(tokens, k, end, caps);
        if (!after || after.kind !== 'word' || particles.length > 3) break;
        pieces.push(...particles);
        j = k;
        continue;
      }
      const p = pieceAt(tokens, j, end, caps);
      if (!p) break;
      if (p.allCaps !== first.allCaps && p.kind === 'word' && first.kind === 'word') break;
      pieces.push(p);
      possessive = p.kind === 'word' && p.end < t.end;
      j = nextToken(p, tokens, j);
    }
    // Regnal numbers: "Louis XV", "Napoleon III", "Norton I," (a lone "I" only before punctuation).
    const numeral = tokens[j];
    if (!possessive && numeral && j < end && pieces[pieces.length - 1]!.kind === 'word' && !first.allCaps && isRegnalNumber(tokens, j, end)) {
      pieces.push(makePiece(numeral.start, numeral.end, numeral.lower, 'word', 0, undefined, false, false, j));
      j++;
    }
    // CoNLL-style detached possessive: "Clinton 's"
    const after = tokens[j];
    if (!possessive && after && after.text === "'" && tokens[j + 1]?.text === 's' && adjacent(after, tokens[j + 1])) possessive = true;
    if (!possessive && after && (after.text === "'s" || after.text === '’s')) possessive = true;
    runs.push({
      pieces,
      before: i - 1,
      after: j,
      sentenceInitial: isSentenceInitial(tokens, sentence.tokenStart, i),
      possessive,
    });
    i = j;
  }
  return runs;
}

const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII)$/;

function isRegnalNumber(tokens: readonly Token[], j: number, end: number): boolean {
  const t = tokens[j]!;
  if (t.kind !== 'word') return false;
  if (ROMAN.test(t.text)) return true;
  const next = tokens[j + 1];
  return t.text === 'I' && (j + 1 >= end || (next !== undefined && next.kind === 'punct' && next.text !== "'"));
}

function nextToken(p: Piece, tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && tokens[j]!.start < p.end) j++;
  return j;
}

const OPENERS = /^[\p{P}\p{S}\d]+$/u;

function isSentenceInitial(tokens: readonly Token[], from: number, i: number): boolean {
  for (let k = from; k < i; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') return false;
    if (t.kind === 'punct' && !OPENERS.test(t.text)) return false;
  }
  return true;
}
