/**
 * Settles overlaps between kinds: a number inside a date belongs to the date ("2025" in
 * "August 13, 2025"), so it is dropped from the numbers.
 */
import type { Draft } from '../pipeline.js';
import { overlaps } from '../util/spans.js';

export function resolveOverlaps(draft: Draft): void {
  if (draft.dates.length === 0 || draft.numbers.length === 0) return;
  draft.numbers = draft.numbers.filter((n) => !draft.dates.some((d) => overlaps(d, n) && d.type !== 'DURATION'));
}
