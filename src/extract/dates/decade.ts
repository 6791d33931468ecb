/**
 * Decades and centuries: "the 1990s" (199), "the '90s", "the nineties", "the 20th century" (19),
 * with early/mid/late handled by the shared position prefixes ("the late 1970s", "the mid-1990s").
 *
 * Values follow the TimeML guidelines (and TimeBank, which TempEval-3 uses): a decade is written
 * by its first three digits, "199", a century by its first two, "19" — a value of lower precision,
 * not a year with an unknown digit (`199X`, which some AQUAINT files use).
 */
import { DECADE_WORDS, ORDINAL_OF } from '../../lexicon/dates.js';
import { afterPossessive, lowerAt } from './pieces.js';
import type { DateRule } from './types.js';

function withThe(tokens: Parameters<DateRule['match']>[0], i: number): number {
  return lowerAt(tokens, i - 1) === 'the' ? i - 1 : i;
}

export const decadeNumber: DateRule = {
  name: 'decade',
  match(tokens, i) {
    // called at "the" (after a prefix: "the end of the 1990s", "the last half of the '80s")
    if (tokens[i]!.lower === 'the') {
      const at = tokens[i + 1]?.text === "'" || tokens[i + 1]?.text === '’' ? i + 2 : i + 1;
      const m = tokens[at] ? decadeNumber.match(tokens, at) : null;
      return m && m.start === i ? m : null;
    }
    const t = tokens[i]!;
    let m = /^(\d{3})0s$/.exec(t.text);
    let end = i + 1;
    if (!m && /^\d{3}0$/.test(t.text) && afterPossessive(tokens, i + 1) > 0 && tokens[i + 1]!.glued) {
      m = /^(\d{3})0$/.exec(t.text);
      end = afterPossessive(tokens, i + 1);
    }
    if (m) {
      const d = Number(m[1]);
      if (d < 100 || d > 219) return null;
      return { start: withThe(tokens, i), end, type: 'DATE', anchor: { kind: 'fixed', value: m[1]! } };
    }
    // "the '90s", "the 90s"
    const short = /^([1-9])0s$/.exec(t.text);
    if (short && (tokens[i - 1]?.text === "'" || tokens[i - 1]?.text === '’' || lowerAt(tokens, i - 1) === 'the')) {
      const start = tokens[i - 1]?.text === "'" || tokens[i - 1]?.text === '’' ? i - 1 : i;
      return { start: withThe(tokens, start), end, type: 'DATE', anchor: { kind: 'fixed', value: `19${short[1]}` } };
    }
    return null;
  },
};

export const decadeWord: DateRule = {
  name: 'decade-word',
  match(tokens, i) {
    const d = DECADE_WORDS[tokens[i]!.lower];
    if (d === undefined || lowerAt(tokens, i - 1) !== 'the' && lowerAt(tokens, i - 1) !== '-') return null;
    return { start: withThe(tokens, i), end: i + 1, type: 'DATE', anchor: { kind: 'fixed', value: `19${d}` } };
  },
};

export const century: DateRule = {
  name: 'century',
  match(tokens, i) {
    const t = tokens[i]!;
    const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t.lower);
    const n = m ? Number(m[1]) : ORDINAL_OF.get(t.lower);
    if (n === undefined || n < 1 || n > 22 || lowerAt(tokens, i + 1) !== 'century') return null;
    return { start: withThe(tokens, i), end: i + 2, type: 'DATE', anchor: { kind: 'fixed', value: String(n - 1).padStart(2, '0') } };
  },
};
