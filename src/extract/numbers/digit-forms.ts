/**
 * Digit forms that span several tokens, or that are not numbers at all:
 * - phone numbers ("0800 028 9276", "+44 20 7946 0958", "555-1234") and codes glued to letters
 *   ("4x100m", "SCP173") are skipped;
 * - times, decades, dotted versions and addresses ("10:30", "1990s", "1.2.3") are skipped;
 * - slash fractions ("3/4") are read; odds and dates ("5/4", "24/7", "1/2/2005") are skipped;
 * - thousands written with spaces ("1 234 567"), a leading decimal point (".5"), digits with a
 *   glued suffix ("4.2bn", "5km") and digit ordinals ("21st") are read.
 */
import type { Line } from './draft.js';
import { parseDigits } from './digits.js';
import { modelNameEnd } from './model-numbers.js';
import type { Phrase } from './phrase.js';

const PURE_DIGITS = /^\d+$/;
const GROUP_OF_THREE = /^\d{3}(?:\.\d+)?$/;
const SEPARATORS: ReadonlySet<string> = new Set(['-', '.']);
/** The most digit groups a phone number is read with ("+44 20 7946 0958" has 4). */
const MAX_PHONE_GROUPS = 6;

/** When the digits at i are not a number, the index of the last token to skip; else -1. */
export function skipNonNumberDigits(line: Line, i: number): number {
  const t = line.toks[i]!;
  if (t.kind !== 'number') {
    if (t.text === '+' && line.glued(i) && line.toks[i + 1]?.kind === 'number') {
      return Math.max(i + 1, phoneEnd(line, i + 1, true));
    }
    return -1;
  }
  // glued to a word or another number: a code ("4x100m", "A4 100")
  if (i > 0 && line.glued(i - 1) && (line.toks[i - 1]!.kind === 'word' || line.toks[i - 1]!.kind === 'number')) return i;
  // a character reference left in the text: "communiqu&#233;"
  if (i > 1 && line.text(i - 1) === '#' && line.text(i - 2) === '&' && line.glued(i - 2) && line.glued(i - 1) && line.text(i + 1) === ';') return i + 1;
  // a model number: "787-9", "its 747 fleet", "400 737 Max jets"
  const model = modelNameEnd(line, i);
  if (model >= 0) return model;
  if (PURE_DIGITS.test(t.text)) {
    const end = phoneEnd(line, i, t.text.length > 1 && t.text.startsWith('0'));
    if (end > i) return end;
  }
  const parsed = parseDigits(t.text);
  if (parsed === null) return ageDecade(line, i) !== null ? -1 : i;
  // digits, letters, digits: a code ("24703m212", "3G4"), not an amount with a unit
  // ("1e10" and "3x10^6" are left to the scientific reader)
  if (parsed.suffix !== '' && !/^[ex]$/i.test(parsed.suffix) && line.glued(i) && line.toks[i + 1]?.kind === 'number') return i + 1;
  // slash forms
  if (line.text(i + 1) === '/' && line.glued(i) && line.glued(i + 1) && line.toks[i + 2]?.kind === 'number') {
    if (line.text(i + 3) === '/' && line.glued(i + 2)) return Math.min(line.length - 1, i + 4); // a date 1/2/2005
    const num = Number(t.text);
    const den = Number(line.text(i + 2));
    if (!(PURE_DIGITS.test(t.text) && PURE_DIGITS.test(line.text(i + 2)) && num < den && den > 0)) return i + 2;
  }
  return -1;
}

/** The last token of a phone number starting at i, or -1. */
function phoneEnd(line: Line, i: number, isPhone: boolean): number {
  let j = i;
  let groups = 1;
  let thousands = /^\d{1,3}$/.test(line.text(i));
  let longGroup = false;
  let leadingZero = false;
  let hyphened = false;
  while (true) {
    const gap = line.gapAfter(j);
    const sep = line.text(j + 1);
    let next = -1;
    if (gap === 1 && line.toks[j + 1]?.kind === 'number' && PURE_DIGITS.test(line.text(j + 1))) next = j + 1;
    else if (gap === 0 && SEPARATORS.has(sep) && line.glued(j + 1) && PURE_DIGITS.test(line.text(j + 2))) {
      next = j + 2;
      hyphened = true;
    }
    if (next < 0) break;
    // No phone number has this many groups; stopping here keeps runs of numbers linear.
    if (groups >= MAX_PHONE_GROUPS) return -1;
    const g = line.text(next);
    if (g.length !== 3) thousands = false;
    if (g.length >= 4) longGroup = true;
    if (g.startsWith('0')) leadingZero = true;
    groups++;
    j = next;
  }
  if (groups < 2) return -1;
  if (thousands && !hyphened && !isPhone) return -1; // 1 234 567, 40 000 (read as one number)
  if (isPhone || leadingZero) return j;
  if (hyphened && groups === 2 && !longGroup) return -1; // 10-15: a range
  if (hyphened && (groups >= 3 || longGroup)) return j; // 555-1234, 2005-01-02
  if (!hyphened && groups >= 3 && longGroup) return j;
  return -1;
}

