/**
 * Reads one number phrase made of number words, digits and scales, starting at a token:
 * "twenty-six", "two hundred and six", "1.5 million", "a dozen", "three dozens", "two thirds",
 * "one and a half", "five and a half million", "half a trillion", "a quarter million", "21st",
 * "twentieth". The grammar is the usual one: units and tens add up, "hundred" multiplies the
 * group before it, bigger scales close a group. Ordinal words end a phrase; a plural ordinal
 * ("thirds") after a count makes a fraction.
 */
import type { Atom } from './atoms.js';
import type { Line } from './draft.js';

export type PhraseShape = 'cardinal' | 'ordinal' | 'fraction';

export interface Phrase {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  value: number;
  shape: PhraseShape;
  /** Written with at least one number word (not only digits). */
  spelled: boolean;
  /** Tail of the last hyphenated word ("foot" in "three-foot"). */
  suffix: string | null;
  rule: string;
}

const MAX_TOKENS = 24;
/** The widest gap (characters) between two tokens of one number: a line of spaces is not inside a number. */
const MAX_GAP = 3;

/** Collect the atoms of the tokens from `i` on, while tokens are number words, digits, "a" or "and". */
function collectAtoms(line: Line, i: number): { atoms: Atom[]; suffixAt: Map<number, string> } {
  const toks = line.toks;
  const atoms: Atom[] = [];
  const suffixAt = new Map<number, string>();
  for (let j = i; j < toks.length && j < i + MAX_TOKENS; j++) {
    if (j > i && toks[j]!.start - toks[j - 1]!.end > MAX_GAP) break;
    if (j > i && spacedHyphenInside(line, j, atoms[atoms.length - 1])) continue;
    const ta = line.atoms(j);
    if (ta === null) break;
    atoms.push(...ta.atoms);
    if (ta.suffix !== null) {
      suffixAt.set(j, ta.suffix);
      break;
    }
  }
  return { atoms, suffixAt };
}

/**
 * A hyphen written with spaces inside one number: "ninety - five" (a tens word and a unit: 95, never
 * a range from 90 down to 5), "five - eighths", "one - fourth" (a count and a denominator).
 */
function spacedHyphenInside(line: Line, j: number, prev: Atom | undefined): boolean {
  const toks = line.toks;
  const t = toks[j]!;
  if ((t.text !== '-' && t.text !== '–') || prev === undefined || !prev.lastOfTok) return false;
  const next = toks[j + 1];
  if (next === undefined || next.kind !== 'word' || next.start - t.end > 1 || t.start - toks[j - 1]!.end > 1) return false;
  const first = line.atoms(j + 1)?.atoms[0];
  if (first === undefined) return false;
  if (prev.type === 'tens') return first.type === 'unit' && first.value > 0;
  if (prev.type === 'unit' || prev.type === 'teen') return first.type === 'ordinal' && first.value > 2 && first.lastOfTok;
  return false;
}

type Last = Atom['type'] | null;

const COUNTABLE: ReadonlySet<Last> = new Set<Last>(['unit', 'teen', 'tens', 'digits']);

/** Read a fraction starting at atom k: "a half", "a quarter", "three quarters", "two thirds", "fifty-four hundredths". */
function readFraction(atoms: readonly Atom[], k: number): { value: number; end: number } | null {
  const a = atoms[k];
  if (a === undefined) return null;
  let numerator = 0;
  let j = k;
  if (a.type === 'a') {
    numerator = 1;
    j++;
  } else {
    while (j < atoms.length && (atoms[j]!.type === 'unit' || atoms[j]!.type === 'teen' || atoms[j]!.type === 'tens')) {
      if (j > k && atoms[j]!.type !== 'unit') break;
      numerator += atoms[j]!.value;
      j++;
    }
    if (j === k) return null;
  }
  const den = atoms[j];
  if (den === undefined) return null;
  if (den.type !== 'fraction' && den.type !== 'ordinal' && den.type !== 'scale-ordinal') return null;
  if (den.type === 'ordinal' && den.value < 3) return null; // "a second", "one first" are not fractions
  if (numerator > 1 && !den.plural) return null;
  if (!den.lastOfTok) return null;
  return { value: numerator / den.value, end: j };
}

