/**
 * Qualifiers: the words right before a number that bound or soften it ("more than 20,000",
 * "up to £10", "nearly half", "about five or six"). Longest match first; lower-cased in the output.
 */
import type { Line, NumberDraft } from './draft.js';

export const QUALIFIERS: readonly string[] = [
  'more than', 'over', 'well over', 'just over', 'at least', 'no fewer than', 'no less than', 'not less than',
  'in excess of', 'upwards of', 'above', 'greater than',
  'up to', 'at most', 'no more than', 'not more than', 'fewer than', 'less than', 'under', 'just under',
  'well under', 'below', 'as many as', 'as much as', 'as few as', 'as little as',
  'nearly', 'almost', 'close to', 'about', 'around', 'some', 'roughly', 'approximately', 'approx',
  'an estimated', 'estimated', 'circa', 'exactly', 'precisely', 'barely',
  'between',
];

/** By number of words, longest first. */
const BY_LENGTH: ReadonlyArray<readonly [number, ReadonlySet<string>]> = [3, 2, 1].map(
  (n) => [n, new Set(QUALIFIERS.filter((q) => q.split(' ').length === n))] as const,
);

/** Words after which "up to" is a phrasal verb's particle ("taken it up to 26 weeks"), not a bound. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that', 'him', 'her', 'us', 'me', 'these', 'those']);

/** Qualifiers written after the number: "one million or more", "50 or so", "20-odd". */
export const TRAILING_QUALIFIERS: readonly string[] = ['or more', 'or so', 'or less', 'or fewer', 'or over', 'or above', 'plus'];

export function attachTrailingQualifier(line: Line, d: NumberDraft): void {
  if (d.qualifier !== null || d.kind === 'ordinal') return;
  const at = Math.max(d.last, d.countsLast ?? -1) + 1;
  const next = line.lower(at);
  if (next !== 'or' && next !== 'plus') return;
  for (const q of TRAILING_QUALIFIERS) {
    const words = q.split(' ');
    if (words.every((w, k) => line.lower(at + k) === w && line.gapAfter(at + k - 1) <= 1)) {
      // "plus" only when it closes the phrase: "500 plus" (not "500 plus tax")
      if (q === 'plus' && line.isWord(at + 1)) continue;
      d.qualifier = q;
      d.trailingLast = at + words.length - 1;
      return;
    }
  }
}

/** The last word of every qualifier: a cheap first test. */
const LAST_WORDS: ReadonlySet<string> = new Set(QUALIFIERS.map((q) => q.split(' ').pop()!));

export function attachQualifier(line: Line, d: NumberDraft): void {
  if (!LAST_WORDS.has(line.lower(d.first - 1))) return;
  for (const [n, set] of BY_LENGTH) {
    const from = d.first - n;
    if (from < 0) continue;
    let ok = true;
    const words: string[] = [];
    for (let k = from; k < d.first; k++) {
      if (!line.isWord(k) || line.gapAfter(k) > 1) ok = false;
      words.push(line.lower(k));
    }
    if (!ok) continue;
    const q = words.join(' ');
    if (!set.has(q)) continue;
    if (q.startsWith('up ') && OBJECT_PRONOUNS.has(line.lower(from - 1))) return;
    d.qualifier = q;
    d.qualifierFirst = from;
    return;
  }
}
