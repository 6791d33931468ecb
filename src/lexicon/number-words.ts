/**
 * Number words (lower case). Flat tables read by the numbers extractor: cardinals, ordinals and
 * the fraction words whose value is clear. Scale words ("million") live in `scales.ts`.
 */
import { table } from './table.js';

/** zero … nineteen. */
export const UNIT_WORDS: Readonly<Record<string, number>> = table({
  zero: 0, nought: 0, naught: 0, nil: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});

/** twenty … ninety. */
export const TENS_WORDS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Ordinal words below one hundred. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80,
  ninetieth: 90,
});

/** Ordinals of the scales: "hundredth", "millionth". */
export const SCALE_ORDINAL_WORDS: Readonly<Record<string, number>> = table({
  hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
});

/** Fraction denominators that are not ordinal words. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = table({
  half: 2, halves: 2, quarter: 4, quarters: 4,
});

/** Words that make the number after them negative. */
export const NEGATIVE_WORDS: readonly string[] = ['minus', 'negative'];

/** Unicode vulgar fractions. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = table({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5,
  '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
});

/** English ordinal suffixes written after digits: 1st, 2nd, 3rd, 4th. */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];