/** The digits after "point": "zero three" → 0.03, "seventy-one" → 0.71, "eleven" → 0.11. */
function readDecimals(atoms: readonly Atom[], k: number): { value: number; end: number } | null {
  const a = atoms[k];
  if (a === undefined) return null;
  let digits = '';
  let end = k;
  if (a.type === 'tens') {
    const unit = atoms[k + 1];
    const hasUnit = unit?.type === 'unit' && unit.value > 0 && unit.tok === a.tok;
    digits = String(a.value + (hasUnit ? unit.value : 0));
    end = hasUnit ? k + 1 : k;
  } else if (a.type === 'teen') {
    digits = String(a.value);
  } else {
    let j = k;
    while (atoms[j]?.type === 'unit') {
      digits += String(atoms[j]!.value);
      end = j;
      j++;
    }
  }
  if (digits === '' || !atoms[end]!.lastOfTok) return null;
  return { value: Number(`0.${digits}`), end };
}

/**
 * A phrase may start at token i: it is a number word or digits, not "and" or "point" (which only
 * continue a number), and "a"/"an" stands within reach of a number word. The cheap test that
 * {@link readPhrase} starts with, asked of every token: most tokens are no number word and are
 * answered without the atom list and suffix map of collectAtoms (which would stop at once on them
 * too, and give no atoms).
 */
export function mayStartPhrase(line: Line, i: number): boolean {
  const head = line.atoms(i);
  if (head === null) return false;
  const type = head.atoms[0]!.type;
  if (type === 'and' || type === 'point') return false;
  // "a" alone reads nothing: it needs a number word in the next token ("a dozen", "a half")
  if (type === 'a') return line.gapAfter(i) <= MAX_GAP && line.atoms(i + 1) !== null;
  return true;
}

