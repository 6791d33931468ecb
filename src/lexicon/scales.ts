/**
 * Scale words and abbreviations (lower case unless noted). A scale multiplies the number before
 * it: "1.5 million", "£600m", "$4.2bn", "three dozen".
 */
import { table } from './table.js';

/** Written-out scales. "hundred" binds tighter than the others ("two hundred thousand"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  hundred: 100, hundreds: 100,
  thousand: 1e3, thousands: 1e3,
  million: 1e6, millions: 1e6,
  billion: 1e9, billions: 1e9,
  trillion: 1e12, trillions: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});

/** Groups counted as numbers: "a dozen", "three dozens". */
export const GROUP_WORDS: Readonly<Record<string, number>> = table({
  dozen: 12, dozens: 12, dz: 12, dzs: 12, doz: 12, dozs: 12,
});

/** Abbreviated scales written after digits or as the next word: 4.2bn, 900m, 100k, 10 mln. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = table({
  k: 1e3, thou: 1e3,
  m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6,
  b: 1e9, bn: 1e9, bln: 1e9,
  tn: 1e12, trn: 1e12,
});

/**
 * Case-sensitive scale abbreviations: capital M and MM are millions (10M, US$ 1MM), G is a
 * billion (10G). Lower-case "m" is a million only next to money; otherwise it is metres.
 */
export const CASED_SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = table({
  M: 1e6, MM: 1e6, K: 1e3, B: 1e9, G: 1e9, Bn: 1e9, BN: 1e9,
});
