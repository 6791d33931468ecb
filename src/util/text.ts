/** Text keys shared by the extractors and the lexicons. */

const MARKS = /\p{M}/gu;
/** Any character outside ASCII (only those can carry or be accents). */
const NOT_ASCII = /[^\x00-\x7f]/;

/** Accents removed: "são paulo" → "sao paulo" (NFD, then the combining marks dropped); plain ASCII comes back as it is. */
export function stripAccents(s: string): string {
  return NOT_ASCII.test(s) ? s.normalize('NFD').replace(MARKS, '') : s;
}

/** The singulars a plural in -s may have: "directors" → director; "actresses" → actresse, actress; "secretaries" → …, secretary. */
export function singularsOf(word: string): string[] {
  if (!word.endsWith('s')) return [];
  const singulars = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? `${word.slice(0, -3)}y` : ''];
  return singulars.filter((w) => w.length > 0);
}
