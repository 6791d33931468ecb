/**
 * Settles overlaps between kinds (owned by the numbers work). A number that overlaps a date
 * belongs to the date: the "2025" in "August 13, 2025", the "third" of "third quarter", the "50"
 * of "50 years ago". Durations are the exception: "three months" and "9.87 seconds" are both a
 * duration and a count, so the number stays beside the DURATION date; so does the ordinal of an
 * event's n-th day ("the first day of the hearing", rule ordinal-day), which counts its days.
 * The numbers extractor also refuses obvious date parts on its own (`not-numbers.ts`), so numbers
 * stay clean when dates are not wanted; this resolver settles what only the dates extractor knows.
 */
import type { Draft } from '../draft.js';
import type { DateFact, NumberFact } from '../types.js';

/**
 * A test "does this span overlap a date?" in O(log n): dates sorted by start, with the running
 * maximum of their ends (a number overlaps a date iff some date starting before the number's end
 * ends after the number's start).
 */
function dateOverlapTest(dates: readonly DateFact[]): (n: NumberFact) => boolean {
  const sorted = dates.filter((d) => d.type !== 'DURATION' && d.rule !== 'ordinal-day').sort((a, b) => a.start - b.start);
  const starts = sorted.map((d) => d.start);
  const maxEnd: number[] = [];
  let running = -Infinity;
  for (const d of sorted) {
    running = Math.max(running, d.end);
    maxEnd.push(running);
  }
  return (n) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < n.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > n.start;
  };
}

export function resolveOverlaps(draft: Draft): void {
  if (draft.dates.length === 0 || draft.numbers.length === 0) return;
  const inDate = dateOverlapTest(draft.dates);
  draft.numbers = draft.numbers.filter((n) => !inDate(n));
}
