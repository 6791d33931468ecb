/**
 * A memo of `compute` by string key, bounded so that memory stays flat over a batch of any size:
 * names and typos make a large batch's vocabulary grow without end. Emptied when full (the words of
 * one article come back within it; any key is simply computed again). `compute` never returns
 * undefined (that reads as "not computed yet").
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (key: string) => V,
  ) {}

  get(key: string): V {
    let value = this.values.get(key);
    if (value !== undefined) return value;
    value = this.compute(key);
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  /** Number of keys held now. */
  get size(): number {
    return this.values.size;
  }
}
