/**
 * The merge key of a person across documents: the normalized full name. Two people are one person
 * of the index when their names are equal after
 *
 *   1. Unicode compatibility decomposition, with accents dropped ("José" = "Jose");
 *   2. lower case ("McDONALD" = "McDonald");
 *   3. curly apostrophes as straight ones, dots, hyphens and runs of spaces as one space
 *      ("O’Neill" = "O'Neill", "J. K. Rowling" = "J K Rowling", "Jean-Marie" = "Jean Marie").
 *
 * Only full names merge: a name of one word after normalization (a bare surname such as "Blair",
 * or a mononym) is never merged with anything, not even with the same word in another document,
 * because nothing says which Blair it is. Such a person stays an entry of its own document.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb`]/g;
const SEPARATORS = /[\s.\u2010-\u2015-]+/g;

export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, "'").replace(SEPARATORS, ' ').trim();
}

/** The index key of a person named `name` in document `documentId`. */
export function personKey(name: string, documentId: string): { key: string; fullName: boolean } {
  const normalized = normalizeName(name);
  const fullName = normalized.includes(' ');
  return fullName ? { key: normalized, fullName } : { key: `${normalized} @ ${documentId}`, fullName };
}
