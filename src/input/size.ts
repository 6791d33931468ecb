/** `--max-size` values: `10MB`, `512k`, `1.5 GB`, `2000000` (bytes); units are powers of 1024. */

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

/** A Map, not an object: the unit is the user's text, and "constructor" must not find a prototype member. */
const UNITS = new Map<string, number>([
  ['', 1], ['b', 1], ['k', 1024], ['kb', 1024], ['m', 1024 ** 2], ['mb', 1024 ** 2], ['g', 1024 ** 3], ['gb', 1024 ** 3],
]);

/** Bytes, or null when `value` is not a size. */
export function parseSize(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return null;
  const unit = UNITS.get(match[2]!.toLowerCase());
  if (unit === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${trim(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${trim(bytes / 1024 ** 2)} MB`;
  return `${trim(bytes / 1024 ** 3)} GB`;
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