export function readPhrase(line: Line, i: number): Phrase | null {
  if (!mayStartPhrase(line, i)) return null;
  const { atoms, suffixAt } = collectAtoms(line, i);
  const first = atoms[0]!;

  let total = 0;
  let cur = 0;
  let last: Last = null;
  let lastScale = Infinity;
  let best: { value: number; end: number; shape: PhraseShape; rule: string } | null = null;
  let bestBeforeAnd: typeof best = null;
  let hundredInGroup = false;
  let afterAnd = false;
  const commit = (k: number, value: number, shape: PhraseShape, rule: string): void => {
    if (atoms[k]!.lastOfTok) best = { value, end: k, shape, rule };
  };

  // A fraction at the start: "a half", "two thirds", "a quarter million", "half a trillion".
  const leading = readFraction(atoms, 0) ?? (first.type === 'fraction' && !first.plural ? { value: 1 / first.value, end: 0 } : null);
  if (leading !== null) {
    let end = leading.end;
    let value = leading.value;
    const next = atoms[end + 1];
    const afterA = atoms[end + 2];
    if (next?.type === 'scale' || next?.type === 'hundred') {
      value *= next.value;
      end += 1;
    } else if (next?.type === 'a' && (afterA?.type === 'scale' || afterA?.type === 'hundred')) {
      value *= afterA.value;
      end += 2;
    }
    if (atoms[end]!.lastOfTok) {
      return finish(atoms, suffixAt, i, end, value, 'fraction', true, 'fraction-words');
    }
  }

  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    switch (a.type) {
      case 'a': {
        if (k !== 0) return done();
        const next = atoms[k + 1];
        if (!next || !['hundred', 'scale', 'group', 'scale-ordinal'].includes(next.type)) return done();
        cur = 1;
        last = 'a';
        break;
      }
      case 'unit':
        if (!(last === null || last === 'tens' || last === 'hundred' || last === 'scale' || last === 'and')) return done();
        if (last === 'tens' && a.value === 0) return done();
        cur += a.value;
        last = 'unit';
        commit(k, total + cur, 'cardinal', 'number-words');
        break;
      case 'teen':
      case 'tens': {
        // "one twenty-fifth", "three twenty-fifths": a count, then a compound ordinal as denominator
        const den = a.type === 'tens' ? atoms[k + 1] : undefined;
        if ((last === 'unit' || last === 'teen') && den?.type === 'ordinal' && den.value < 10 && den.lastOfTok) {
          const numerator = total + cur;
          if (numerator === 1 || den.plural) commit(k + 1, numerator / (a.value + den.value), 'fraction', 'fraction-words');
          return done();
        }
        if (!(last === null || last === 'hundred' || last === 'scale' || last === 'and')) return done();
        cur += a.value;
        last = a.type;
        commit(k, total + cur, 'cardinal', 'number-words');
        break;
      }
      case 'digits':
        if (!(last === null || (last === 'and' && Number.isInteger(a.value) && a.value < 100))) return done();
        cur += a.value;
        last = 'digits';
        commit(k, total + cur, 'cardinal', 'digits');
        break;
      case 'hundred':
        if (last === null && atoms[k + 1]?.type === 'scale') cur = 1; // "hundred thousand dollars"
        else if (!(COUNTABLE.has(last) || last === 'a')) return done();
        if (hundredInGroup) {
          best = bestBeforeAnd; // "3 hundred and 2 hundred" are two numbers
          return done();
        }
        if (last !== 'digits' && cur >= 100) return done();
        cur *= 100;
        hundredInGroup = true;
        last = 'hundred';
        commit(k, total + cur, 'cardinal', 'number-with-scale');
        break;
      case 'scale':
        if (!(COUNTABLE.has(last) || last === 'a' || last === 'hundred' || last === 'group')) return done();
        if (a.value >= lastScale) {
          if (last === 'and' || afterAnd) best = bestBeforeAnd; // "a million and two billion" are two numbers
          return done();
        }
        total += cur * a.value;
        cur = 0;
        lastScale = a.value;
        hundredInGroup = false;
        last = 'scale';
        commit(k, total, 'cardinal', 'number-with-scale');
        break;
      case 'group':
        if (!(COUNTABLE.has(last) || last === 'a')) return done();
        if (cur >= 100 && last !== 'a') {
          // "three hundred and two dozens": the dozen multiplies the last addend only.
          const small = cur % 100;
          cur = cur - small + small * a.value;
        } else {
          cur *= a.value;
        }
        last = 'group';
        commit(k, total + cur, 'cardinal', 'number-with-scale');
        break;
      case 'and': {
        // "one and three quarters", "one hundred and three quarters": a mixed number has a proper
        // fraction; "one hundred and thirty-two fifths" is 132/5 (the "and" continues the number).
        let frac = readFraction(atoms, k + 1);
        if (frac !== null && frac.value >= 1) frac = null;
        if (frac !== null && last !== null && last !== 'a') {
          // "two million and a half" is 2.5 million; "a dozen and a half" is 18; "one and a half" is 1.5
          let value = last === 'scale' ? total + frac.value * lastScale
            : last === 'group' ? total + cur + frac.value * atoms[k - 1]!.value
            : total + cur + frac.value;
          let end = frac.end;
          const next = atoms[end + 1];
          if (next?.type === 'scale' && next.value < lastScale) {
            // "five and a half million", "one billion and a half million"
            value = total + (cur + frac.value) * next.value;
            end += 1;
          } else if (next?.type === 'group' && last !== 'scale') {
            value = total + (cur + frac.value) * next.value; // "two and a half dozen"
            end += 1;
          }
          commit(end, value, 'cardinal', 'number-and-fraction');
          return done();
        }
        const next = atoms[k + 1];
        if (!(last === 'hundred' || last === 'scale') || !next) return done();
        // "two hundred and six", "two hundred and twelfth"
        const ordinal = (next.type === 'ordinal' || next.type === 'scale-ordinal') && !next.plural && !suffixAt.has(next.tok);
        if (!(next.type === 'unit' || next.type === 'teen' || next.type === 'tens' || next.type === 'digits' || ordinal)) return done();
        bestBeforeAnd = best;
        afterAnd = true;
        last = 'and';
        break;
      }
      case 'point': {
        // "two hundred point zero three", "nine point nought four", "two point five million"
        if (!(COUNTABLE.has(last) && last !== 'digits') && last !== 'hundred') return done();
        const dec = readDecimals(atoms, k + 1);
        if (dec === null) return done();
        let value = total + cur + dec.value;
        let end = dec.end;
        const next = atoms[end + 1];
        if (next?.type === 'scale' && next.value < lastScale && total === 0) {
          value = (cur + dec.value) * next.value;
          end += 1;
        }
        commit(end, value, 'cardinal', 'number-words-decimal');
        return done();
      }
      case 'ordinal': {
        if (a.plural) {
          // "twenty-three fifths", "three fifths", "ninety-five hundred fifths" (9500/5)
          if (!(COUNTABLE.has(last) || last === 'hundred') || last === 'digits') return done();
          const tens = atoms[k - 1]!;
          if (last === 'tens' && a.value < 10 && total + cur > tens.value && atoms[k - 2]?.type !== 'and') {
            // "one hundred thirty-fifths": the tens belong to the denominator (100/35)
            commit(k, (total + cur - tens.value) / (tens.value + a.value), 'fraction', 'fraction-words');
            return done();
          }
          commit(k, (total + cur) / a.value, 'fraction', 'fraction-words');
          return done();
        }
        if (last === 'unit' && cur === 1 && total === 0 && a.value > 2) {
          commit(k, 1 / a.value, 'fraction', 'fraction-words'); // "one eighth"
          return done();
        }
        if (!(last === null || (last === 'tens' && a.value < 10) || last === 'hundred' || last === 'and')) return done();
        commit(k, total + cur + a.value, 'ordinal', 'ordinal-words');
        return done();
      }
      case 'scale-ordinal': {
        if (last === 'a' || (last === 'unit' && cur === 1 && total === 0)) {
          commit(k, 1 / a.value, 'fraction', 'fraction-words'); // "a hundredth"
          return done();
        }
        if (a.plural && (COUNTABLE.has(last) || last === 'hundred' || last === 'scale')) {
          commit(k, (total + cur) / a.value, 'fraction', 'fraction-words'); // "fifty-four hundredths"
          return done();
        }
        if (last === null) {
          commit(k, a.value, 'ordinal', 'ordinal-words'); // "trillionth"
        } else if (COUNTABLE.has(last) || last === 'hundred') {
          commit(k, total + cur * a.value, 'ordinal', 'ordinal-words'); // "two hundredth", "a hundred trillionth"
        }
        return done();
      }
      case 'fraction': {
        // "one half", "three quarters" (after a count); "a half" is read above.
        if (!COUNTABLE.has(last) || last === 'digits') return done();
        if (cur > 1 && !a.plural) return done();
        let value = total + cur / a.value;
        let end = k;
        const next = atoms[k + 1];
        if (next?.type === 'scale' && next.value < lastScale) {
          value = total + (cur / a.value) * next.value; // "three quarters billion"
          end += 1;
        }
        commit(end, value, 'fraction', 'fraction-words');
        return done();
      }
    }
  }
  return done();

  function done(): Phrase | null {
    if (best === null) return null;
    const b: { value: number; end: number; shape: PhraseShape; rule: string } = best;
    return finish(atoms, suffixAt, i, b.end, b.value, b.shape, b.shape !== 'cardinal', b.rule);
  }
}

function finish(
  atoms: readonly Atom[],
  suffixAt: ReadonlyMap<number, string>,
  i: number,
  endAtom: number,
  value: number,
  shape: PhraseShape,
  spelled: boolean,
  rule: string,
): Phrase {
  const lastTok = atoms[endAtom]!.tok;
  return {
    first: i,
    last: lastTok,
    value,
    shape,
    spelled: spelled || atoms.slice(0, endAtom + 1).some((a) => a.type !== 'digits'),
    suffix: suffixAt.get(lastTok) ?? null,
    rule,
  };
}
