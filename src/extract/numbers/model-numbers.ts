/**
 * Model and product numbers are names, not quantities: "its 747 fleet", "787-9 aircraft",
 * "some 400 737 Max jets" (the 737), "iPhone 11". A bare integer in digits is a model number
 * when the text around it says so:
 * - a hyphenated variant glued to it: "787-9", "737-MAX" (a smaller number or letters after the dash);
 * - a noun right after it that names a kind of product, in the singular: "747 fleet", "787 programme";
 * - a capitalized word right after it when it follows another number: "400 737 Max jets".
 * A maker or product word before it ("Boeing 747", "iPhone 11") is read in `not-numbers.ts`.
 */
import type { Line } from './draft.js';

/** Singular nouns that name a kind of product, so the integer before them names a model. */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'fleet', 'jet', 'jetliner', 'airliner', 'plane', 'airframe', 'freighter', 'model', 'variant', 'programme', 'program',
  'family', 'jumbo', 'superjumbo', 'handset', 'smartphone', 'console', 'chipset', 'processor', 'engine', 'saloon',
  'hatchback', 'convertible', 'coupe',
]);

const PURE_DIGITS = /^\d+$/;
const LETTERS = /^\p{L}+$/u;

/** A bare integer written in digits (no grouping, no decimals), as model numbers are. */
function isBareInteger(line: Line, i: number): boolean {
  return line.toks[i]?.kind === 'number' && PURE_DIGITS.test(line.text(i)) && !line.text(i).startsWith('0');
}

/**
 * The last token of a model name starting with the integer at i ("787-9" ends at the 9, "737
 * Max" at "Max", "747" before "fleet" at itself), or -1 when the integer is not a model number.
 */
export function modelNameEnd(line: Line, i: number): number {
  if (!isBareInteger(line, i)) return -1;
  const value = Number(line.text(i));
  const dash = i + 1;
  if (line.text(dash) === '-' && line.glued(i) && line.glued(dash) && value >= 100) {
    const tail = line.text(dash + 1);
    if (isBareInteger(line, dash + 1) && Number(tail) < value && tail.length < line.text(i).length) return dash + 1;
    if (line.isWord(dash + 1) && LETTERS.test(tail) && tail === tail.toUpperCase() && tail.length <= 4) return dash + 1;
  }
  if (!line.near(i)) return -1;
  if (value >= 2 && PRODUCT_NOUNS.has(line.lower(i + 1))) return i;
  const afterNumber = i > 0 && line.toks[i - 1]!.kind === 'number' && line.gapAfter(i - 1) === 1;
  if (afterNumber && line.isCapitalized(i + 1)) {
    let end = i + 1;
    while (line.isCapitalized(end + 1) && line.near(end)) end++;
    return end;
  }
  return -1;
}