/** Digit forms read here; null to let the phrase reader try. */
export function readDigitForms(line: Line, i: number): Phrase | null {
  const t = line.toks[i]!;
  // ".5", ".23456000": a leading decimal point
  if (t.text === '.' && line.glued(i) && line.toks[i + 1]?.kind === 'number' && PURE_DIGITS.test(line.text(i + 1))) {
    const free = i === 0 || line.gapAfter(i - 1) > 0;
    if (!free) return null;
    return { first: i, last: i + 1, value: Number(`0.${line.text(i + 1)}`), shape: 'cardinal', spelled: false, suffix: null, rule: 'digits' };
  }
  if (t.kind !== 'number') return null;
  const age = ageDecade(line, i);
  if (age !== null) return { first: i, last: i, value: age, shape: 'cardinal', spelled: false, suffix: null, rule: 'age-decade' };
  const parsed = parseDigits(t.text);
  if (parsed === null) return null;
  if (parsed.ordinal) return { first: i, last: i, value: parsed.value, shape: 'ordinal', spelled: false, suffix: null, rule: 'ordinal-digits' };
  if (parsed.suffix !== '') return { first: i, last: i, value: parsed.value, shape: 'cardinal', spelled: false, suffix: parsed.suffix, rule: 'digits' };
  // "2 1/4": a whole number and a fraction
  if (PURE_DIGITS.test(t.text) && line.gapAfter(i) >= 1 && line.gapAfter(i) <= 2 && line.toks[i + 1]?.kind === 'number') {
    const j = i + 1;
    if (line.text(j + 1) === '/' && line.glued(j) && line.glued(j + 1) && PURE_DIGITS.test(line.text(j + 2)) && PURE_DIGITS.test(line.text(j))) {
      const num = Number(line.text(j));
      const den = Number(line.text(j + 2));
      if (num < den && line.text(j + 3) !== '/') {
        return { first: i, last: j + 2, value: parsed.value + num / den, shape: 'fraction', spelled: false, suffix: null, rule: 'fraction-digits' };
      }
    }
  }
  // "3/4"
  if (line.text(i + 1) === '/' && line.glued(i) && line.glued(i + 1) && line.toks[i + 2]?.kind === 'number') {
    return { first: i, last: i + 2, value: parsed.value / Number(line.text(i + 2)), shape: 'fraction', spelled: false, suffix: null, rule: 'fraction-digits' };
  }
  // "1 234 567", "40 000"; not "400 737 Max jets" (the second number names a model)
  if (/^\d{1,3}$/.test(t.text)) {
    let j = i;
    let value = t.text;
    while (line.gapAfter(j) === 1 && GROUP_OF_THREE.test(line.text(j + 1)) && line.toks[j + 1]!.kind === 'number' && modelNameEnd(line, j + 1) < 0) {
      j++;
      value += line.text(j);
      if (line.text(j).includes('.')) break;
    }
    if (j > i) return { first: i, last: j, value: Number(value), shape: 'cardinal', spelled: false, suffix: null, rule: 'digits-space-grouped' };
  }
  return null;
}

const DECADE_OF_LIFE = /^([1-9]0)s$/;
const POSSESSIVES: ReadonlySet<string> = new Set(['their', 'his', 'her', 'my', 'your', 'our']);
const DECADE_PARTS: ReadonlySet<string> = new Set(['early', 'mid', 'late', 'mid-']);
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', 'to']);

/**
 * "in their 30s", "in his late 60s", "their 30s, 40s and 50s": a decade of life after a
 * possessive is an age (its first year). Without the possessive "the 60s" is a decade of a century.
 */
function ageDecade(line: Line, i: number): number | null {
  const m = DECADE_OF_LIFE.exec(line.text(i));
  if (m === null) return null;
  let k = i - 1;
  if (DECADE_PARTS.has(line.lower(k))) k--;
  if (POSSESSIVES.has(line.lower(k))) return Number(m[1]);
  // the next of a list: "their 30s, 40s and 50s"
  while (k >= 0 && LIST_JOINERS.has(line.lower(k))) k--;
  if (k < i - 1 && k >= 0 && DECADE_OF_LIFE.test(line.text(k)) && ageDecade(line, k) !== null) return Number(m[1]);
  return null;
}
