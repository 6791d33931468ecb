/**
 * The loose comparisons of the eval README, shared by the role and speaker scores:
 * - names match when the shorter name's tokens all occur in the longer ("Guler" ~ "Yasar Guler");
 * - titles and affiliations match loosely: lower-cased, articles and punctuation dropped, one
 *   containing the other ("the former chief executive" ~ "Chief Executive").
 */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Lower-cased word tokens; punctuation (including the dot of "U.S." and the hyphen of "ex-") splits. */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

export function namesMatch(a: string, b: string): boolean {
  const [shorter, longer] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  if (shorter.length === 0) return false;
  const pool = new Set(longer);
  return shorter.every((w) => pool.has(w));
}

/** `name` contains `part` word for word ("Guler" in "Yasar Guler"; not "he" in "Stephen"). */
export function nameContains(name: string, part: string): boolean {
  const inner = words(part).join(' ');
  return inner !== '' && ` ${words(name).join(' ')} `.includes(` ${inner} `);
}

/** The loose form: lower-cased words without articles, joined by single spaces. */
export function looseForm(text: string): string {
  return words(text).filter((w) => !ARTICLES.has(w)).join(' ');
}

export function looselyEqual(a: string, b: string): boolean {
  const x = looseForm(a);
  const y = looseForm(b);
  if (x === '' || y === '') return false;
  // word-aligned containment: "chief executive" in "former chief executive", not "minister" in "administer"
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}
