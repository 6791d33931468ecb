/**
 * Lexicon tables are looked up with arbitrary words from the text, so they must not inherit from
 * Object.prototype ("constructor" is not a unit). `table` copies entries into a null-prototype object.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
