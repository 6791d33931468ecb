import type { Span } from '../types.js';

/** Sort order of every fact array: by start, then by end. */
export function bySpan(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** A span of `text` from `start` to `end`. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/**
 * In `items` sorted by {@link bySpan}: the index of the first item that does not sort before the
 * span `start`–`end` (binary search; `items.length` when every item does).
 */
export function firstAtOrAfter(items: readonly { start: number; end: number }[], start: number, end: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = items[mid]!;
    if (item.start < start || (item.start === start && item.end < end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Map keys for spans of one text of `length` characters: one number per span, `start * (length + 1)
 * + end`, where a `"start:end"` string key takes about 90 bytes (a long document has a hundred
 * thousand mentions). Distinct spans get distinct keys while (length + 1)² is a safe integer (texts
 * of up to 94 million characters); a longer text gets the string keys.
 */
export function spanKeys(length: number): (start: number, end: number) => number | string {
  const stride = length + 1;
  if (stride * stride <= Number.MAX_SAFE_INTEGER) return (start, end) => start * stride + end;
  return (start, end) => `${start}:${end}`;
}
