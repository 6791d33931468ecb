/**
 * Tokens seen as number atoms: each word or digit token of a number phrase becomes one or more
 * atoms ("twenty-six" → tens 20, unit 6). Hyphenated words whose tail is not a number word keep
 * that tail as a `suffix` ("three-foot" → unit 3, suffix "foot").
 */
import type { Token } from '../../doc/tokenize.js';
import {
  FRACTION_WORDS,
  ORDINAL_WORDS,
  SCALE_ORDINAL_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
} from '../../lexicon/number-words.js';
import * as numberWords from '../../lexicon/number-words.js';
import { asMap } from '../../lexicon/table.js';
import { GROUP_WORDS, SCALE_WORDS } from '../../lexicon/scales.js';
import { parseDigits } from './digits.js';

/** Fraction characters ("½"), as a Map (see `asMap`): asked of every punctuation token. */
const VULGAR_FRACTIONS = asMap(numberWords.VULGAR_FRACTIONS);

export type AtomType =
  | 'unit' // zero … nine
  | 'teen' // ten … nineteen
  | 'tens' // twenty … ninety
  | 'digits' // 20,000 / 1.5
  | 'hundred'
  | 'scale' // thousand, million, lakh …
  | 'group' // dozen
  | 'ordinal' // first … ninetieth
  | 'scale-ordinal' // hundredth, millionth
  | 'fraction' // half, quarter
  | 'a' // a / an
  | 'and'
  | 'point'; // "two point five"


export interface Atom {
  type: AtomType;
  value: number;
  /** Plural form: "thirds", "quarters", "hundredths", "dozens". */
  plural: boolean;
  /** Index of the token in the sentence's token list. */
  tok: number;
  /** The last atom of its token (a number may only end there). */
  lastOfTok: boolean;
}

type AtomSpec = Omit<Atom, 'tok' | 'lastOfTok'>;

/** Every number word with its atom, built once from the lexicon tables (one Map lookup per word). */
const WORD_ATOMS: ReadonlyMap<string, AtomSpec> = (() => {
  const m = new Map<string, AtomSpec>();
  const add = (word: string, spec: AtomSpec): void => {
    if (!m.has(word)) m.set(word, spec);
  };
  for (const [w, v] of Object.entries(UNIT_WORDS)) add(w, { type: v >= 10 ? 'teen' : 'unit', value: v, plural: false });
  for (const [w, v] of Object.entries(TENS_WORDS)) add(w, { type: 'tens', value: v, plural: false });
  for (const [w, v] of Object.entries(SCALE_WORDS)) add(w, { type: v === 100 ? 'hundred' : 'scale', value: v, plural: w.endsWith('s') });
  for (const [w, v] of Object.entries(GROUP_WORDS)) add(w, { type: 'group', value: v, plural: w.endsWith('s') });
  for (const [w, v] of Object.entries(ORDINAL_WORDS)) add(w, { type: 'ordinal', value: v, plural: false });
  for (const [w, v] of Object.entries(FRACTION_WORDS)) add(w, { type: 'fraction', value: v, plural: w !== 'half' && w !== 'quarter' });
  for (const [w, v] of Object.entries(SCALE_ORDINAL_WORDS)) {
    add(w, { type: 'scale-ordinal', value: v, plural: false });
    add(`${w}s`, { type: 'scale-ordinal', value: v, plural: true });
  }
  // Plural ordinals are denominators: "thirds", "fifths" (not "seconds", a time unit).
  for (const [w, v] of Object.entries(ORDINAL_WORDS)) if (v > 2) add(`${w}s`, { type: 'ordinal', value: v, plural: true });
  return m;
})();

/**
 * The word's first atom is a number: a number word, or a hyphenated word whose first part is one
 * ("twenty-six", "three-foot"). False for nearly every word of a text, and answered with one table
 * lookup (two for a hyphenated word), so the number loop turns those words down without the atom
 * lists of {@link tokenAtoms}. "a", "an", "and" and "point" are not numbers by themselves.
 */
export function mayBeNumberWord(lower: string): boolean {
  if (WORD_ATOMS.has(lower)) return true;
  const cut = firstHyphen(lower);
  return cut > 0 && WORD_ATOMS.has(lower.slice(0, cut));
}

/** Index of the first hyphen ("-" or "‐") in the word, or -1. */
function firstHyphen(lower: string): number {
  const a = lower.indexOf('-');
  const b = lower.indexOf('‐');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** A fraction character ("½", "¾"): a punctuation token with an atom of its own. */
export function isVulgarFraction(text: string): boolean {
  return VULGAR_FRACTIONS.has(text);
}

/** Atom of one lower-case word (no hyphen), or null. */
export function wordAtom(word: string): AtomSpec | null {
  return WORD_ATOMS.get(word) ?? null;
}

export interface TokenAtoms {
  atoms: Atom[];
  /** The non-number tail of a hyphenated word ("foot" in "three-foot"), lower case. */
  suffix: string | null;
}

/**
 * Every atom is built here, with the same fields in the same order (one object shape for the
 * phrase reader, instead of one per spread and per literal).
 */
function atom(type: AtomType, value: number, plural: boolean, tok: number, lastOfTok: boolean): Atom {
  return { type, value, plural, tok, lastOfTok };
}

/**
 * Atoms of one token, or null when the token does not start with a number word or digits.
 * `lower` is the token's text in lower case (the caller has it already: see `Line.atoms`).
 */
export function tokenAtoms(tok: Token, lower: string, index: number): TokenAtoms | null {
  if (tok.kind === 'number') {
    const parsed = parseDigits(tok.text);
    if (parsed === null || parsed.suffix !== '' || parsed.ordinal) return null;
    return { atoms: [atom('digits', parsed.value, false, index, true)], suffix: null };
  }
  if (tok.kind === 'punct') {
    const v = VULGAR_FRACTIONS.get(tok.text);
    if (v === undefined) return null;
    return { atoms: [atom('digits', v, false, index, true)], suffix: null };
  }
  const hyphen = lower.includes('-') || lower.includes('‐');
  if (!hyphen) {
    const spec = WORD_ATOMS.get(lower);
    if (spec !== undefined) return { atoms: [atom(spec.type, spec.value, spec.plural, index, true)], suffix: null };
  }
  if (lower === 'a' || lower === 'an') return { atoms: [atom('a', 1, false, index, true)], suffix: null };
  if (lower === 'and') return { atoms: [atom('and', 0, false, index, true)], suffix: null };
  if (lower === 'point') return { atoms: [atom('point', 0, false, index, true)], suffix: null };
  if (!hyphen) return null;
  const parts = lower.split(/[-‐]/);
  const atoms: Atom[] = [];
  let k = 0;
  for (; k < parts.length; k++) {
    const a = wordAtom(parts[k]!);
    if (a === null) break;
    atoms.push(atom(a.type, a.value, a.plural, index, false));
  }
  if (atoms.length === 0) return null;
  atoms[atoms.length - 1]!.lastOfTok = true;
  return { atoms, suffix: k < parts.length ? parts.slice(k).join('-') : null };
}
