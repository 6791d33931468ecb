/**
 * One-to-one span matching, as the eval README asks: every gold span matches at most one
 * prediction and the other way round. Pairs are taken greedily, best first: an exact match, then
 * the largest overlap, then the earliest position (so the result is deterministic).
 */
export interface Interval {
  start: number;
  end: number;
}

export interface Matching {
  /** [goldIndex, predictedIndex] */
  pairs: Array<[number, number]>;
}

export function matchSpans(
  gold: readonly Interval[],
  predicted: readonly Interval[],
  mode: 'strict' | 'lenient',
  accept: (g: number, p: number) => boolean = () => true,
): Matching {
  const candidates: Array<{ g: number; p: number; exact: boolean; overlap: number }> = [];
  // Both lists are small per document; sort predicted by start to cut the inner loop short.
  const order = predicted.map((_, i) => i).sort((a, b) => predicted[a]!.start - predicted[b]!.start);
  gold.forEach((g, gi) => {
    for (const pi of order) {
      const p = predicted[pi]!;
      if (p.start >= g.end) break;
      const exact = p.start === g.start && p.end === g.end;
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (mode === 'strict' ? !exact : overlap <= 0) continue;
      if (!accept(gi, pi)) continue;
      candidates.push({ g: gi, p: pi, exact, overlap });
    }
  });
  return {
    pairs: pickOneToOne(candidates, (a, b) => Number(b.exact) - Number(a.exact) || b.overlap - a.overlap),
  };
}

/**
 * The greedy one-to-one step every matcher shares: candidates sorted best first by `better`, ties
 * broken by gold then predicted index (deterministic), each gold and each prediction used once.
 */
export function pickOneToOne<C extends { g: number; p: number }>(
  candidates: C[],
  better: (a: C, b: C) => number,
): Array<[number, number]> {
  candidates.sort((a, b) => better(a, b) || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}

export function overlapsAny(span: Interval, others: readonly Interval[]): boolean {
  return others.some((o) => span.start < o.end && o.start < span.end);
}
