/**
 * Comparison keys for names: lower case, accents and glued particles removed, so that "Güler",
 * "GULER" and "Guler" compare equal and "Assad" finds "al-Assad".
 */
const MARKS = /\p{M}/gu;
const SPACES = /\s+/g;

/** "Bashar  al-Assad" → "bashar al-assad" (accents removed). */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(SPACES, ' ').trim();
}

const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)[-‐]/;

/** Regnal numbers and suffixes that end a name without being its family name. */
const AFTER_NAME = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|jr\.?|sr\.?)$/;

/** Keys under which a one-word mention may refer to this name: its last word, with and without "al-". */
export function surnameKeys(name: string): string[] {
  const words = nameKey(name).split(' ');
  // "Elizabeth II", "Martin Luther King Jr": the word before a regnal number or a suffix.
  while (words.length >= 2 && AFTER_NAME.test(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1]!;
  const keys = [last];
  if (ARABIC_ARTICLE.test(last)) keys.push(last.replace(ARABIC_ARTICLE, ''));
  return keys;
}
