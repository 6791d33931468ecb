/**
 * Lexicon tables are looked up with arbitrary words from the text, so they must not inherit from
 * Object.prototype ("constructor" is not a unit). `table` copies entries into a null-prototype object.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/**
 * A table as a Map, for a reader that looks it up with words of the text at every token or number.
 * A Map hashes any string; a property lookup on an object with a string V8 has not internalized
 * yet goes the slow way through its string table, which is most lookups of a batch run (each word
 * is new the first time it is seen). Same answers as the table: its keys are own properties only.
 */
export function asMap<T>(entries: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/**
 * Every proper prefix of a table's keys ("cubic", "cubic m", … of "cubic metres"), for a reader
 * that joins several tokens of the text into a key: when the first token is no prefix of any key,
 * the longer joins cannot match and need not be built.
 */
export function properPrefixes(keys: Iterable<string>): ReadonlySet<string> {
  const prefixes = new Set<string>();
  for (const key of keys) for (let n = 1; n < key.length; n++) prefixes.add(key.slice(0, n));
  return prefixes;
}
