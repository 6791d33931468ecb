/** Text keys shared by the extractors and the lexicons. */

const MARKS = /\p{M}/gu;
/** Any character outside ASCII (only those can carry or be accents). */
const NOT_ASCII = /[^\x00-\x7f]/;

/** Accents removed: "são paulo" → "sao paulo" (NFD, then the combining marks dropped); plain ASCII comes back as it is. */
export function stripAccents(s: string): string {
  return NOT_ASCII.test(s) ? s.normalize('NFD').replace(MARKS, '') : s;
}
