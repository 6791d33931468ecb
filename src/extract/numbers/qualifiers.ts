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

/**
 * Verbs of taking part in a race. After them "over" + a distance names the race, it does not bound
 * the distance: "perform well over 60m indoors", "races over 1500m", "competed over 400m". Verbs
 * that measure the distance covered stay out ("threw well over 80m", "ran over 10km" are bounds).
 */
const RACE_VERBS: ReadonlySet<string> = new Set([
  'perform', 'performs', 'performed', 'performing', 'compete', 'competes', 'competed', 'competing',
  'race', 'races', 'raced', 'racing', 'sprint', 'sprints', 'sprinted', 'sprinting',
]);
/** What is won or set in a race: "Olympic titles over 1500m", "the world record over 400m". */
const RACE_RESULT_NOUNS: ReadonlySet<string> = new Set([
  'title', 'titles', 'gold', 'silver', 'bronze', 'medal', 'medals', 'record', 'records', 'victory', 'win', 'time', 'times',
]);
/** Adverbs that may stand between such a verb and "over" ("perform well over 60m"). */
const RACE_VERB_ADVERBS: ReadonlySet<string> = new Set(['well', 'better', 'best', 'strongly', 'fast', 'faster', 'again']);
const LENGTH_UNITS: ReadonlySet<string> = new Set(['m', 'km', 'mi', 'yd', 'fur']);

/** "over" at `over` is the preposition of a race distance: a race verb or result before it, a length after. */
function isRaceDistance(line: Line, d: NumberDraft, over: number): boolean {
  if (line.lower(over) !== 'over' || d.unit === null || !LENGTH_UNITS.has(d.unit)) return false;
  if (RACE_RESULT_NOUNS.has(line.lower(over - 1))) return true;
  let verb = over - 1;
  if (RACE_VERB_ADVERBS.has(line.lower(verb))) verb--;
  return RACE_VERBS.has(line.lower(verb));
}

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
    if (isRaceDistance(line, d, d.first - 1)) return;
    d.qualifier = q;
    d.qualifierFirst = from;
    return;
  }
}
